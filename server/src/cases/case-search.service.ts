import { raw, type FilterQuery, type Knex, type QBFilterQuery } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { findReadableComplaint } from '../complaint/complaint.service.js';
import { encodeCursor, lazy, pageSize, type ConnectionArgs, type PageInfo } from '../graphql/connection.js';
import type { Context } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { idOf, parseGlobalId } from '../graphql/global-id.js';
import { containsPattern, startsWithPattern } from '../graphql/like.js';
import { parseInput } from '../graphql/validation.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { snippet } from './case-highlight.js';
import { anyOf, keywords, parseQuery, type ParsedQuery } from './case-segmenter.js';
import { CaseView } from './case-view.entity.js';
import { Case, CASE_TEXT_FIELDS, caseNamesSql } from './case.entity.js';
import { caseFilterSchema, type CaseFilter } from './case.inputs.js';
import { readScope, shanghaiMonth } from './case.service.js';

export interface CaseHighlight {
  field: string;
  snippet: string;
}

export interface CaseEdge {
  cursor: string;
  node: Case;
  highlights: CaseHighlight[];
  rank: number | null;
}

export interface CaseConnection {
  edges: CaseEdge[];
  pageInfo: PageInfo;
  totalCount: PromiseLike<number>;
}

interface Sql {
  sql: string;
  params: string[];
}

/** A fallback pattern shorter than this would match almost every name. */
const SUBSTRING_MIN_LENGTH = 2;

/** The caller's read rules and the filter, as MikroORM conditions (built fresh for each statement). */
async function conditions(ctx: Context, filter: CaseFilter | null): Promise<() => QBFilterQuery<Case>> {
  // The subtree as a list of unit ids rather than a join on paths: an id list combines with the text indexes
  // (bitmap AND), a join does not.
  let unitIds: string[] | undefined;
  if (filter?.orgUnitId) {
    const unit = await ctx.em.findOne(OrgUnit, { id: idOf('OrgUnit', filter.orgUnitId, 'filter.orgUnitId') });
    unitIds = unit ? (await ctx.em.find(OrgUnit, { path: { $like: startsWithPattern(unit.path) } }, { fields: ['id'] })).map((u) => u.id) : [];
  }
  return () => {
    const where: FilterQuery<Case>[] = [readScope(ctx)];
    if (filter?.status?.length) where.push({ status: { $in: filter.status } });
    if (filter?.categoryCodes?.length) where.push({ categoryCode: { $in: filter.categoryCodes } });
    if (filter?.gradeCodes?.length) where.push({ gradeCode: { $in: filter.gradeCodes } });
    if (filter?.tags?.length) where.push({ tags: { $overlap: filter.tags } });
    if (filter?.year != null) where.push({ year: filter.year });
    if (unitIds) where.push(unitIds.length ? { orgUnit: { $in: unitIds } } : { id: { $in: [] } });
    return { $and: where } as QBFilterQuery<Case>;
  };
}

/**
 * How a page is found. `text`: full-text matches in relevance tiers, best first — the whole query in the title or
 * tags (2), in the body's key words (1), anywhere else (0) — and newest first within a tier. `names`: the substring
 * fallback over title, project and region, when the words match nothing. `list`: no query, newest first.
 *
 * Why tiers and not `ts_rank` over every match: ranking must read every matching row, about 3 µs each here, and a
 * common word (渗水, 住建局) matches a fifth to a third of the library — 60–100 ms at 100k cases. A tier in date
 * order can stop after one page (`tierPage`), so a page costs about the same whatever the word. Title and tags
 * still come before the body.
 */
type Mode = 'text' | 'names' | 'list';
const TIERS = [2, 1, 0] as const;
type Tier = (typeof TIERS)[number];

