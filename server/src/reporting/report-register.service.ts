import { COMPLAINT_KIND_LABELS, COMPLAINT_STATE_LABELS, shanghaiParts, type ComplaintKind, type ComplaintState } from '@kesu/domain';
import { subject } from '@kesu/permissions';
import type { ComplaintCustomer } from '../complaint/complaint.entity.js';
import { maskPhone } from '../complaint/complaint.service.js';
import type { Context } from '../graphql/context.js';
import type { OrgUnit } from '../org/org-unit.entity.js';
import { SCORE_LABELS } from './report-figures.js';
import { columns, scopedComplaints, sqlOf, type ReportPeriodInfo } from './report-scope.js';

/**
 * The register of the month, 《客户投诉/需求登记表》 (XX 4.5 and its form 附件4): one line per record received in the
 * period, in the order received — the same rows the monthly report counts. Read in keyset batches so a month of a
 * large group streams into the workbook without holding it all in memory.
 */

export interface RegisterRow {
  serial: number;
  number: string;
  customerNames: string;
  rooms: string;
  /** Masked (`138****5678`) unless the caller may read this complaint's contact data. */
  phones: string;
  matter: string;
  acceptedBy: string;
  receivedDate: string;
  receivedTime: string;
  kindLabel: string;
  /** The category when the record is a complaint or warning (投诉类型). */
  complaintCategory: string;
  /** The category when the record is a demand (需求类型). */
  demandCategory: string;
  /** 处理情况（单据联号）: the number and the current state. */
  handling: string;
  handler: string;
  /** 接单: the response (the customer told who is in charge, CG §3.1). */
  acceptedDate: string;
  acceptedTime: string;
  /** 返单: the conclusion of handling. */
  returnedDate: string;
  returnedTime: string;
  visitor: string;
  visitDate: string;
  visitTime: string;
  satisfaction: string;
}

/** Columns of the register in the form's order: the workbook and the CSV use the same list. */
export const REGISTER_COLUMNS: { key: keyof RegisterRow; header: string; group?: string; width: number }[] = [
  { key: 'serial', header: '序号', width: 7 },
  { key: 'customerNames', header: '客户姓名', width: 14 },
  { key: 'rooms', header: '客户房号', width: 12 },
  { key: 'phones', header: '联系方式', width: 15 },
  { key: 'matter', header: '客户投诉、需求事项', width: 36 },
  { key: 'acceptedBy', header: '受理人', width: 10 },
  { key: 'receivedDate', header: '日期', group: '受理时间', width: 11 },
  { key: 'receivedTime', header: '时间', group: '受理时间', width: 7 },
  { key: 'kindLabel', header: '类别', group: '投诉、需求类型', width: 12 },
  { key: 'complaintCategory', header: '投诉类型', group: '投诉、需求类型', width: 11 },
  { key: 'demandCategory', header: '需求类型', group: '投诉、需求类型', width: 11 },
  { key: 'handling', header: '处理情况（单据联号）', width: 22 },
  { key: 'handler', header: '处理人/接单人', width: 12 },
  { key: 'acceptedDate', header: '日期', group: '接单时间', width: 11 },
  { key: 'acceptedTime', header: '时间', group: '接单时间', width: 7 },
  { key: 'returnedDate', header: '日期', group: '返单时间', width: 11 },
  { key: 'returnedTime', header: '时间', group: '返单时间', width: 7 },
  { key: 'visitor', header: '回访人', width: 10 },
  { key: 'visitDate', header: '日期', group: '回访时间', width: 11 },
  { key: 'visitTime', header: '时间', group: '回访时间', width: 7 },
  { key: 'satisfaction', header: '回访满意度', width: 12 },
];

const REGISTER_COLUMNS_SELECTED = [
  'id',
  'number',
  'kind',
  'status',
  'title',
  'customers',
  'household_count',
  'received_at',
  'responded_at',
  'concluded_at',
  'group_visible',
  'category_id',
  'project_id',
  'created_by_id',
  'handler_id',
];

