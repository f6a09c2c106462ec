import chineseDays from 'chinese-days';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOfficialCalendar, officialCalendarData, officialCalendarDays, officialCalendarYears } from './official-calendar.js';
import { endOfShanghaiDay, shanghaiDateOf } from './shanghai-time.js';
import { CalendarYearMissingError } from './working-calendar.js';

const sh = (local: string) => new Date(`${local}+08:00`);
const cal = createOfficialCalendar();
const due = (received: string, n: number) => shanghaiDateOf(cal.addWorkingDays(sh(received), n));

describe('official PRC calendar from chinese-days (RULES.md §5)', () => {
  it('covers 2004–2026 and nothing else', () => {
    const years = officialCalendarYears();
    expect(years[0]).toBe(2004);
    expect(years.at(-1)).toBe(2026);
    expect(years).toHaveLength(23);
    expect(cal.hasYear(2027)).toBe(false);
    expect(() => officialCalendarDays(2027)).toThrow(CalendarYearMissingError);
  });

  it('exposes holidays and make-up working days with Chinese names, to seed the server table', () => {
    const oct = officialCalendarDays(2025).filter((d) => d.date >= '2025-09-28' && d.date <= '2025-10-11');
    expect(oct.filter((d) => d.isWorkday).map((d) => d.date)).toEqual(['2025-09-28', '2025-10-11']);
    expect(oct.filter((d) => !d.isWorkday).map((d) => d.date)).toEqual([
      '2025-10-01',
      '2025-10-02',
      '2025-10-03',
      '2025-10-04',
      '2025-10-05',
      '2025-10-06',
      '2025-10-07',
      '2025-10-08',
    ]);
    expect(oct[0]).toEqual({ date: '2025-09-28', isWorkday: true, name: '国庆节' });
    const spring = officialCalendarDays(2026).filter((d) => d.name === '春节');
    expect(spring.filter((d) => d.isWorkday).map((d) => d.date)).toEqual(['2026-02-14', '2026-02-28']);
    expect(spring.filter((d) => !d.isWorkday)).toHaveLength(9); // 15–23 February
    expect(officialCalendarData().years).toEqual(officialCalendarYears());
  });

  it('agrees with chinese-days\' own functions on every day 2004–2026 (where the host zone lets them work)', () => {
    // chinese-days' functions shift every holiday one day earlier when the host is west of UTC (see
    // official-calendar.ts); the JSON we read has no such dependency. Compare where the functions are right.
    const eastOfUtc = new Date(2025, 0, 1).getTimezoneOffset() <= 0;
    let compared = 0;
    for (const year of officialCalendarYears()) {
      const days = cal.daysOfYear(year);
      for (const day of days) {
        const [y, m, d] = day.date.split('-').map(Number) as [number, number, number];
        const theirs = chineseDays.getDayDetail(new Date(y, m - 1, d, 12));
        if (eastOfUtc) {
          expect(theirs.work, day.date).toBe(day.isWorkday);
          compared++;
        }
      }
    }
    expect(compared).toBe(eastOfUtc ? 8401 : 0);
  });

  it('2025 National Day (10-01…10-08 off, Sun 09-28 and Sat 10-11 worked): received Fri 09-26 → 5 working days end Fri 10-10', () => {
    expect(cal.dayInfo('2025-09-28')).toMatchObject({ type: 'MAKEUP_WORKDAY', name: '国庆节' });
    expect(cal.dayInfo('2025-10-04')).toMatchObject({ type: 'HOLIDAY', isWorkday: false });
    expect(due('2025-09-26T10:00:00', 1)).toBe('2025-09-28');
    expect(due('2025-09-26T10:00:00', 3)).toBe('2025-09-30');
    expect(due('2025-09-26T10:00:00', 4)).toBe('2025-10-09');
    expect(cal.addWorkingDays(sh('2025-09-26T10:00:00'), 5)).toEqual(endOfShanghaiDay('2025-10-10'));
  });

  it('2025 National Day: received on a holiday (10-03) → day 3 is the make-up Saturday 10-11, day 5 is Tue 10-14', () => {
    expect(due('2025-10-03T15:00:00', 1)).toBe('2025-10-09');
    expect(due('2025-10-03T15:00:00', 3)).toBe('2025-10-11');
    expect(due('2025-10-03T15:00:00', 5)).toBe('2025-10-14');
  });

  it('2026 Spring Festival (02-15…02-23 off, Sat 02-14 and Sat 02-28 worked): received Fri 02-13 → 5 / 15 working days', () => {
    expect(due('2026-02-13T09:00:00', 1)).toBe('2026-02-14');
    expect(due('2026-02-13T09:00:00', 2)).toBe('2026-02-24');
    expect(due('2026-02-13T09:00:00', 5)).toBe('2026-02-27');
    expect(due('2026-02-13T09:00:00', 6)).toBe('2026-02-28');
    expect(due('2026-02-13T09:00:00', 15)).toBe('2026-03-12');
  });

  it('a deadline crossing into 2027 (no official data yet) raises a clear error', () => {
    expect(due('2026-12-28T10:00:00', 3)).toBe('2026-12-31');
    expect(() => cal.addWorkingDays(sh('2026-12-28T10:00:00'), 5)).toThrow(CalendarYearMissingError);
    expect(() => cal.addWorkingDays(sh('2026-12-28T10:00:00'), 5)).toThrow('2027 年的节假日数据尚未录入');
  });

  it('an admin can add 2027 by entering its days', () => {
    const with2027 = createOfficialCalendar([{ date: '2027-01-01', isWorkday: false, name: '元旦' }], [2027]);
    expect(shanghaiDateOf(with2027.addWorkingDays(sh('2026-12-28T10:00:00'), 5))).toBe('2027-01-05');
  });

  it('addWorkingDays lands on a working day, at its end, after exactly n working days, increasing in n (property)', () => {
    const from = sh('2004-01-01T00:00:00').getTime();
    const to = sh('2026-09-30T23:59:59').getTime();
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), fc.integer({ min: 1, max: 40 }), (ms, n) => {
        const t = new Date(ms);
        const d = cal.addWorkingDays(t, n);
        const next = cal.addWorkingDays(t, n + 1);
        expect(cal.isWorkdayAt(d)).toBe(true);
        expect(shanghaiDateOf(new Date(d.getTime() + 1))).not.toBe(shanghaiDateOf(d)); // 23:59:59.999
        expect(d.getTime()).toBeGreaterThan(t.getTime());
        expect(next.getTime()).toBeGreaterThan(d.getTime());
        expect(cal.workingDaysBetween(t, d)).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });
});
