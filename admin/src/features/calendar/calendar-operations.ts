import { graphql } from '../../graphql/generated';
import type { WorkingCalendarQuery } from '../../graphql/generated/graphql';

export type { CalendarDayType, CalendarSource } from '../../graphql/generated/graphql';

/** One year of the group's working calendar, every day with its type, name and where it came from. */
export const WORKING_CALENDAR_QUERY = graphql(`
  query WorkingCalendar($year: Int!) {
    workingCalendar(year: $year) {
      year
      official
      source
      workdayCount
      days {
        date
        isWorkday
        type
        label
        name
        weekday
        official
        source
      }
    }
  }
`);

export type WorkingCalendarYear = WorkingCalendarQuery['workingCalendar'];
export type CalendarDay = WorkingCalendarYear['days'][number];

export const SET_CALENDAR_DAY_MUTATION = graphql(`
  mutation SetCalendarDay($input: SetCalendarDayInput!) {
    setCalendarDay(input: $input) {
      day {
        date
        isWorkday
        type
        label
        name
        weekday
        official
        source
      }
    }
  }
`);

export const ADD_CALENDAR_YEAR_MUTATION = graphql(`
  mutation AddCalendarYear($input: AddCalendarYearInput!) {
    addCalendarYear(input: $input) {
      workingCalendar {
        year
        official
        source
        workdayCount
      }
    }
  }
`);
