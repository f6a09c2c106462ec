import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The admin SPA runs this package in the browser (DESIGN.md: one source of truth per rule), so production
// sources may use no Node-only API, and the main entry must not pull in the holiday data.
const srcDir = dirname(fileURLToPath(import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('packages/domain stays pure (no I/O, browser-safe)', () => {
  const files = sources(srcDir);

  it('uses no Node-only API in production sources', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, relative(srcDir, file)).not.toMatch(/from ['"]node:|require\(|\bprocess\.|\bBuffer\b|\bsetTimeout\b/);
    }
  });

  it('imports chinese-days only in calendar/official-calendar.ts, which the main index does not re-export', () => {
    const importers = files.filter((f) => readFileSync(f, 'utf8').includes("from 'chinese-days")).map((f) => relative(srcDir, f));
    expect(importers).toEqual([join('calendar', 'official-calendar.ts')]);
    expect(readFileSync(join(srcDir, 'index.ts'), 'utf8')).not.toMatch(/export .*official-calendar/);
  });
});
