import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Bulk complaints for benchmarks: `count` records spread over the last `spanDays` days across every project and
 * service centre of a group, generated inside PostgreSQL (`INSERT … SELECT … FROM generate_series`) so nothing but
 * the statement crosses the wire. Rows are written in the order received, as a live system writes them, so a month's
 * complaints sit together on disk like they would in production.
 *
 * The mix is meant to look lived-in, not to match any real company: 72 % complaints, 23 % demands, 5 % warnings;
 * 3 % invalid; 5 % group complaints (5–134 households, graded A类 from 60); responses mostly within the hour; open
 * records in the last days, a few old ones left open and overdue; return visits (80 % on site, scores 1–5) on most
 * concluded records, written to `return_visit` by the same statement.
 */
export interface GenerateOptions {
  groupId: string;
  count: number;
  spanDays: number;
  now: Date;
  chunkSize?: number;
  onProgress?: (done: number, total: number, elapsedMs: number) => void;
}

export async function generateComplaints(em: EntityManager, options: GenerateOptions): Promise<{ complaints: number; visits: number; ms: number }> {
  const { groupId, count, spanDays, now } = options;
  const chunk = options.chunkSize ?? 50_000;
  const start = Date.now();
  let visits = 0;
  for (let from = 1; from <= count; from += chunk) {
    const to = Math.min(count, from + chunk - 1);
    const [row] = await em.transactional(async (tx) => {
      // Foreign-key triggers off for the bulk load (they were 40 % of the time): every key the statement writes was
      // read from this same database a moment before. Fine for a throw-away benchmark database, never elsewhere.
      await tx.execute('set local session_replication_role = replica');
      return tx.execute<{ visits: number }[]>(GENERATE_SQL, [groupId, now, spanDays, count, from, to]);
    });
    visits += Number(row?.visits ?? 0);
    options.onProgress?.(to, count, Date.now() - start);
  }
  return { complaints: count, visits, ms: Date.now() - start };
}

/**
 * Parameters: group id, now, span in days, total count, first and last serial of this chunk. The serial decides the
 * received time (evenly spread, oldest first, with a little jitter) and the number (`BM-0000001`).
 */
