import { describe, expect, it } from 'vitest';
import { reportingMonthOf, reportingPeriod } from './reporting-period.js';

const sh = (local: string) => new Date(`${local}+08:00`);

describe('monthly reporting period (RULES.md §7; XX 4.5: 上月25日至当月24日)', () => {
  it('runs from the 25th of the previous month to the 24th, in Asia/Shanghai', () => {
    const p = reportingPeriod('2026-11');
    expect(p).toEqual({
      month: '2026-11',
      firstDate: '2026-10-25',
      lastDate: '2026-11-24',
      start: sh('2026-10-25T00:00:00'),
      end: sh('2026-11-25T00:00:00'),
    });
  });

  it('crosses the year in January and handles February', () => {
    expect(reportingPeriod('2026-01')).toMatchObject({ firstDate: '2025-12-25', lastDate: '2026-01-24' });
    expect(reportingPeriod('2026-03')).toMatchObject({ firstDate: '2026-02-25', lastDate: '2026-03-24' });
  });

  it('puts an instant into the report it counts in', () => {
    expect(reportingMonthOf(sh('2026-11-24T23:59:59'))).toBe('2026-11');
    expect(reportingMonthOf(sh('2026-11-25T00:00:00'))).toBe('2026-12');
    expect(reportingMonthOf(sh('2026-12-25T08:00:00'))).toBe('2027-01');
    // 24 November 16:30 UTC is already the 25th in Shanghai.
    expect(reportingMonthOf(new Date('2026-11-24T16:30:00Z'))).toBe('2026-12');
  });

  it('takes a configurable start day; 1 means the calendar month', () => {
    expect(reportingPeriod('2026-11', 26)).toMatchObject({ firstDate: '2026-10-26', lastDate: '2026-11-25' });
    expect(reportingPeriod('2026-02', 1)).toMatchObject({ firstDate: '2026-02-01', lastDate: '2026-02-28' });
    expect(reportingPeriod('2026-12', 1)).toMatchObject({ firstDate: '2026-12-01', lastDate: '2026-12-31', end: sh('2027-01-01T00:00:00') });
    expect(reportingMonthOf(sh('2026-11-30T12:00:00'), 1)).toBe('2026-11');
    expect(() => reportingPeriod('2026-11', 29)).toThrow(RangeError);
    expect(() => reportingPeriod('2026-13')).toThrow(/YYYY-MM/);
  });

  it('periods tile the timeline: each ends where the next starts', () => {
    for (const [a, b] of [
      ['2025-12', '2026-01'],
      ['2026-01', '2026-02'],
      ['2026-02', '2026-03'],
    ] as const) {
      expect(reportingPeriod(a).end).toEqual(reportingPeriod(b).start);
    }
  });
});