function tierMatch(tier: Tier, tsquery: string): Sql {
  const [title, keyword, search] = ['title_vector', 'keyword_vector', 'search_vector'].map((column) => `"c"."${column}" @@ ?::tsquery`);
  if (tier === 2) return { sql: title!, params: [tsquery] };
  if (tier === 1) return { sql: `(${keyword} and not ${title})`, params: [tsquery, tsquery] };
  // Cheap inline tests first: the document vector is out of line and costs a fetch to test.
  return { sql: `(not ${title} and not ${keyword} and ${search})`, params: [tsquery, tsquery, tsquery] };
}

/** A position in a list: the tier (text mode), the listing time as PostgreSQL wrote it (full precision) and the id. */
interface Key {
  tier: Tier;
  at: string;
  id: string;
}

function decodeCursor(cursor: string, field: string): { mode: Mode; key: Key } {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 4) {
      const [mode, tier, at, id] = value as unknown[];
      if ((mode === 'text' || mode === 'names' || mode === 'list') && TIERS.includes(tier as Tier) && typeof at === 'string' && typeof id === 'string') {
        return { mode, key: { tier: tier as Tier, at, id } };
      }
    }
  } catch {
    // fall through to the error below
  }
  throw badInput(field, `${field} 不是有效的分页游标`);
}

export function highlightsOf(row: Case, terms: readonly string[]): CaseHighlight[] {
  const out: CaseHighlight[] = [];
  for (const field of CASE_TEXT_FIELDS) {
    const text = snippet(row[field], terms);
    if (text) out.push({ field, snippet: text });
  }
  return out;
}

const empty = (): CaseConnection => ({
  edges: [],
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
  totalCount: lazy(async () => 0),
});

/**
 * Up to `limit` rows matching `match`, newest first (oldest first going backwards), after `from` — keyset over
 * (listed_at, id) like every other list.
 */
async function dated(ctx: Context, where: () => QBFilterQuery<Case>, match: Sql | null, from: Key | null, backwards: boolean, limit: number) {
  const qb = ctx.em.createQueryBuilder(Case, 'c').select([raw('"c"."id" as "id"'), raw('"c"."listed_at"::text as "at"')]).where(where());
  if (match) qb.andWhere(match.sql, match.params);
  after(qb, from, backwards);
  qb.orderBy({ listedAt: backwards ? 'asc' : 'desc', id: backwards ? 'desc' : 'asc' }).limit(limit);
  return (await qb.execute('all', false)) as { id: string; at: string }[];
}

/** Rows after a key (before it, going backwards), in (listed_at, id) order; alias `c`. */
function after(qb: { andWhere(sql: string, params: string[]): unknown } | Knex.QueryBuilder, from: Key | null, backwards: boolean) {
  if (!from) return;
  const [later, earlier] = backwards ? ['>', '<'] : ['<', '>'];
  const sql = `("c"."listed_at" ${later} ?::timestamptz or ("c"."listed_at" = ?::timestamptz and "c"."id" ${earlier} ?))`;
  if ('andWhereRaw' in qb) qb.andWhereRaw(sql, [from.at, from.at, from.id]);
  else qb.andWhere(sql, [from.at, from.at, from.id]);
}

/**
 * How many rows, from the page's starting point on, a tier is first looked for in. Title and key-word vectors are
 * inline and cost a fraction of a microsecond to test row by row; the document vector is out of line (a fetch of
 * tens of microseconds), so tier 0 is only ever matched through its GIN index, and can afford a wider horizon.
 */
const HORIZON: Readonly<Record<Tier, number>> = { 2: 1000, 1: 1000, 0: 3000 };

/**
 * Up to `limit` rows of one tier, newest first, after `from`. A common word is found among the newest rows at once,
 * a rare one would need the whole table walked; collecting every match through GIN and sorting is the reverse.
 * PostgreSQL's estimates for words occurring together, or for a common word under narrow filters, are too rough to
 * choose between the two. So the work is bounded instead: first the tier is looked for among the next HORIZON rows
 * only (a `listed_at` range, which every plan can use), and only if they hold too few matches are the older ones
 * collected through GIN and the filters' indexes. The result is exact either way: what lies past the horizon is
 * older than everything before it. The sequential scan is ruled out throughout: the planner does not see that it
 * would fetch every case's out-of-line document vector.
 */
