import { describe, expect, it } from 'vitest';
import { currentReportMonth, isReportMonth, periodDates, shiftReportMonth, startDayOf } from './report-period';

/** An instant in Shanghai time (UTC+8). */
const sh = (local: string) => new Date(`${local}+08:00`);

describe('report period', () => {
  it('names the running report month after the 24th that closes it', () => {
    expect(currentReportMonth(sh('2026-11-24T23:59:59'))).toBe('2026-11');
    expect(currentReportMonth(sh('2026-11-25T00:00:00'))).toBe('2026-12');
    expect(currentReportMonth(sh('2026-12-26T09:00:00'))).toBe('2027-01');
  });

  it('spells out the period from the 25th of the previous month to the 24th', () => {
    expect(periodDates('2026-11')).toEqual({ firstDate: '2026-10-25', lastDate: '2026-11-24' });
    expect(periodDates('2026-01')).toEqual({ firstDate: '2025-12-25', lastDate: '2026-01-24' });
    // A group that closes on the 20th, or with the calendar month (closing day 0).
    expect(periodDates('2026-11', startDayOf(20))).toEqual({ firstDate: '2026-10-21', lastDate: '2026-11-20' });
    expect(periodDates('2026-02', startDayOf(0))).toEqual({ firstDate: '2026-02-01', lastDate: '2026-02-28' });
  });

  it('shifts months across years and validates the URL value', () => {
    expect(shiftReportMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftReportMonth('2026-12', 1)).toBe('2027-01');
    expect(isReportMonth('2026-11')).toBe(true);
    expect(isReportMonth('2026-13')).toBe(false);
    expect(isReportMonth(null)).toBe(false);
  });
});
