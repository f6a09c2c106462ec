import { CalendarYearMissingError, type WorkingCalendar } from '@kesu/domain';
import dayjs from 'dayjs';
import type { ComplaintStatus } from './complaints-operations';

/** Chinese date-time format used everywhere in the workbench. */
export const DATE_TIME_FORMAT = 'YYYY-MM-DD HH:mm';

export const formatDateTime = (value: string | null | undefined): string =>
  value ? dayjs(value).format(DATE_TIME_FORMAT) : '';

export type DueState = 'overdue' | 'soon' | 'ok';
/** Which deadline: the response (wall-clock hours), the resolution (working days) or the return visit (wall-clock hours). */
export type DueKind = 'response' | 'resolution' | 'returnVisit';

const HOUR = 3_600_000;
/** Wall-clock "soon" windows: 2 hours before a response deadline; 24 hours before a return visit is due. */
const SOON_WINDOW: Record<Exclude<DueKind, 'resolution'>, number> = { response: 2 * HOUR, returnVisit: 24 * HOUR };
/** Without a calendar, "1 working day before a resolution deadline" is approximated as 24 hours (see below). */
const RESOLUTION_FALLBACK_WINDOW = 24 * HOUR;

/**
 * Green / amber / red for a deadline at `now`: red once past it; amber within 2 h of a response deadline, within
 * 24 h of a return visit, or within one working day of a resolution deadline; green before.
 *
 * "Within one working day" of a resolution deadline, exactly (RULES.md §5 counting rule, the same the server uses
 * for deadlines): amber as soon as the deadline is no later than `calendar.addWorkingDays(now, 1)` — the end of the
 * first working day after today's Shanghai day. In other words a complaint is amber once a 1-working-day limit
 * counted from now would already reach its deadline. With deadlines at 23:59:59.999 of a working day D, that is
 * from 00:00 Asia/Shanghai of the last working day before D's day, whatever lies between:
 * - deadline Wednesday → amber from Tuesday 00:00 (on Monday, Tuesday is still a whole working day ahead);
 * - deadline Monday → amber from the previous Friday 00:00, through the weekend;
 * - deadline Thursday 2025-10-09 (first working day after National Day, 1–8 October off) → amber from Tuesday
 *   2025-09-30 00:00, through the whole holiday;
 * - deadline Monday 2025-10-13 → amber from Saturday 2025-10-11 00:00, a make-up working day (调休上班).
 *
 * Without a calendar (not loaded yet, no permission, or a year without holiday data: `addWorkingDays` throws
 * {@link CalendarYearMissingError}), it falls back to 24 hours before the deadline: on plain weekdays that is the
 * deadline day itself, one working day later than the exact rule — the earlier, safer amber comes with the calendar.
 */
export function dueState(dueAt: string, kind: DueKind, now: number = Date.now(), calendar?: WorkingCalendar | null): DueState {
  const due = Date.parse(dueAt);
  const left = due - now;
  if (left < 0) return 'overdue';
  if (kind !== 'resolution') return left <= SOON_WINDOW[kind] ? 'soon' : 'ok';
  const oneWorkingDayFromNow = workingDayLimit(calendar, now);
  if (oneWorkingDayFromNow !== null) return due <= oneWorkingDayFromNow ? 'soon' : 'ok';
  return left <= RESOLUTION_FALLBACK_WINDOW ? 'soon' : 'ok';
}

/** End of the first working day after `now`'s Shanghai day, or null when the calendar cannot tell. */
function workingDayLimit(calendar: WorkingCalendar | null | undefined, now: number): number | null {
  if (!calendar) return null;
  try {
    return calendar.addWorkingDays(new Date(now), 1).getTime();
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return null;
    throw error;
  }
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