async function tierPage(ctx: Context, where: () => QBFilterQuery<Case>, tier: Tier, tsquery: string, from: Key | null, backwards: boolean, limit: number) {
  const knex = ctx.em.getKnex();
  const [direction, tiebreak] = backwards ? (['asc', 'desc'] as const) : (['desc', 'asc'] as const);
  const horizonQuery = knex.select(knex.raw('"c"."listed_at"::text as "at"')).from({ c: 'case' });
  after(horizonQuery, from, backwards);
  horizonQuery.orderBy([{ column: 'c.listed_at', order: direction }, { column: 'c.id', order: tiebreak }]).offset(HORIZON[tier] - 1).limit(1);

  const query = (horizon: string | undefined, side: 'near' | 'far') => {
    const qb = ctx.em.createQueryBuilder(Case, 'c').select([raw('"c"."id" as "id"'), raw('"c"."listed_at"::text as "at"'), raw('"c"."listed_at" as "listed_at"')]).where(where());
    const match = tierMatch(tier, tsquery);
    qb.andWhere(match.sql, match.params);
    after(qb, from, backwards);
    if (horizon) {
      const [near, far] = backwards ? ['<=', '>'] : ['>=', '<'];
      qb.andWhere(`"c"."listed_at" ${side === 'near' ? near : far} ?::timestamptz`, [horizon]);
    }
    return qb;
  };
  // Materialized, the matches cannot come in index order: the planner must collect them (through GIN).
  const collected = (horizon: string | undefined, side: 'near' | 'far', count: number) =>
    knex
      .withMaterialized('matches', query(horizon, side).getKnexQuery())
      .select('id', 'at')
      .from('matches')
      .orderBy([{ column: 'listed_at', order: direction }, { column: 'id', order: tiebreak }])
      .limit(count);

  if (tier !== 0) {
    const [horizon] = (await horizonQuery) as { at: string }[];
    const found = (await query(horizon?.at, 'near').orderBy({ listedAt: direction, id: tiebreak }).limit(limit).execute('all', false)) as { id: string; at: string }[];
    if (found.length === limit || !horizon) return found;
    return [...found, ...((await collected(horizon.at, 'far', limit - found.length)) as { id: string; at: string }[])];
  }
  // Tier 0 tests the out-of-line document vector, which neither a sequential scan nor an index walk may do row by
  // row; its bitmap (GIN) plans never fetch it. The horizon query above keeps its plain index walk: it runs first.
  return knex.transaction(async (trx) => {
    await trx.raw('set local enable_seqscan = off');
    const [horizon] = (await horizonQuery.transacting(trx)) as { at: string }[];
    await trx.raw('set local enable_indexscan = off');
    const found = (await collected(horizon?.at, 'near', limit).transacting(trx)) as { id: string; at: string }[];
    if (found.length === limit || !horizon) return found;
    return [...found, ...((await collected(horizon.at, 'far', limit - found.length).transacting(trx)) as { id: string; at: string }[])];
  });
}

/**
 * One page (plus one row, to tell whether more follow). Text mode walks the tiers in order — backwards in reverse —
 * starting at the cursor's tier, and reads a lower tier only when the higher ones run out.
 */
