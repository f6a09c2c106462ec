import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config, { GENERATED_DIR, withoutLintOptOut } from '../../codegen';

const adminDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(adminDir, join(e.parentPath, e.name)));
}

describe('generated GraphQL types', () => {
  it('match schema/schema.graphql and the operations in src (run `pnpm --filter @kesu/admin codegen`)', async () => {
    // Same config as the CLI, nothing written: only the output is compared with what is committed.
    const outputs = (await generate({ ...config, cwd: adminDir, silent: true }, false)) as { filename: string; content: string }[];
    const expected = new Map(outputs.map((o) => [relative(adminDir, resolve(adminDir, o.filename)), withoutLintOptOut(o.filename, o.content)]));

    const committed = await listFiles(join(adminDir, GENERATED_DIR));
    expect(committed.sort(), 'files in the generated folder').toEqual([...expected.keys()].sort());
    for (const [file, content] of expected) {
      const onDisk = await readFile(join(adminDir, file), 'utf8');
      expect(onDisk === content, `${file} is stale: run \`pnpm --filter @kesu/admin codegen\``).toBe(true);
    }
  }, 60_000);
});
