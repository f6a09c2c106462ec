import { DEFAULT_PERIOD_START_DAY, reportingMonthOf, reportingPeriod } from '@kesu/domain';

/** `YYYY-MM`, as the API takes it. */
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isReportMonth(value: string | null | undefined): value is string {
  return typeof value === 'string' && MONTH.test(value);
}

/**
 * The report month that is running now (RULES §7, XX 4.5): from the 25th a day belongs to next month's report,
 * so on 26 November the current report is December's.
 */
export function currentReportMonth(now: Date = new Date(), startDay: number = DEFAULT_PERIOD_START_DAY): string {
  return reportingMonthOf(now, startDay);
}

/** The period start day from the server's closing day (0 = calendar month). */
export function startDayOf(closingDay: number | undefined): number {
  if (closingDay === undefined) return DEFAULT_PERIOD_START_DAY;
  return closingDay >= 1 && closingDay <= 27 ? closingDay + 1 : 1;
}

/** First and last day (inclusive, `YYYY-MM-DD`) of a report month, for the label next to the picker. */
export function periodDates(month: string, startDay: number = DEFAULT_PERIOD_START_DAY): { firstDate: string; lastDate: string } {
  const { firstDate, lastDate } = reportingPeriod(month, startDay);
  return { firstDate, lastDate };
}

/** `YYYY-MM` shifted by whole months (for the "previous / next month" buttons). */
export function shiftReportMonth(month: string, by: number): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (mon - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
