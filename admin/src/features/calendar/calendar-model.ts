import type { CalendarDay } from './calendar-operations';

/** Today in Asia/Shanghai as `YYYY-MM-DD`: the calendar and every deadline count Beijing days (RULES.md §5). */
export function shanghaiToday(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** `YYYY-MM-DD` → month 1–12 and day 1–31. */
export function monthAndDay(date: string): { month: number; day: number } {
  return { month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Weekday columns Monday first, as Chinese wall calendars print them (`weekday` is 0 = Sunday … 6 = Saturday). */
export const WEEK_COLUMNS = [1, 2, 3, 4, 5, 6, 0] as const;

/**
 * One month as weeks of 7 cells (Monday first), `null` before the 1st and after the last day. The days come from
 * the server in date order, so grouping by the month in the date string is enough.
 */
export function monthWeeks(days: readonly CalendarDay[]): (CalendarDay | null)[][] {
  const weeks: (CalendarDay | null)[][] = [];
  let week: (CalendarDay | null)[] = [];
  for (const day of days) {
    const column = (day.weekday + 6) % 7;
    if (week.length === 0 && weeks.length === 0) week = Array<CalendarDay | null>(column).fill(null);
    week.push(day);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0) weeks.push([...week, ...Array<CalendarDay | null>(7 - week.length).fill(null)]);
  return weeks;
}

/** The year's days split into 12 months (index 0 = January). */
export function daysByMonth(days: readonly CalendarDay[]): CalendarDay[][] {
  const months: CalendarDay[][] = Array.from({ length: 12 }, () => []);
  for (const day of days) months[monthAndDay(day.date).month - 1]?.push(day);
  return months;
}

/** A named stretch of one month: consecutive holidays, or the make-up working days, of one holiday. */
export interface NamedSpan {
  kind: 'HOLIDAY' | 'MAKEUP_WORKDAY';
  /** The holiday's name; null for a rest or make-up day an admin left unnamed. */
  name: string | null;
  /** Ranges of days of the month, e.g. [[1, 8]] or [[14, 14], [28, 28]]. */
  ranges: [number, number][];
}

/**
 * What a month's holidays are called, for the line under its grid: "国庆节 休 1–8日" and "国庆节 班 11日". Days of
 * one holiday and kind are merged; consecutive days become one range.
 */
export function namedSpans(monthDays: readonly CalendarDay[]): NamedSpan[] {
  const spans: NamedSpan[] = [];
  for (const day of monthDays) {
    if (day.type !== 'HOLIDAY' && day.type !== 'MAKEUP_WORKDAY') continue;
    const dayOfMonth = monthAndDay(day.date).day;
    let span = spans.find((s) => s.kind === day.type && s.name === day.name);
    if (!span) {
      span = { kind: day.type, name: day.name, ranges: [] };
      spans.push(span);
    }
    const last = span.ranges[span.ranges.length - 1];
    if (last && last[1] === dayOfMonth - 1) last[1] = dayOfMonth;
    else span.ranges.push([dayOfMonth, dayOfMonth]);
  }
  // Rest before work: "休 国庆节 1–7日" reads first even when a make-up day precedes the holiday.
  return spans.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'HOLIDAY' ? -1 : 1));
}

export interface YearTotals {
  workdays: number;
  holidays: number;
  makeupWorkdays: number;
  weekends: number;
  /** Days an admin of the group set (source ADMIN), whatever they made of them. */
  adminDays: number;
}

export function yearTotals(days: readonly CalendarDay[]): YearTotals {
  const totals: YearTotals = { workdays: 0, holidays: 0, makeupWorkdays: 0, weekends: 0, adminDays: 0 };
  for (const day of days) {
    if (day.isWorkday) totals.workdays += 1;
    if (day.type === 'HOLIDAY') totals.holidays += 1;
    if (day.type === 'MAKEUP_WORKDAY') totals.makeupWorkdays += 1;
    if (day.type === 'WEEKEND') totals.weekends += 1;
    if (day.source === 'ADMIN') totals.adminDays += 1;
  }
  return totals;
}
