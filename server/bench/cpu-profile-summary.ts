import { readFileSync } from 'node:fs';

/**
 * Summarizes a V8 `.cpuprofile` (from `http-suite --cpu-prof`): the top functions by self time, and self time
 * grouped by package (node_modules/<pkg>, the server's own code, node internals, GC, idle), and the top functions
 * by inclusive time (each sample counted once per function on its stack).
 *
 * `node dist/bench-build/bench/cpu-profile-summary.js <file.cpuprofile> [top=30]`
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

function packageOf(url: string, name: string): string {
  if (name === '(garbage collector)') return '(gc)';
  if (name === '(idle)' || name === '(program)' || name === '(root)') return name;
  if (!url) return '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pnpm) return pnpm[1]!;
  const plain = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (plain) return plain[1]!;
  const own = /\/(server|packages\/[^/]+)\/(?:dist|src)\/(.*?)\/?[^/]*$/.exec(url);
  if (own) return `kesu ${own[1]}/${own[2]}`;
  return url;
}

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: cpu-profile-summary <file.cpuprofile> [top]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map<number, number>();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i]!;
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const fns = new Map<string, number>();
const pkgs = new Map<string, number>();
for (const [id, micros] of self) {
  const { callFrame } = byId.get(id)!;
  const name = callFrame.functionName || '(anonymous)';
  const shortUrl = callFrame.url.replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '').replace(/^file:\/\/.*?\/(server|packages)\//, '$1/');
  const key = `${name}  ${shortUrl}:${callFrame.lineNumber + 1}`;
  fns.set(key, (fns.get(key) ?? 0) + micros);
  const pkg = packageOf(callFrame.url, name);
  pkgs.set(pkg, (pkgs.get(pkg) ?? 0) + micros);
}
const pct = (micros: number) => `${((micros / total) * 100).toFixed(1).padStart(5)}%`;
const ms = (micros: number) => `${(micros / 1000).toFixed(0).padStart(7)} ms`;
console.log(`profile ${file}: ${(total / 1e6).toFixed(1)} s sampled`);
console.log('\nself time by package:');
for (const [pkg, micros] of [...pkgs].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${pct(micros)} ${ms(micros)}  ${pkg}`);
console.log(`\ntop ${topArg ?? 30} functions by self time:`);
for (const [key, micros] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 30))) console.log(`${pct(micros)} ${ms(micros)}  ${key}`);

// Inclusive time: a sample counts once for every distinct function on its stack.
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const inclusive = new Map<string, number>();
const keyOf = (node: ProfileNode) => {
  const shortUrl = node.callFrame.url.replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '').replace(/^file:\/\/.*?\/(server|packages)\//, '$1/');
  return `${node.callFrame.functionName || '(anonymous)'}  ${shortUrl}:${node.callFrame.lineNumber + 1}`;
};
for (const [id, micros] of self) {
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const node = byId.get(cur)!;
    if (!node.callFrame.url) continue;
    const key = keyOf(node);
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + micros);
  }
}
console.log(`\ntop ${topArg ?? 30} functions by inclusive time:`);
for (const [key, micros] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 30))) console.log(`${pct(micros)} ${ms(micros)}  ${key}`);
