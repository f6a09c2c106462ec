/**
 * The first paint's JavaScript budget (issue 8): what `index.html` loads before any page — its entry script and
 * every chunk it preloads — at most 350 kB gzip. Pages and charts must stay behind lazy routes and imports. Runs
 * against the production build (`pnpm build`), like the e2e tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const BUDGET_KB = 350;

/** The scripts a browser fetches for the first paint, with their gzip size in kB. */
function initialScripts(dist: string): { file: string; gzipKb: number }[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  return files.map((file) => ({ file, gzipKb: gzipSync(readFileSync(join(dist, file))).length / 1024 }));
}

describe('bundle budget', () => {
  it(`loads at most ${BUDGET_KB} kB gzip of JavaScript before the first page`, () => {
    if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}index.html is missing: build the admin first (\`pnpm build\`).`);
    const scripts = initialScripts(DIST);
    expect(scripts.length).toBeGreaterThan(0);
    const total = scripts.reduce((sum, s) => sum + s.gzipKb, 0);
    const listing = scripts.map((s) => `${s.file} ${s.gzipKb.toFixed(1)} kB`).join('\n');
    console.info(`[bundle] initial JavaScript ${total.toFixed(1)} kB gzip (budget ${BUDGET_KB} kB):\n${listing}`);
    expect(total, `initial JavaScript over budget:\n${listing}`).toBeLessThanOrEqual(BUDGET_KB);
  });
});
