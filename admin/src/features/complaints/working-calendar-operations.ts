import { graphql } from '../../graphql/generated';
import type { WorkbenchCalendarYearQuery } from '../../graphql/generated/graphql';

/**
 * The little of the working calendar the workbench needs for its amber windows: each day's "working or not" and
 * whether the year has holiday data at all. (The calendar page asks for far more of the same field; both share
 * Apollo's cache entry for `workingCalendar(year)`.)
 */
export const WORKBENCH_CALENDAR_YEAR_QUERY = graphql(`
  query WorkbenchCalendarYear($year: Int!) {
    workingCalendar(year: $year) {
      year
      official
      days {
        date
        isWorkday
      }
    }
  }
`);

export type WorkbenchCalendarYear = WorkbenchCalendarYearQuery['workingCalendar'];
