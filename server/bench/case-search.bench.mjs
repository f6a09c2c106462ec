// Case-library search benchmark (issue 5): 100k generated cases in a throw-away embedded PostgreSQL, migrated by
// the real migrations, loaded in multi-row INSERTs through the same code that seeds the demo library; then 20
// typical queries, each run many times through the real search service (`searchCases`, highlights included).
// Reports median and p97.5 latency (goal: p97.5 <= 30 ms) and the index sizes. Not a test; stops by itself.
//
//   pnpm --filter @kesu/server bench:cases            (builds first)
//   CASES=20000 RUNS=10 node bench/case-search.bench.mjs
/* global process, console */
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { defineAbilityFor } from '@kesu/permissions';
import { searchCases } from '../dist/cases/case-search.service.js';
import { segmenter } from '../dist/cases/case-segmenter.js';
import { migrate } from '../dist/db/database.js';
import { startEmbeddedPostgres } from '../dist/db/embedded-postgres.js';
import { ormConfig } from '../dist/db/orm-config.js';
import { caseRowsFor, caseTargetFor, generateDemoCases, insertCaseRows } from '../dist/demo/demo-cases.js';
import { seedDemoData } from '../dist/demo/demo-seed.js';
import { createLoaders } from '../dist/graphql/loaders.js';
import { loadViewer } from '../dist/identity/identity.service.js';
import { User } from '../dist/identity/user.entity.js';
import { OrgUnit } from '../dist/org/org-unit.entity.js';
import { provisionAllGroups } from '../dist/org/group-provisioning.service.js';
import { toGlobalId } from '../dist/graphql/global-id.js';

const CASES = Number(process.env.CASES ?? 100_000);
const RUNS = Number(process.env.RUNS ?? 40);
const WARMUP = 3;
const CHUNK = 5_000;

const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
const median = (sorted) => percentile(sorted, 0.5);
const fmt = (n) => n.toFixed(1).padStart(6);

