// Benchmark: grading (CG preset) + every deadline for 100k generated complaints, against the built package (dist/).
// Run: `pnpm --filter @kesu/domain run bench` (builds first). Not a test; lives outside src/ and the tsc build.
// Complaints are generated deterministically (seeded PRNG), so every run measures the same work.
import { performance } from 'node:perf_hooks';
import { CG_KEY_EVENT_SCHEME, compileGradeScheme, computeDeadlines, formatYuan, grade } from '../dist/index.js';
import { createOfficialCalendar } from '../dist/calendar/official-calendar.js';

const COUNT = 100_000;
const RUNS = 5;
const SEED = 20261122;

/** mulberry32: small, fast, deterministic. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FLAGS = ['DELIVERY_DELAY', 'TITLE_DELAY', 'KPI_IMPACT', 'CASUALTIES', 'MEDIA_EXPOSURE', 'LITIGATION', 'GROUP_LITIGATION_RISK'];
const CATEGORIES = ['DEV_ENGINEERING', 'DEV_PLANNING_DESIGN', 'DEV_MARKETING', 'DEV_CUSTOMER_SERVICE', 'DEV_PROPERTY_SERVICE'];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Received between 2024-01-01 and 2026-10-31 (Shanghai) so that 15 working days stay inside the official data.
const FROM = Date.parse('2024-01-01T00:00:00+08:00');
const TO = Date.parse('2026-10-31T00:00:00+08:00');

function generate() {
  const rnd = prng(SEED);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const complaints = new Array(COUNT);
  for (let i = 0; i < COUNT; i++) {
    const r = rnd();
    const kind = r < 0.8 ? 'COMPLAINT' : r < 0.95 ? 'DEMAND' : 'WARNING';
    const h = rnd();
    const householdCount = h < 0.85 ? 1 : h < 0.95 ? 2 + Math.floor(rnd() * 58) : 40 + Math.floor(rnd() * 160);
    const m = rnd();
    const fen =
      m < 0.5 ? null : m < 0.9 ? Math.floor(rnd() * 500_000) : m < 0.98 ? Math.floor(rnd() * 150_000_000) : Math.floor(rnd() * 500_000_000);
    const flags = [];
    for (const flag of FLAGS) if (rnd() < 0.02) flags.push(flag);
    const receivedAt = new Date(FROM + Math.floor(rnd() * (TO - FROM)));
    const escalated = rnd() < 0.1;
    const escalatedAt = escalated ? new Date(receivedAt.getTime() + Math.floor(rnd() * 6 * DAY)) : null;
    const concluded = rnd() < 0.5;
    const concludedAt = concluded ? new Date(receivedAt.getTime() + Math.floor(rnd() * 20 * DAY)) : null;
    const exemption = rnd() < 0.02 ? { reason: 'LONG_ENGINEERING_WORK', note: '长期维修' } : null;
    const extensions =
      rnd() < 0.03 ? [{ grantedAt: new Date(receivedAt.getTime() + DAY), newDueAt: new Date(receivedAt.getTime() + 12 * DAY), reason: '延期' }] : [];
    complaints[i] = {
      facts: {
        kind,
        householdCount,
        compensationAmount: fen === null ? null : formatYuan(fen),
        flags,
        overdue: rnd() < 0.05,
        categoryCode: pick(CATEGORIES),
      },
      receivedAt,
      escalatedAt,
      concludedAt,
      exemption,
      extensions,
    };
  }
  return complaints;
}

function gc() {
  if (typeof globalThis.gc === 'function') globalThis.gc();
}
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

gc();
const baseline = process.memoryUsage();
const calendar = createOfficialCalendar();
const scheme = compileGradeScheme(CG_KEY_EVENT_SCHEME);
const complaints = generate();
gc();
const afterData = process.memoryUsage();

/** Grades and times every complaint; returns a checksum so nothing is optimised away. */
function pass(stage) {
  let checksum = 0;
  for (let i = 0; i < complaints.length; i++) {
    const c = complaints[i];
    let policy = null;
    if (stage !== 'deadlines') {
      const result = grade(scheme, c.facts);
      checksum += result.grade.rank + result.fired.length;
      policy = result.policy;
    }
    if (stage !== 'grading') {
      const d = computeDeadlines(calendar, {
        kind: c.facts.kind,
        policy: policy ?? CG_KEY_EVENT_SCHEME.grades[2].policy,
        receivedAt: c.receivedAt,
        escalatedAt: c.escalatedAt,
        concludedAt: c.concludedAt,
        exemption: c.exemption,
        extensions: c.extensions,
      });
      checksum += (d.resolutionDueAt?.getTime() ?? 0) % 1000;
    }
  }
  return checksum;
}

function measure(stage) {
  pass(stage); // warm-up (JIT)
  const times = [];
  let checksum = 0;
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    checksum = pass(stage);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(RUNS / 2)];
  return { median, min: times[0], max: times[RUNS - 1], perComplaintUs: (median * 1000) / COUNT, checksum };
}

const kinds = complaints.reduce((acc, c) => ((acc[c.facts.kind] = (acc[c.facts.kind] ?? 0) + 1), acc), {});
const grades = complaints.reduce((acc, c) => {
  const code = grade(scheme, c.facts).grade.code;
  acc[code] = (acc[code] ?? 0) + 1;
  return acc;
}, {});

const full = measure('full');
const gradingOnly = measure('grading');
const deadlinesOnly = measure('deadlines');
gc();
const afterRuns = process.memoryUsage();

console.log(`grading + deadlines benchmark — ${COUNT.toLocaleString('en-US')} complaints, median of ${RUNS} runs (after 1 warm-up)`);
console.log(`node ${process.version}, seed ${SEED}; kinds ${JSON.stringify(kinds)}; CG grades ${JSON.stringify(grades)}`);
for (const [label, r] of [
  ['grading + all deadlines', full],
  ['grading only', gradingOnly],
  ['deadlines only', deadlinesOnly],
]) {
  console.log(
    `${label.padEnd(24)} total ${r.median.toFixed(1)} ms (min ${r.min.toFixed(1)}, max ${r.max.toFixed(1)})  ` +
      `per complaint ${r.perComplaintUs.toFixed(2)} µs  [checksum ${r.checksum}]`,
  );
}
console.log(
  `memory: heap ${mb(baseline.heapUsed)} before, ${mb(afterData.heapUsed)} with calendar + 100k complaints ` +
    `(${mb(afterData.heapUsed - baseline.heapUsed)} for the data), ${mb(afterRuns.heapUsed)} after the runs; ` +
    `rss ${mb(afterRuns.rss)}${typeof globalThis.gc === 'function' ? '' : ' (run with --expose-gc for settled figures)'}`,
);
const goal = 20;
console.log(`goal: < ${goal} µs per complaint — ${full.perComplaintUs < goal ? 'met' : 'NOT met'}`);