async function pageOf(ctx: Context, where: () => QBFilterQuery<Case>, mode: Mode, query: ParsedQuery | null, cursor: Key | null, backwards: boolean, size: number): Promise<Key[]> {
  if (mode !== 'text') {
    const match = mode === 'names' ? { sql: `${caseNamesSql('c')} ilike ?`, params: [containsPattern(query!.text)] } : null;
    return (await dated(ctx, where, match, cursor, backwards, size + 1)).map((row) => ({ tier: 0, ...row }));
  }
  const sequence: readonly Tier[] = backwards ? [...TIERS].reverse() : TIERS;
  const keys: Key[] = [];
  for (let i = cursor ? sequence.indexOf(cursor.tier) : 0; i < sequence.length && keys.length <= size; i++) {
    const tier = sequence[i]!;
    const from = cursor && tier === cursor.tier ? cursor : null;
    const rows = await tierPage(ctx, where, tier, query!.tsquery!, from, backwards, size + 1 - keys.length);
    keys.push(...rows.map((row) => ({ tier, ...row })));
  }
  return keys;
}

/**
 * For statements that collect every match: the planner, blind to the cost of fetching a case's out-of-line document
 * vector, would rather scan the whole table for a common word. The GIN bitmap answers a word query without touching
 * those vectors, an order of magnitude faster, so the sequential scan is ruled out.
 */
function withoutSeqScan(knex: Knex, query: Knex.QueryBuilder): Promise<unknown> {
  return knex.transaction(async (trx) => {
    await trx.raw('set local enable_seqscan = off');
    return query.transacting(trx);
  });
}

/**
 * `cases(filter)`: with a query, full-text matches by relevance tier with highlighted snippets, or — when the words
 * match nothing — the substring fallback over names; without a query, newest first.
 */
