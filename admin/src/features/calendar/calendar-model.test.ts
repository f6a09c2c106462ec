import { describe, expect, it } from 'vitest';
import { monthWeeks, namedSpans, shanghaiToday, yearTotals } from './calendar-model';
import type { CalendarDay } from './calendar-operations';

function day(date: string, weekday: number, type: CalendarDay['type'] = 'WORKDAY', name: string | null = null): CalendarDay {
  return {
    __typename: 'CalendarDayInfo',
    date,
    weekday,
    type,
    name,
    isWorkday: type === 'WORKDAY' || type === 'MAKEUP_WORKDAY',
    label: type,
    official: true,
    source: name ? 'OFFICIAL' : null,
  };
}

describe('calendar model', () => {
  it('counts "today" in Beijing, not in UTC', () => {
    expect(shanghaiToday(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(shanghaiToday(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it('lays a month out Monday first, padded at both ends', () => {
    // October 2026 starts on a Thursday (weekday 4) and has 31 days.
    const days = Array.from({ length: 31 }, (_, i) => day(`2026-10-${String(i + 1).padStart(2, '0')}`, (4 + i) % 7));
    const weeks = monthWeeks(days);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]!.slice(0, 3)).toEqual([null, null, null]);
    expect(weeks[0]![3]!.date).toBe('2026-10-01');
    expect(weeks[4]!.map((d) => d?.date ?? null)).toEqual(['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31', null]);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });

  it('names holidays as ranges, rest before make-up work', () => {
    const days = [
      day('2026-09-28', 1, 'MAKEUP_WORKDAY', '国庆节'),
      day('2026-10-01', 4, 'HOLIDAY', '国庆节'),
      day('2026-10-02', 5, 'HOLIDAY', '国庆节'),
      day('2026-10-03', 6, 'HOLIDAY', '国庆节'),
      day('2026-10-05', 1, 'HOLIDAY', '国庆节'),
      day('2026-10-06', 2, 'WORKDAY'),
      day('2026-10-10', 6, 'MAKEUP_WORKDAY', '国庆节'),
    ];
    expect(namedSpans(days)).toEqual([
      { kind: 'HOLIDAY', name: '国庆节', ranges: [[1, 3], [5, 5]] },
      { kind: 'MAKEUP_WORKDAY', name: '国庆节', ranges: [[28, 28], [10, 10]] },
    ]);
  });

  it('totals the year', () => {
    const days = [day('2026-10-01', 4, 'HOLIDAY', '国庆节'), day('2026-10-10', 6, 'MAKEUP_WORKDAY', '国庆节'), day('2026-10-11', 0, 'WEEKEND'), day('2026-10-12', 1)];
    days[3] = { ...days[3]!, source: 'ADMIN' };
    expect(yearTotals(days)).toEqual({ workdays: 2, holidays: 1, makeupWorkdays: 1, weekends: 1, adminDays: 1 });
  });
});
