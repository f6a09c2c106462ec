import { WorkingCalendar, type CalendarDay } from '@kesu/domain';
import { describe, expect, it } from 'vitest';
import { dueState } from './due-time';
import { calendarFromYears } from './use-working-calendar';
import type { WorkbenchCalendarYear } from './working-calendar-operations';

/** 2025 as the server sends it: National Day 1–8 October off, Sunday 28 September and Saturday 11 October worked. */
const NATIONAL_DAY_2025: CalendarDay[] = [
  { date: '2025-09-28', isWorkday: true, name: '国庆节' },
  ...['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => ({ date: `2025-10-${d}`, isWorkday: false, name: '国庆节' })),
  { date: '2025-10-11', isWorkday: true, name: '国庆节' },
];
const serverYear = (year: number, official: boolean, overrides: CalendarDay[] = []): WorkbenchCalendarYear => ({
  __typename: 'WorkingCalendarYear',
  year,
  official,
  days: new WorkingCalendar({ days: overrides, years: [year] })
    .daysOfYear(year)
    .map((d) => ({ __typename: 'CalendarDayInfo' as const, date: d.date, isWorkday: d.isWorkday })),
});
const calendar = calendarFromYears([serverYear(2025, true, NATIONAL_DAY_2025), serverYear(2026, false)])!;

/** An instant given as Asia/Shanghai wall-clock time. */
const shanghai = (local: string) => Date.parse(`${local}+08:00`);
/** A resolution deadline: the end of a Shanghai working day, as the server computes it. */
const endOf = (date: string) => new Date(shanghai(`${date}T23:59:59.999`)).toISOString();

describe('amber window of a resolution deadline: one working day, by the PRC calendar', () => {
  it('builds the calendar from the official years only', () => {
    expect(calendar.years).toEqual([2025]);
    expect(calendarFromYears([serverYear(2025, false)])).toBeNull();
    expect(calendarFromYears([undefined, null])).toBeNull();
  });

  it('on plain weekdays: amber from 00:00 of the working day before the deadline day', () => {
    const due = endOf('2025-11-19'); // Wednesday
    expect(dueState(due, 'resolution', shanghai('2025-11-17T23:59:59'), calendar)).toBe('ok');
    expect(dueState(due, 'resolution', shanghai('2025-11-18T00:00:00'), calendar)).toBe('soon');
    expect(dueState(due, 'resolution', shanghai('2025-11-18T09:00:00'), calendar)).toBe('soon');
    // The 24-hour approximation would still say green on Tuesday morning (39 h left).
    expect(dueState(due, 'resolution', shanghai('2025-11-18T09:00:00'))).toBe('ok');
    expect(dueState(due, 'resolution', shanghai('2025-11-20T00:00:00'), calendar)).toBe('overdue');
  });

  it('over a weekend: a Monday deadline turns amber on Friday, not on Sunday night', () => {
    const due = endOf('2025-11-17'); // Monday
    expect(dueState(due, 'resolution', shanghai('2025-11-13T23:59:00'), calendar)).toBe('ok');
    expect(dueState(due, 'resolution', shanghai('2025-11-14T00:00:00'), calendar)).toBe('soon');
    expect(dueState(due, 'resolution', shanghai('2025-11-16T12:00:00'), calendar)).toBe('soon');
    expect(dueState(due, 'resolution', shanghai('2025-11-16T12:00:00'))).toBe('ok');
  });

  it('over National Day: the first working day after the holiday is amber from the last one before it', () => {
    const due = endOf('2025-10-09'); // Thursday after 1–8 October
    expect(dueState(due, 'resolution', shanghai('2025-09-29T23:59:59'), calendar)).toBe('ok');
    expect(dueState(due, 'resolution', shanghai('2025-09-30T00:00:00'), calendar)).toBe('soon');
    expect(dueState(due, 'resolution', shanghai('2025-10-04T12:00:00'), calendar)).toBe('soon');
    // Without the calendar the agent back from the holiday would have found it green until 9 October.
    expect(dueState(due, 'resolution', shanghai('2025-10-04T12:00:00'))).toBe('ok');
    expect(dueState(due, 'resolution', shanghai('2025-10-09T00:00:00'))).toBe('soon');
  });

  it('counts a make-up working day (调休上班) as the working day before', () => {
    const due = endOf('2025-10-13'); // Monday; Saturday 11 October is worked
    expect(dueState(due, 'resolution', shanghai('2025-10-10T23:59:59'), calendar)).toBe('ok');
    expect(dueState(due, 'resolution', shanghai('2025-10-11T00:00:00'), calendar)).toBe('soon');
    expect(dueState(due, 'resolution', shanghai('2025-10-12T08:00:00'), calendar)).toBe('soon');
  });

  it('falls back to 24 hours when the next working day lies in a year without data', () => {
    // 31 December 2025: the next working day is in 2026, which has no data here.
    const due = endOf('2026-01-05');
    expect(dueState(due, 'resolution', shanghai('2025-12-31T10:00:00'), calendar)).toBe('ok');
    expect(dueState(due, 'resolution', shanghai('2026-01-05T08:00:00'), calendar)).toBe('soon');
    // With 2025 alone the question stays answerable inside the year.
    expect(dueState(endOf('2025-12-31'), 'resolution', shanghai('2025-12-30T10:00:00'), calendar)).toBe('soon');
  });

  it('leaves the wall-clock windows alone: 2 h for a response, 24 h for a return visit', () => {
    const now = shanghai('2025-11-18T09:00:00');
    expect(dueState(new Date(now + 90 * 60_000).toISOString(), 'response', now, calendar)).toBe('soon');
    expect(dueState(new Date(now + 3 * 3_600_000).toISOString(), 'response', now, calendar)).toBe('ok');
    expect(dueState(new Date(now + 23 * 3_600_000).toISOString(), 'returnVisit', now, calendar)).toBe('soon');
    expect(dueState(new Date(now + 30 * 3_600_000).toISOString(), 'returnVisit', now, calendar)).toBe('ok');
  });
});
