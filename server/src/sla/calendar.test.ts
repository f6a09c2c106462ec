import { createOfficialCalendar } from '@kesu/domain/official-calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { User } from '../identity/user.entity.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { CalendarDay, CalendarYear } from './calendar-day.entity.js';
import { ensureOfficialCalendar, invalidateCalendar } from './calendar.service.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const YEAR = `query($year: Int!) {
  workingCalendar(year: $year) { year official source workdayCount days { date isWorkday type label name weekday official source } }
}`;
const ADD = `query($from: DateTime!, $days: Int!) { addWorkingDays(from: $from, days: $days) }`;
const SET = `mutation($input: SetCalendarDayInput!) { setCalendarDay(input: $input) { day { date isWorkday type label name official source } } }`;
const ADD_YEAR = `mutation($input: AddCalendarYearInput!) { addCalendarYear(input: $input) { workingCalendar { year official source workdayCount days { date } } } }`;

const dayCount = () => app.orm.em.fork().count(CalendarDay, {});
const yearCount = () => app.orm.em.fork().count(CalendarYear, {});
const dayRow = (date: string) => app.orm.em.fork().findOne(CalendarDay, { date });

/** The 2025 National Day: 10-01…10-08 off, Sunday 09-28 and Saturday 10-11 worked (国务院办公厅). */
const NATIONAL_DAY_FROM = '2025-09-30T10:00:00+08:00';

describe('workingCalendar', () => {
  it('shows every day of an official year with types, Chinese labels and sources', async () => {
    const res = await app.gql(YEAR, { year: 2025 }, await app.tokenFor('ysf.head'));
    expect(res.errors).toBeUndefined();
    const calendar = res.data!.workingCalendar;
    expect(calendar).toMatchObject({ year: 2025, official: true, source: 'OFFICIAL' });
    expect(calendar.days).toHaveLength(365);
    const official = createOfficialCalendar().daysOfYear(2025);
    expect(calendar.workdayCount).toBe(official.filter((d) => d.isWorkday).length);
    expect(calendar.days.map((d: any) => d.isWorkday)).toEqual(official.map((d) => d.isWorkday));
    const day = (date: string) => calendar.days.find((d: any) => d.date === date);
    expect(day('2025-10-01')).toEqual({ date: '2025-10-01', isWorkday: false, type: 'HOLIDAY', label: '节假日休息', name: '国庆节', weekday: 3, official: true, source: 'OFFICIAL' });
    expect(day('2025-09-28')).toMatchObject({ isWorkday: true, type: 'MAKEUP_WORKDAY', label: '调休上班', name: '国庆节', source: 'OFFICIAL' });
    expect(day('2025-10-13')).toMatchObject({ isWorkday: true, type: 'WORKDAY', label: '工作日', name: null, source: null });
    expect(day('2025-10-18')).toMatchObject({ isWorkday: false, type: 'WEEKEND', label: '周末休息', source: null });
  });

  it('a year without data is visible as such', async () => {
    const res = await app.gql(YEAR, { year: 2027 }, await app.tokenFor('east.cr.exec'));
    expect(res.data!.workingCalendar).toMatchObject({ year: 2027, official: false, source: null });
    expect(res.data!.workingCalendar.days).toHaveLength(365);
    expect(res.data!.workingCalendar.days.every((d: any) => d.official === false && d.source === null)).toBe(true);
  });

  it('refuses an impossible year and an anonymous caller', async () => {
    const res = await app.gql(YEAR, { year: 1800 }, await app.tokenFor('ysf.head'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect((await app.gql(YEAR, { year: 2025 })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('addWorkingDays', () => {
  it('counts over the 2025 National Day: acceptance day not counted, make-up Saturday counted, ends 23:59:59.999 Shanghai', async () => {
    const expected = createOfficialCalendar().addWorkingDays(new Date(NATIONAL_DAY_FROM), 5);
    expect(expected.toISOString()).toBe('2025-10-14T15:59:59.999Z'); // 2025-10-14T23:59:59.999+08:00
    const res = await app.gql(ADD, { from: NATIONAL_DAY_FROM, days: 5 }, await app.tokenFor('ysf.agent'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.addWorkingDays).toBe('2025-10-14T15:59:59.999Z');
  });

  it.each([
    [{ days: 0 }, 'days'],
    [{ days: 366 }, 'days'],
    [{ from: '2025-09-30 10:00' }, 'from'],
    [{ from: '2025-09-30T10:00:00' }, 'from'],
  ])('refuses %j naming the argument', async (patch, field) => {
    const res = await app.gql(ADD, { from: NATIONAL_DAY_FROM, days: 5, ...patch }, await app.tokenFor('ysf.agent'));
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    if (field === 'days') expect(res.errors?.[0]?.extensions?.field).toBe('days');
    else expect(res.errors?.[0]?.message).toContain('$from');
  });

  it('counting into a year without data is BAD_USER_INPUT with the calendar message', async () => {
    const within = await app.gql(ADD, { from: '2026-12-24T10:00:00+08:00', days: 4 }, await app.tokenFor('ysf.agent'));
    expect(within.data!.addWorkingDays).toBe('2026-12-30T15:59:59.999Z');
    const res = await app.gql(ADD, { from: '2026-12-28T10:00:00+08:00', days: 5 }, await app.tokenFor('ysf.agent'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
    expect(res.errors?.[0]?.message).toBe('2027 年的节假日数据尚未录入，无法计算工作日期限，请管理员先维护该年日历');
  });
});

describe('setCalendarDay', () => {
  it('outside the group admin role: FORBIDDEN, nothing written', async () => {
    const before = await dayCount();
    for (const login of ['south.admin', 'ysf.head']) {
      const res = await app.gql(SET, { input: { date: '2025-10-11', isWorkday: false } }, await app.tokenFor(login));
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    }
    expect(await dayCount()).toBe(before);
    expect(await dayRow('2025-10-11')).toMatchObject({ isWorkday: true, source: 'OFFICIAL' });
  });

  it.each([
    [{ date: '2025-02-30' }, 'date'],
    [{ date: '2025/10/11' }, 'date'],
    [{ name: '节'.repeat(51) }, 'name'],
  ])('refuses %j naming the field, nothing written', async (patch, field) => {
    const before = await dayCount();
    const res = await app.gql(SET, { input: { date: '2025-10-20', isWorkday: false, ...patch } }, await app.tokenFor('admin'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await dayCount()).toBe(before);
    expect(await dayRow('2025-10-20')).toBeNull();
  });

  it('the group admin cancels the make-up Saturday: the deadline moves a day', async () => {
    const admin = await app.tokenFor('admin');
    const res = await app.gql(SET, { input: { date: '2025-10-11', isWorkday: false, name: '国庆节' } }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.setCalendarDay.day).toEqual({
      date: '2025-10-11',
      isWorkday: false,
      type: 'HOLIDAY',
      label: '节假日休息',
      name: '国庆节',
      official: true,
      source: 'ADMIN',
    });
    const adminUser = await app.orm.em.fork().findOneOrFail(User, { login: 'admin' });
    expect(await dayRow('2025-10-11')).toMatchObject({ isWorkday: false, source: 'ADMIN', updatedBy: adminUser.id });

    const moved = await app.gql(ADD, { from: NATIONAL_DAY_FROM, days: 5 }, await app.tokenFor('ysf.agent'));
    expect(moved.data!.addWorkingDays).toBe('2025-10-15T15:59:59.999Z');
    const year = await app.gql(YEAR, { year: 2025 }, await app.tokenFor('ysf.agent'));
    expect(year.data!.workingCalendar.days.find((d: any) => d.date === '2025-10-11')).toMatchObject({ isWorkday: false, source: 'ADMIN' });

    const created = await app.gql(SET, { input: { date: '2025-10-13', isWorkday: false, name: '  ' } }, admin);
    expect(created.data!.setCalendarDay.day).toMatchObject({ isWorkday: false, type: 'HOLIDAY', name: null, source: 'ADMIN' });
    const again = await app.gql(ADD, { from: NATIONAL_DAY_FROM, days: 5 }, await app.tokenFor('ysf.agent'));
    expect(again.data!.addWorkingDays).toBe('2025-10-16T15:59:59.999Z');
  });
});

describe('addCalendarYear', () => {
  it('refuses a year that already has data, and years out of range, writing nothing', async () => {
    const before = await yearCount();
    for (const year of [2026, 1999, 2101]) {
      const res = await app.gql(ADD_YEAR, { input: { year } }, await app.tokenFor('admin'));
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    }
    expect(await yearCount()).toBe(before);
  });

  it('outside the group admin role: FORBIDDEN, nothing written', async () => {
    const before = await yearCount();
    for (const login of ['south.admin', 'group.cr']) {
      const res = await app.gql(ADD_YEAR, { input: { year: 2027 } }, await app.tokenFor(login));
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await yearCount()).toBe(before);
  });

  it('days entered ahead take effect once the admin adds the year; deadlines then reach into it', async () => {
    const admin = await app.tokenFor('admin');
    // 2027-01-01 is a Friday; the admin enters New Year's Day before the year is complete.
    const pending = await app.gql(SET, { input: { date: '2027-01-01', isWorkday: false, name: '元旦' } }, admin);
    // Shown as entered, but not counted until the year is added (official: false).
    expect(pending.data!.setCalendarDay.day).toMatchObject({ official: false, isWorkday: false, type: 'HOLIDAY', name: '元旦', source: 'ADMIN' });
    const blocked = await app.gql(ADD, { from: '2026-12-30T09:00:00+08:00', days: 3 }, admin);
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });

    const res = await app.gql(ADD_YEAR, { input: { year: 2027 } }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.addCalendarYear.workingCalendar).toMatchObject({ year: 2027, official: true, source: 'ADMIN' });
    expect(res.data!.addCalendarYear.workingCalendar.days).toHaveLength(365);
    expect(await app.orm.em.fork().findOne(CalendarYear, { year: 2027 })).toMatchObject({ source: 'ADMIN' });

    // 12-30 accepted; 12-31 (Thu) 1, 01-01 holiday, 01-04 (Mon) 2, 01-05 3.
    const reached = await app.gql(ADD, { from: '2026-12-30T09:00:00+08:00', days: 3 }, await app.tokenFor('ysf.agent'));
    expect(reached.data!.addWorkingDays).toBe('2027-01-05T15:59:59.999Z');

    const twice = await app.gql(ADD_YEAR, { input: { year: 2027 } }, admin);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });
});

describe('official data for a year an admin added by hand', () => {
  it('fills the year in when it arrives, keeps the days the admin set, and counts the year as official', async () => {
    const em = app.orm.em.fork();
    const groupId = (await em.findOneOrFail(CalendarYear, { year: 2026 })).groupId;
    // As if 2026 had been entered by hand before the State Council published it.
    await em.nativeDelete(CalendarDay, { groupId, date: { $gte: '2026-01-01', $lte: '2026-12-31' } });
    await em.nativeDelete(CalendarYear, { groupId, year: 2026 });
    invalidateCalendar(groupId);
    const admin = await app.tokenFor('admin');
    expect((await app.gql(ADD_YEAR, { input: { year: 2026 } }, admin)).errors).toBeUndefined();
    // 2026-10-09 is a Friday the admin made a rest day; officially it is a plain working day.
    expect((await app.gql(SET, { input: { date: '2026-10-09', isWorkday: false, name: '公司活动日' } }, admin)).errors).toBeUndefined();
    expect((await app.gql(YEAR, { year: 2026 }, admin)).data!.workingCalendar.days.find((d: any) => d.date === '2026-10-01')).toMatchObject({ isWorkday: true });

    await ensureOfficialCalendar(app.orm.em.fork(), groupId);
    const year = (await app.gql(YEAR, { year: 2026 }, admin)).data!.workingCalendar;
    expect(year).toMatchObject({ official: true, source: 'OFFICIAL' });
    const day = (date: string) => year.days.find((d: any) => d.date === date);
    expect(day('2026-10-01')).toMatchObject({ isWorkday: false, type: 'HOLIDAY', source: 'OFFICIAL' });
    expect(day('2026-10-09')).toMatchObject({ isWorkday: false, name: '公司活动日', source: 'ADMIN' });
    expect(year.workdayCount).toBe(createOfficialCalendar().daysOfYear(2026).filter((d) => d.isWorkday).length - 1);
  });
});