export async function searchCases(ctx: Context, args: ConnectionArgs, rawFilter: CaseFilter | null | undefined): Promise<CaseConnection> {
  const filter = rawFilter ? parseInput(z.object({ filter: caseFilterSchema }), { filter: rawFilter }).filter : null;
  const backwards = args.last != null && args.first == null;
  const size = pageSize(backwards ? args.last : args.first, backwards ? 'last' : 'first');
  const cursorText = backwards ? args.before : args.after;
  const cursor = cursorText ? decodeCursor(cursorText, backwards ? 'before' : 'after') : null;
  const query = filter?.query?.trim() ? parseQuery(filter.query) : null;
  if (query && !query.tsquery) return empty();
  const where = await conditions(ctx, filter);

  let mode: Mode = query ? (cursor?.mode ?? 'text') : 'list';
  let keys = await pageOf(ctx, where, mode, query, cursor?.key ?? null, backwards, size);
  if (mode === 'text' && keys.length === 0 && !cursor && [...query!.text].length >= SUBSTRING_MIN_LENGTH) {
    mode = 'names';
    keys = await pageOf(ctx, where, mode, query, null, backwards, size);
  }

  const page = keys.slice(0, size);
  if (backwards) page.reverse();
  const nodes = new Map((await ctx.em.find(Case, { id: { $in: page.map((key) => key.id) } })).map((row) => [row.id, row]));
  const terms = mode === 'names' ? [query!.text] : (query?.terms ?? []);
  const edges = page.flatMap((key) => {
    const node = nodes.get(key.id);
    if (!node) return [];
    return [{
      cursor: encodeCursor([mode, key.tier, key.at, key.id]),
      node,
      rank: mode === 'text' ? key.tier : null,
      highlights: terms.length ? highlightsOf(node, terms) : [],
    }];
  });
  const hasMore = keys.length > size;
  return {
    edges,
    pageInfo: {
      hasNextPage: backwards ? Boolean(args.before) : hasMore,
      hasPreviousPage: backwards ? hasMore : Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: lazy(async () => {
      const count = ctx.em.createQueryBuilder(Case, 'c').select(raw('count(*) as "count"')).where(where());
      if (mode === 'text') count.andWhere('"c"."search_vector" @@ ?::tsquery', [query!.tsquery]);
      if (mode === 'names') count.andWhere(`${caseNamesSql('c')} ilike ?`, [containsPattern(query!.text)]);
      const statement = count.getKnexQuery();
      const [row] = (mode === 'text' ? await withoutSeqScan(ctx.em.getKnex(), statement) : await statement) as { count: string }[];
      return Number(row?.count ?? 0);
    }),
  };
}

/** Bounds of the small lists (`similarCases`, `mostReadCases`). */
function listSize(first: number | null | undefined, fallback: number, max: number): number {
  if (first == null) return fallback;
  if (!Number.isInteger(first) || first < 0 || first > max) throw badInput('first', `first 必须在 0 到 ${max} 之间`);
  return first;
}

/** Category weighs in beside the text: a case of the same category ranks above one that merely shares words. */
const SAME_CATEGORY_BONUS = 0.3;

/**
 * 经验沉淀应用: published cases most like a complaint the caller can read — its most telling words (TF-IDF) among a
 * case's title, tags and key words (`ts_rank`), plus a bonus for the same category. A case drafted from the
 * complaint itself is left out.
 */
export async function similarCases(ctx: Context, complaintId: string, first: number | null | undefined): Promise<Case[]> {
  const limit = listSize(first, 5, 20);
  const parsed = parseGlobalId(complaintId);
  if (parsed?.type !== 'Complaint' || limit === 0 || !ctx.ability.can('read', 'Complaint')) return [];
  const complaint = await findReadableComplaint(ctx, parsed.id);
  if (!complaint) return [];
  // The title counts twice: it says what the complaint is about in the fewest words.
  const tsquery = anyOf(keywords(`${complaint.title}。${complaint.title}。${complaint.description}`));
  if (!tsquery) return [];
  const categoryId = complaint.category.id;
  // Shared words in the title and tags weigh double those among a case's key words (ts_rank, normalized to 0–1).
  const score = raw(
    `(2 * ts_rank("c"."title_vector", ?::tsquery, 32) + ts_rank("c"."keyword_vector", ?::tsquery, 32) + case when "c"."category_id" = ? then ${SAME_CATEGORY_BONUS} else 0 end)::float8 as "score"`,
    [tsquery, tsquery, categoryId],
  );
  const inner = ctx.em
    .createQueryBuilder(Case, 'c')
    .select([raw('"c"."id" as "id"'), score])
    .where({
      $and: [
        readScope(ctx),
        { status: 'PUBLISHED', groupId: complaint.groupId },
        { $or: [{ sourceComplaint: null }, { sourceComplaint: { $ne: complaint.id } }] },
      ],
    } as QBFilterQuery<Case>)
    .andWhere('("c"."title_vector" @@ ?::tsquery or "c"."keyword_vector" @@ ?::tsquery)', [tsquery, tsquery]);
  const rows = (await ctx.em
    .getKnex()
    .select('id')
    .from(inner.getKnexQuery().as('ranked'))
    .orderBy([{ column: 'score', order: 'desc' }, { column: 'id', order: 'asc' }])
    .limit(limit)) as { id: string }[];
  return inOrder(ctx, rows.map((row) => row.id));
}

async function inOrder(ctx: Context, ids: string[]): Promise<Case[]> {
  const nodes = new Map((await ctx.em.find(Case, { id: { $in: ids } })).map((row) => [row.id, row]));
  return ids.flatMap((id) => nodes.get(id) ?? []);
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Training use: the published cases read most in a month (Asia/Shanghai), this month by default. */
export async function mostReadCases(ctx: Context, first: number | null | undefined, month: string | null | undefined): Promise<Case[]> {
  const limit = listSize(first, 10, 100);
  if (month != null && !MONTH.test(month)) throw badInput('month', 'month 应为 YYYY-MM，如 2026-11');
  const rows: { case_id: string }[] = await ctx.em
    .createQueryBuilder(CaseView, 'v')
    .select(['v.case_id'])
    .where({ month: month ?? shanghaiMonth(new Date()), case: { $and: [readScope(ctx), { status: 'PUBLISHED' }] } } as QBFilterQuery<CaseView>)
    .orderBy({ views: 'desc', case: 'asc' })
    .limit(limit)
    .execute('all', false);
  return inOrder(ctx, rows.map((row) => row.case_id));
}