const dataDir = await mkdtemp(join(tmpdir(), 'kesu-bench-'));
const pg = await startEmbeddedPostgres({ dataDir, persistent: false });
const orm = await MikroORM.init(ormConfig(pg.url, { pool: { min: 1, max: 4 } }));
try {
  await migrate(orm);
  await seedDemoData(orm.em.fork(), { adminPassword: 'bench-admin' });
  await provisionAllGroups(orm.em.fork());
  const target = await caseTargetFor(orm.em.fork());
  if (!target) throw new Error('demo group missing');
  segmenter();

  // ------------------------------------------------------------------ load
  // As one bulk-loads any table: the search indexes (exactly as the migration made them) are dropped for the load
  // and built afterwards, and the next chunk is segmented (CPU, here) while the previous one is inserted (there).
  const conn = orm.em.getConnection();
  const SEARCH_INDEXES = ['case_search_idx', 'case_title_search_idx', 'case_keyword_search_idx', 'case_names_trgm_idx'];
  const definitions = await conn.execute(`select indexname, indexdef from pg_indexes where indexname in (${SEARCH_INDEXES.map(() => '?').join(', ')})`, SEARCH_INDEXES);
  if (definitions.length !== SEARCH_INDEXES.length) throw new Error('search indexes missing: are the migrations applied?');
  for (const { indexname } of definitions) await conn.execute(`drop index "${indexname}"`);

  console.log(`Loading ${CASES.toLocaleString()} cases …`);
  let loaded = 0;
  let segmentMs = 0;
  let pending = Promise.resolve(0);
  const loadStart = process.hrtime.bigint();
  for (let chunk = 0; loaded < CASES; chunk++) {
    const t = process.hrtime.bigint();
    const rows = caseRowsFor(target, generateDemoCases(Math.min(CHUNK, CASES - loaded), 1_000 + chunk));
    segmentMs += ms(t);
    loaded += (await pending, rows.length);
    pending = insertCaseRows(orm.em.fork(), rows, 1_000);
    if (chunk % 4 === 3) console.log(`  ${loaded.toLocaleString()}`);
  }
  await pending;
  const insertedMs = ms(loadStart);
  const indexStart = process.hrtime.bigint();
  // One statement string per index, so the setting applies on the pooled connection that builds it.
  for (const { indexdef } of definitions) await conn.execute(`set maintenance_work_mem = '256MB'; ${indexdef}`);
  const indexMs = ms(indexStart);
  const loadMs = ms(loadStart);
  await conn.execute('vacuum analyze "case"');
  const [sizes] = await conn.execute(`select pg_relation_size('case_search_idx') as gin, pg_relation_size('case_title_search_idx') as title_gin,
    pg_relation_size('case_keyword_search_idx') as keyword_gin, pg_relation_size('case_names_trgm_idx') as trgm,
    pg_total_relation_size('"case"') as total, pg_relation_size('"case"') as heap, count(*) as rows,
    avg(pg_column_size(search_vector))::int as search_vector, avg(pg_column_size(title_vector))::int as title_vector,
    avg(pg_column_size(keyword_vector))::int as keyword_vector from "case"`);

  // ------------------------------------------------------------------ queries
  const em = orm.em.fork();
  const reader = await em.findOneOrFail(User, { login: 'reader' });
  const viewer = await loadViewer(em, reader.id);
  const ability = defineAbilityFor({ userId: reader.id, grants: viewer.grants });
  const contextFor = () => {
    const fork = orm.em.fork();
    return { em: fork, viewer, ability, authError: null, loaders: createLoaders(fork, ability), tokens: null, pubSub: null };
  };
  const east = toGlobalId('OrgUnit', (await em.findOneOrFail(OrgUnit, { code: 'HY-EC' })).id);
  const yunshan = toGlobalId('OrgUnit', (await em.findOneOrFail(OrgUnit, { code: 'HY-GZ-YSF' })).id);

  const QUERIES = [
    ['渗水', { query: '渗水' }],
    ['交付延期', { query: '交付延期' }],
    ['产权证', { query: '产权证' }],
    ['物业费', { query: '物业费' }],
    ['维修基金', { query: '维修基金' }],
    ['住建局', { query: '住建局' }],
    ['违约金', { query: '违约金' }],
    ['抖音', { query: '抖音' }],
    ['空鼓', { query: '空鼓' }],
    ['销售承诺', { query: '销售承诺' }],
    ['外墙 渗水', { query: '外墙 渗水' }],
    ['产权证 违约金', { query: '产权证 违约金' }],
    ['卫生间渗水 (phrase)', { query: '卫生间渗水' }],
    ['集中交付延期 (phrase)', { query: '集中交付延期' }],
    ['媒体曝光 舆情', { query: '媒体曝光 舆情' }],
    ['渗水 + category + year', { query: '渗水', categoryCodes: ['DEV_ENGINEERING'], year: 2024 }],
    ['交付延期 + 华东 subtree', { query: '交付延期', orgUnitId: east }],
    ['学位 + tag + 云山府', { query: '学位', tags: ['销售承诺'], orgUnitId: yunshan }],
    ['湖壹号 (substring)', { query: '湖壹号' }],
    ['no query, newest first', { categoryCodes: ['DEV_MARKETING'] }],
  ];

  const all = [];
  const allCounted = [];
  const rows = [];
  for (const [label, filter] of QUERIES) {
    for (let i = 0; i < WARMUP; i++) await searchCases(contextFor(), { first: 20 }, filter);
    const page = [];
    const counted = [];
    let hits = 0;
    for (let i = 0; i < RUNS; i++) {
      const t = process.hrtime.bigint();
      const result = await searchCases(contextFor(), { first: 20 }, filter);
      page.push(ms(t));
      const total = await result.totalCount;
      counted.push(ms(t));
      hits = total;
    }
    page.sort((a, b) => a - b);
    counted.sort((a, b) => a - b);
    all.push(...page);
    allCounted.push(...counted);
    rows.push({ label, hits, median: median(page), p975: percentile(page, 0.975), countedMedian: median(counted) });
  }
  all.sort((a, b) => a - b);
  allCounted.sort((a, b) => a - b);

  // ------------------------------------------------------------------ report
  const mb = (bytes) => `${(Number(bytes) / 1024 / 1024).toFixed(1)} MB`;
  console.log('');
  console.log(`Cases: ${Number(sizes.rows).toLocaleString()}; load ${(loadMs / 1000).toFixed(1)} s = segmentation and INSERT ${(insertedMs / 1000).toFixed(1)} s (of which segmentation ${(segmentMs / 1000).toFixed(1)} s) + index build ${(indexMs / 1000).toFixed(1)} s`);
  console.log(`GIN indexes: case_search_idx ${mb(sizes.gin)}, case_title_search_idx ${mb(sizes.title_gin)}, case_keyword_search_idx ${mb(sizes.keyword_gin)}; trigram case_names_trgm_idx ${mb(sizes.trgm)}`);
  console.log(`Table: ${mb(sizes.heap)} heap, ${mb(sizes.total)} with indexes and TOAST; average vectors: search ${sizes.search_vector} B, title ${sizes.title_vector} B, key words ${sizes.keyword_vector} B`);
  console.log(`Runs: ${RUNS} per query after ${WARMUP} warm-up runs, first: 20 with highlights, as CASE_READER of the group`);
  console.log('');
  console.log(`${'query'.padEnd(28)} ${'hits'.padStart(7)} ${'median'.padStart(7)} ${'p97.5'.padStart(7)}  ${'+count med'.padStart(10)}`);
  for (const row of rows) {
    console.log(`${row.label.padEnd(28)} ${String(row.hits).padStart(7)} ${fmt(row.median)}ms ${fmt(row.p975)}ms ${fmt(row.countedMedian)}ms`);
  }
  console.log('');
  console.log(`All ${all.length} page queries: median ${median(all).toFixed(1)} ms, p97.5 ${percentile(all, 0.975).toFixed(1)} ms (goal <= 30 ms) — ${percentile(all, 0.975) <= 30 ? 'met' : 'NOT met'}`);
  console.log(`With totalCount as well:   median ${median(allCounted).toFixed(1)} ms, p97.5 ${percentile(allCounted, 0.975).toFixed(1)} ms`);
} finally {
  await orm.close(true);
  await pg.stop();
  await rm(dataDir, { recursive: true, force: true });
}
