import { useQuery } from '@apollo/client/react';
import { WorkingCalendar, shanghaiDayNumber, yearOfDayNumber, type CalendarDay } from '@kesu/domain';
import { useMemo } from 'react';
import { WORKBENCH_CALENDAR_YEAR_QUERY, type WorkbenchCalendarYear } from './working-calendar-operations';

/**
 * The group's working calendar for the amber windows of resolution deadlines (see `dueState`): this year and the
 * next (a working day after late December lies in it), each asked once per session — cache-first, so the list, the
 * detail page and every re-render share the same two answers.
 *
 * Null until this year is loaded (or when it cannot be: an error, no data for the year); callers then fall back to
 * the 24-hour approximation. A year the server has no holiday data for (`official: false`) is left out of the
 * calendar, so a question reaching into it raises CalendarYearMissingError and falls back the same way.
 */
export function useWorkingCalendar(now: number = Date.now()): WorkingCalendar | null {
  const year = yearOfDayNumber(shanghaiDayNumber(new Date(now)));
  const thisYear = useQuery(WORKBENCH_CALENDAR_YEAR_QUERY, { variables: { year }, fetchPolicy: 'cache-first' });
  const nextYear = useQuery(WORKBENCH_CALENDAR_YEAR_QUERY, { variables: { year: year + 1 }, fetchPolicy: 'cache-first' });
  const current = thisYear.data?.workingCalendar;
  const following = nextYear.data?.workingCalendar;
  return useMemo(() => calendarFromYears([current, following]), [current, following]);
}

/** A domain calendar from the years the server answered; null when none of them has holiday data. */
export function calendarFromYears(years: readonly (WorkbenchCalendarYear | null | undefined)[]): WorkingCalendar | null {
  const official = years.filter((y): y is WorkbenchCalendarYear => Boolean(y?.official));
  if (official.length === 0) return null;
  const days: CalendarDay[] = official.flatMap((y) => y.days.map((d) => ({ date: d.date, isWorkday: d.isWorkday })));
  try {
    return new WorkingCalendar({ days, years: official.map((y) => y.year) });
  } catch {
    // Malformed data from the server: no calendar rather than a broken page; the 24-hour rule still colours rows.
    return null;
  }
}
