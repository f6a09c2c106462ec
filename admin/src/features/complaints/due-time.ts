import dayjs from 'dayjs';
import type { ComplaintStatus } from './complaints-operations';

/** Chinese date-time format used everywhere in the workbench. */
export const DATE_TIME_FORMAT = 'YYYY-MM-DD HH:mm';

export const formatDateTime = (value: string | null | undefined): string =>
  value ? dayjs(value).format(DATE_TIME_FORMAT) : '';

export type DueState = 'overdue' | 'soon' | 'ok';
export type DueKind = 'response' | 'resolution';

const HOUR = 3_600_000;
/**
 * "Soon" windows: 2 hours before a response deadline, 1 working day before a resolution deadline. The admin has no
 * working calendar at hand in the list, and resolution deadlines end at 23:59:59 of a working day, so 24 hours
 * before it is the previous working day's end: the same thing on working days (a Monday deadline turns amber on
 * Sunday night rather than Friday — a small, safe-side difference).
 */
const SOON_WINDOW: Record<DueKind, number> = { response: 2 * HOUR, resolution: 24 * HOUR };

export function dueState(dueAt: string, kind: DueKind, now: number = Date.now()): DueState {
  const left = Date.parse(dueAt) - now;
  if (left < 0) return 'overdue';
  return left <= SOON_WINDOW[kind] ? 'soon' : 'ok';
}

/** antd Tag / Typography colours per state: green, amber, red. */
export const DUE_COLOR: Record<DueState, string> = { overdue: 'red', soon: 'orange', ok: 'green' };
export const DUE_TEXT_COLOR: Record<DueState, string> = { overdue: '#cf1322', soon: '#d46b08', ok: '#389e0d' };

/** Statuses after which the response and resolution deadlines no longer run. */
const SETTLED: ReadonlySet<ComplaintStatus> = new Set<ComplaintStatus>([
  'CONCLUDED',
  'RETURN_VISITED',
  'ACCOUNTABILITY',
  'ARCHIVED',
  'INVALID',
]);
export const isSettled = (status: ComplaintStatus) => SETTLED.has(status);

export interface DueFacts {
  status: ComplaintStatus;
  respondedAt?: string | null;
  responseDueAt?: string | null;
  resolutionDueAt?: string | null;
}

/**
 * The deadline a handler must watch now: the response deadline until the customer was answered, then the
 * resolution deadline; none once the complaint is settled (or exempt: no resolution deadline).
 */
export function currentDeadline(facts: DueFacts): { kind: DueKind; dueAt: string } | null {
  if (isSettled(facts.status)) return null;
  if (!facts.respondedAt && facts.responseDueAt && facts.status === 'REGISTERED') {
    return { kind: 'response', dueAt: facts.responseDueAt };
  }
  return facts.resolutionDueAt ? { kind: 'resolution', dueAt: facts.resolutionDueAt } : null;
}

/** Days/hours (or hours/minutes under a day) between now and a deadline, for countdowns. */
export function durationParts(ms: number): { d: number; h: number; m: number } {
  const abs = Math.abs(ms);
  return { d: Math.floor(abs / (24 * HOUR)), h: Math.floor((abs % (24 * HOUR)) / HOUR), m: Math.floor((abs % HOUR) / 60_000) };
}
