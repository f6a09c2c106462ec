import { describe, expect, it } from 'vitest';
import { CalendarYearMissingError, WorkingCalendar, addWallClock } from './working-calendar.js';
import { shanghaiDateOf } from './shanghai-time.js';

/** Shanghai wall-clock instant. */
const sh = (local: string) => new Date(`${local}+08:00`);

/** A calendar from plain data, as the server builds it from its table: 2030 with one holiday and one make-up day. */
const data = {
  years: [2030],
  days: [
    { date: '2030-05-01', isWorkday: false, name: '劳动节' }, // Wednesday off
    { date: '2030-05-04', isWorkday: true, name: '劳动节' }, // Saturday worked
  ],
};

describe('working-day calendar from plain data (RULES.md §5)', () => {
  const cal = new WorkingCalendar(data);

  it('knows plain weekdays, holidays and make-up working days', () => {
    expect(cal.isWorkday('2030-04-30')).toBe(true);
    expect(cal.isWorkday('2030-05-01')).toBe(false);
    expect(cal.isWorkday('2030-05-04')).toBe(true);
    expect(cal.isWorkday('2030-05-05')).toBe(false);
    expect(cal.dayInfo('2030-05-01')).toMatchObject({ type: 'HOLIDAY', name: '劳动节', weekday: 3, official: true });
    expect(cal.dayInfo('2030-05-04')).toMatchObject({ type: 'MAKEUP_WORKDAY', isWorkday: true });
    expect(cal.dayInfo('2030-05-05')).toMatchObject({ type: 'WEEKEND', name: null });
    expect(cal.dayInfo('2030-05-06')).toMatchObject({ type: 'WORKDAY' });
  });

  it('does not count the acceptance day, even a working day, and ends at 23:59:59.999 Shanghai (RULES.md §5, ours)', () => {
    // Tuesday 30 April 2030, 09:00: day 1 = Thu 2 May (1 May off), day 2 = Fri 3 May, day 3 = Sat 4 May (make-up).
    const due = cal.addWorkingDays(sh('2030-04-30T09:00:00'), 1);
    expect(due.toISOString()).toBe('2030-05-02T15:59:59.999Z');
    expect(shanghaiDateOf(cal.addWorkingDays(sh('2030-04-30T09:00:00'), 3))).toBe('2030-05-04');
    expect(shanghaiDateOf(cal.addWorkingDays(sh('2030-04-30T09:00:00'), 4))).toBe('2030-05-06');
    // Received late at night: still the same acceptance day.
    expect(cal.addWorkingDays(sh('2030-04-30T23:59:59'), 1)).toEqual(due);
    // One minute later it is 1 May (a holiday) and day 1 is still 2 May.
    expect(cal.addWorkingDays(sh('2030-05-01T00:00:00'), 1)).toEqual(due);
  });

  it('requires a positive whole number of working days and a valid instant', () => {
    expect(() => cal.addWorkingDays(sh('2030-04-30T09:00:00'), 0)).toThrow(RangeError);
    expect(() => cal.addWorkingDays(sh('2030-04-30T09:00:00'), -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays(sh('2030-04-30T09:00:00'), 1.5)).toThrow(/正整数/);
    expect(() => cal.addWorkingDays(new Date(Number.NaN), 1)).toThrow(/不是有效的时间/);
  });

  it('raises CalendarYearMissingError instead of guessing for a year without official data', () => {
    expect(() => cal.isWorkday('2031-01-02')).toThrow(CalendarYearMissingError);
    expect(() => cal.isWorkday('2029-12-31')).toThrow(CalendarYearMissingError);
    let error: unknown;
    try {
      cal.addWorkingDays(sh('2030-12-27T10:00:00'), 3); // Fri → Mon 30, Tue 31, then 2031
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalendarYearMissingError);
    expect((error as CalendarYearMissingError).year).toBe(2031);
    expect((error as CalendarYearMissingError).code).toBe('CALENDAR_YEAR_MISSING');
    expect((error as Error).message).toBe('2031 年的节假日数据尚未录入，无法计算工作日期限，请管理员先维护该年日历');
    // Ending exactly on 31 December does not need the next year.
    expect(shanghaiDateOf(cal.addWorkingDays(sh('2030-12-27T10:00:00'), 2))).toBe('2030-12-31');
    // The acceptance day itself may lie in a year without data: it is not counted.
    expect(shanghaiDateOf(new WorkingCalendar(data).addWorkingDays(sh('2029-12-31T10:00:00'), 1))).toBe('2030-01-01');
    expect(() => WorkingCalendar.empty().addWorkingDays(sh('2030-01-01T10:00:00'), 1)).toThrow(CalendarYearMissingError);
  });

  it('takes edits on top (later wins) and years added by admins', () => {
    const edited = cal.withEdits([{ date: '2030-05-02', isWorkday: false, name: '调整' }], [2031]);
    expect(edited.isWorkday('2030-05-02')).toBe(false);
    expect(cal.isWorkday('2030-05-02')).toBe(true);
    expect(edited.hasYear(2031)).toBe(true);
    expect(edited.isWorkday('2031-01-02')).toBe(true);
    expect(edited.years).toEqual([2030, 2031]);
    expect(new WorkingCalendar({ years: [2030], days: [...data.days, { date: '2030-05-01', isWorkday: true }] }).isWorkday('2030-05-01')).toBe(true);
  });

  it('keeps edits of a year not yet added without using them, but shows them', () => {
    const pending = new WorkingCalendar({ years: [2030], days: [{ date: '2031-01-01', isWorkday: false, name: '元旦' }] });
    expect(() => pending.isWorkday('2031-01-01')).toThrow(CalendarYearMissingError);
    expect(pending.dayInfo('2031-01-01')).toMatchObject({ official: false, isWorkday: false, type: 'HOLIDAY', name: '元旦' });
    expect(pending.dayInfo('2031-01-02')).toMatchObject({ official: false, isWorkday: true, type: 'WORKDAY' });
    expect(pending.withEdits([], [2031]).isWorkday('2031-01-01')).toBe(false);
  });

  it('lists a year for the admin, marking a year without data', () => {
    expect(cal.daysOfYear(2030)).toHaveLength(365);
    expect(cal.daysOfYear(2032)).toHaveLength(366);
    expect(cal.daysOfYear(2032).every((d) => !d.official)).toBe(true);
    expect(cal.daysOfYear(2030).filter((d) => d.type === 'HOLIDAY').map((d) => d.date)).toEqual(['2030-05-01']);
  });

  it('round-trips its data', () => {
    expect(new WorkingCalendar(cal.toData()).toData()).toEqual(cal.toData());
    expect(cal.toData()).toEqual({ years: [2030], days: data.days.map((d) => ({ ...d })) });
  });

  it('refuses malformed data', () => {
    expect(() => new WorkingCalendar({ years: [2030], days: [{ date: '2030-02-30', isWorkday: true }] })).toThrow(RangeError);
    expect(() => new WorkingCalendar({ years: [2030.5], days: [] })).toThrow(RangeError);
    expect(() => new WorkingCalendar({ years: [2030], days: [{ date: '2030-01-01' } as never] })).toThrow(RangeError);
  });

  it('counts working days between two instants (inverse of addWorkingDays)', () => {
    const t = sh('2030-04-30T09:00:00');
    for (const n of [1, 2, 3, 4, 10]) expect(cal.workingDaysBetween(t, cal.addWorkingDays(t, n))).toBe(n);
    expect(cal.workingDaysBetween(t, t)).toBe(0);
  });

  it('adds wall-clock minutes without any calendar (response and visit limits are wall-clock)', () => {
    const t = sh('2030-05-01T23:30:00');
    expect(addWallClock(t, 60).toISOString()).toBe('2030-05-01T16:30:00.000Z');
    expect(cal.addWallClock(t, 24 * 60)).toEqual(new Date(t.getTime() + 86_400_000));
    expect(() => addWallClock(t, Number.NaN)).toThrow(RangeError);
  });
});