const GENERATE_SQL = `
with params as materialized (
  select ?::uuid as group_id, ?::timestamptz as now, ?::int as span_days, ?::int as total
),
refs as materialized (
  select
    (select array_agg(id order by code) from org_unit, params where org_unit.group_id = params.group_id and level in ('PROJECT', 'SERVICE_CENTER')) as units,
    (select array_agg(id order by code) from category, params where category.group_id = params.group_id and kind = 'COMPLAINT') as complaint_categories,
    (select array_agg(id order by code) from category, params where category.group_id = params.group_id and kind = 'DEMAND') as demand_categories,
    (select id from grade_scheme_version, params where grade_scheme_version.group_id = params.group_id order by effective_from desc, version desc limit 1) as scheme_id,
    (select id from org_unit, params where org_unit.id = params.group_id) as group_unit,
    (select array_agg(id order by login) from app_user where login in ('ysf.agent', 'ysf.sc', 'south.cr.lead', 'east.cr.exec')) as agents,
    (select array_agg(id order by login) from app_user where login in ('ysf.head', 'xxl.head', 'gz.head', 'fs.head')) as heads
),
base as (
  select g,
    -- Evenly spread, oldest first, millisecond precision (as JavaScript writes instants).
    date_trunc('milliseconds', params.now - (params.total - g + random()) * (params.span_days * interval '1 day') / params.total) as received_at,
    random() as r_kind, random() as r_state, random() as r_resp, random() as r_close, random() as r_house, random() as r_unit,
    random() as r_cat, random() as r_visit, random() as r_score, random() as r_misc
  from params, generate_series(?::int, ?::int) as g
),
shaped as (
  select b.*,
    case when r_kind < 0.72 then 'COMPLAINT' when r_kind < 0.95 then 'DEMAND' else 'WARNING' end as kind,
    extract(epoch from (params.now - b.received_at)) / 86400.0 as age_days,
    case when r_house < 0.05 then 5 + floor(r_misc * 130)::int else 1 end as households
  from base b, params
),
stated as (
  select s.*,
    case
      when kind = 'WARNING' then case when age_days > 30 and r_state < 0.6 then 'ARCHIVED' else 'WARNING' end
      when r_state < 0.03 then 'INVALID'
      when age_days < 1 then (array['REGISTERED', 'RESPONDED', 'HANDLING'])[1 + floor(r_misc * 3)::int]
      when age_days < 10 then (array['HANDLING', 'ESCALATED', 'CONCLUDED', 'RETURN_VISITED', 'ARCHIVED'])[1 + floor(r_misc * 5)::int]
      when r_state < 0.05 then (array['HANDLING', 'ESCALATED', 'INTERNAL_REVIEW', 'EXTERNAL_REVIEW'])[1 + floor(r_misc * 4)::int]
      when r_state < 0.12 then 'RETURN_VISITED'
      else 'ARCHIVED'
    end as status
  from shaped s
),
timed as (
  select t.*,
    t.status in ('REGISTERED', 'RESPONDED', 'HANDLING', 'ESCALATED', 'INTERNAL_REVIEW', 'EXTERNAL_REVIEW') as open,
    t.status in ('CONCLUDED', 'RETURN_VISITED', 'ARCHIVED') and t.kind <> 'WARNING' as concluded,
    t.status in ('ESCALATED', 'INTERNAL_REVIEW', 'EXTERNAL_REVIEW') or (t.status = 'ARCHIVED' and t.r_misc < 0.08 and t.kind = 'COMPLAINT') as escalated,
    t.kind <> 'WARNING' and t.r_misc >= 0.01 as has_limit,
    t.received_at + (t.r_resp * t.r_resp * 150) * interval '1 minute' as responded_guess,
    t.received_at + (0.5 + t.r_close * 9.5) * interval '1 day' as concluded_guess,
    t.kind = 'COMPLAINT' or (t.kind = 'DEMAND' and (t.r_score < 0.5 or t.r_visit < 0.15)) as visit_required
  from stated t
),
-- Materialized: each derived column is computed once, not once per reference to it.
gen as materialized (
  select t.*,
    case when t.has_limit then t.received_at + (case when t.escalated then 21 else 7 end) * interval '1 day' end as due_at,
    case when t.kind = 'WARNING' or t.status = 'REGISTERED' or (t.status = 'INVALID' and t.r_resp > 0.5) then null
         else t.responded_guess end as responded_at,
    case when t.concluded then t.concluded_guess end as concluded_at,
    case when t.concluded and t.visit_required and t.status <> 'CONCLUDED' then t.concluded_guess + (t.r_visit * 30) * interval '1 hour' end as visited_at,
    case when t.households >= 100 then 'A1' when t.households >= 60 then 'A2' else 'GENERAL' end as grade_code
  from timed t
),
inserted as (
  insert into complaint (
    id, group_id, number, kind, status, channel, title, description, received_at, category_id, project_id, owning_unit_id,
    customers, household_count, compensation_fen, flags, grade_scheme_id, grade_code, grade_label, grade_rank, grade_explanation,
    first_responsible_id, handler_id, created_by_id, response_due_at, resolution_due_at, resolution_basis, return_visit_due_at,
    next_due_at, responded_at, handling_started_at, escalated_at, concluded_at, return_visited_at, archived_at, overdue,
    group_visible, escalation_count, extension_count, exemption, requires_accountability, return_visit_required, accountability,
    version, created_at, updated_at
  )
  select
    gen_random_uuid(), params.group_id, 'BM-' || lpad(r.g::text, 7, '0'), r.kind, r.status,
    (array['PHONE', 'PHONE', 'VISIT', 'APP', 'WEB', 'PROPERTY_REFERRAL'])[1 + floor(r.r_misc * 6)::int],
    case when r.households > 1 then '群诉：' else '' end || (array['卫生间渗水', '外墙开裂', '电梯故障', '停车管理混乱', '咨询物业费标准', '维修响应慢'])[1 + floor(r.r_cat * 6)::int],
    '基准测试数据',
    r.received_at,
    case when r.kind = 'DEMAND' then refs.demand_categories[1 + floor(r.r_cat * array_length(refs.demand_categories, 1))::int]
         else refs.complaint_categories[1 + floor(r.r_cat * array_length(refs.complaint_categories, 1))::int] end,
    refs.units[1 + floor(r.r_unit * array_length(refs.units, 1))::int],
    case when r.grade_code = 'A1' then refs.group_unit else refs.units[1 + floor(r.r_unit * array_length(refs.units, 1))::int] end,
    jsonb_build_array(jsonb_build_object('name', '业主' || r.g, 'phone', '139' || lpad((r.g % 100000000)::text, 8, '0'), 'room', (1 + r.g % 12) || '-' || (101 + r.g % 30))),
    r.households, 0, '{}'::text[], refs.scheme_id, r.grade_code,
    case r.grade_code when 'A1' then 'A类一级' when 'A2' then 'A类二级' else '一般事件' end,
    case r.grade_code when 'A1' then 20 when 'A2' then 10 else 0 end,
    '[]'::jsonb,
    refs.heads[1 + floor(r.r_unit * 4)::int], refs.heads[1 + floor(r.r_unit * 4)::int], refs.agents[1 + floor(r.r_cat * 4)::int],
    case when r.kind <> 'WARNING' then r.received_at + interval '1 hour' end,
    r.due_at,
    case when r.kind = 'WARNING' then 'NONE' when not r.has_limit then 'EXEMPT' when r.escalated then 'ESCALATED' else 'NORMAL' end,
    case when r.concluded_at is not null then r.concluded_at + interval '24 hours' end,
    coalesce(case when r.open then r.due_at end, '9999-12-31T00:00:00Z'::timestamptz),
    r.responded_at,
    case when r.responded_at is not null and r.status not in ('REGISTERED', 'RESPONDED') then r.responded_at + interval '2 hours' end,
    case when r.escalated then r.received_at + interval '3 days' end,
    r.concluded_at,
    r.visited_at,
    case when r.status = 'ARCHIVED' then coalesce(r.visited_at, r.concluded_at, r.received_at) + interval '1 day' end,
    coalesce((r.open and r.due_at < params.now) or (r.concluded_at > r.due_at), false),
    r.grade_code <> 'GENERAL',
    case when r.escalated then 1 else 0 end,
    0,
    case when not r.has_limit and r.kind <> 'WARNING' then '{"reason":"LONG_ENGINEERING_WORK","note":"工程维修作业时间较长"}'::jsonb end,
    r.grade_code <> 'GENERAL',
    r.kind <> 'WARNING' and r.visit_required,
    'NONE', 1, r.received_at, r.received_at
  from gen r, params, refs
  returning id, return_visited_at, created_by_id
),
visited as (
  insert into return_visit (id, complaint_id, method, score, visitor_id, visited_at)
  select gen_random_uuid(), i.id,
    case when random() < 0.8 then 'ON_SITE' else 'PHONE' end,
    (array[1, 2, 3, 3, 4, 4, 4, 5, 5, 5, 5, 5])[1 + floor(random() * 12)::int],
    i.created_by_id, i.return_visited_at
  from inserted i
  where i.return_visited_at is not null
  returning 1
)
select (select count(*) from visited)::int as visits`;