interface RawRegisterRow {
  id: string;
  number: string;
  kind: ComplaintKind;
  status: ComplaintState;
  title: string;
  customers: ComplaintCustomer[] | string;
  household_count: number;
  received_at: Date;
  responded_at: Date | null;
  concluded_at: Date | null;
  group_visible: boolean;
  project_path: string;
  category_label: string;
  created_by_name: string | null;
  handler_name: string | null;
  visited_at: Date | null;
  score: number | null;
  visitor_name: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Shanghai wall-clock date and time, as the paper form writes them. */
function dateTime(at: Date | null): [string, string] {
  if (!at) return ['', ''];
  const p = shanghaiParts(new Date(at));
  return [`${p.year}-${pad(p.month)}-${pad(p.day)}`, `${pad(p.hour)}:${pad(p.minute)}`];
}

export const REGISTER_BATCH = 2000;

/** Register lines of the period, batch by batch (keyset on received_at, id). */
export async function* registerRows(ctx: Context, unit: OrgUnit, period: ReportPeriodInfo, batchSize = REGISTER_BATCH): AsyncGenerator<RegisterRow[]> {
  let serial = 0;
  let after: { receivedAt: Date; id: string } | null = null;
  for (;;) {
    const keyset = after
      ? [{ $or: [{ receivedAt: { $gt: after.receivedAt } }, { receivedAt: after.receivedAt, id: { $gt: after.id } }] }]
      : [];
    const page = sqlOf(
      scopedComplaints(ctx, unit, { from: period.start, to: period.end }, keyset)
        .select(columns(REGISTER_COLUMNS_SELECTED))
        .orderBy({ receivedAt: 'asc', id: 'asc' })
        .limit(batchSize),
    );
    const rows: RawRegisterRow[] = await ctx.em.getConnection().execute(
      `with page as (${page.sql})
       select page.*, p.path as project_path, cat.label as category_label, cb.name as created_by_name, h.name as handler_name,
              lv.visited_at, lv.score, lv.visitor_name
       from page
       join org_unit p on p.id = page.project_id
       join category cat on cat.id = page.category_id
       left join app_user cb on cb.id = page.created_by_id
       left join app_user h on h.id = page.handler_id
       left join lateral (
         select rv.visited_at, rv.score, u.name as visitor_name
         from return_visit rv left join app_user u on u.id = rv.visitor_id
         where rv.complaint_id = page.id
         order by rv.visited_at desc, rv.id desc
         limit 1
       ) lv on true
       order by page.received_at, page.id`,
      page.bindings,
    );
    if (rows.length === 0) return;
    yield rows.map((row) => registerRow(ctx, row, ++serial));
    if (rows.length < batchSize) return;
    const last = rows[rows.length - 1]!;
    after = { receivedAt: new Date(last.received_at), id: last.id };
  }
}

function registerRow(ctx: Context, row: RawRegisterRow, serial: number): RegisterRow {
  const customers: ComplaintCustomer[] = typeof row.customers === 'string' ? JSON.parse(row.customers) : row.customers;
  // The same rule as a complaint's `customers` field (complaint.service `canReadContact`), checked per row.
  const contact = ctx.ability.can('readContact', subject('Complaint', { project: { path: row.project_path }, groupVisible: row.group_visible }));
  const phones = customers.map((c) => (contact ? c.phone : maskPhone(c.phone))).filter((phone): phone is string => !!phone);
  const names = customers.map((c) => c.name).join('、');
  const [receivedDate, receivedTime] = dateTime(row.received_at);
  const [acceptedDate, acceptedTime] = dateTime(row.responded_at);
  const [returnedDate, returnedTime] = dateTime(row.concluded_at);
  const [visitDate, visitTime] = dateTime(row.visited_at);
  const isDemand = row.kind === 'DEMAND';
  return {
    serial,
    number: row.number,
    // A group complaint names some customers and counts households (one complaint, N households).
    customerNames: row.household_count > customers.length ? `${names}等${row.household_count}户` : names,
    rooms: customers.map((c) => c.room).filter(Boolean).join('、'),
    phones: phones.join('、'),
    matter: row.title,
    acceptedBy: row.created_by_name ?? '',
    receivedDate,
    receivedTime,
    kindLabel: COMPLAINT_KIND_LABELS[row.kind] ?? row.kind,
    complaintCategory: isDemand ? '' : row.category_label,
    demandCategory: isDemand ? row.category_label : '',
    handling: `${row.number} ${COMPLAINT_STATE_LABELS[row.status] ?? row.status}`,
    handler: row.handler_name ?? '',
    acceptedDate,
    acceptedTime,
    returnedDate,
    returnedTime,
    visitor: row.visited_at ? (row.visitor_name ?? '') : '',
    visitDate,
    visitTime,
    satisfaction: row.score ? `${row.score}分 ${SCORE_LABELS[row.score] ?? ''}`.trim() : '',
  };
}
