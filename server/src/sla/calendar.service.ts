import { CALENDAR_DAY_TYPE_LABELS, CalendarYearMissingError, WorkingCalendar, type CalendarDayInfo } from '@kesu/domain';
import { officialCalendarDays, officialCalendarYears } from '@kesu/domain/official-calendar';
import { subject } from '@kesu/permissions';
import type { EntityManager } from '@mikro-orm/postgresql';
import { callerGroupId } from '../graphql/caller-group.js';
import type { Context } from '../graphql/context.js';
import { badInput, forbidden } from '../graphql/errors.js';
import { parseInput } from '../graphql/validation.js';
import { CalendarDay, CalendarYear, type CalendarDaySource } from './calendar-day.entity.js';
import {
  addCalendarYearSchema,
  addWorkingDaysSchema,
  calendarYearSchema,
  setCalendarDaySchema,
  type AddCalendarYearInput,
  type SetCalendarDayInput,
} from './calendar.inputs.js';
import type { CalendarDayInfoType, WorkingCalendarYearType } from './calendar.types.js';

/**
 * Copies the official PRC holiday data into a group's calendar for every year it does not have yet — including a
 * year an admin added by hand before the State Council published it: the official days fill it in, and from then
 * on it counts as official. Rows an admin edited are never touched (`on conflict do nothing`), so re-running
 * after a package update only adds what is new.
 */
export async function ensureOfficialCalendar(em: EntityManager, groupId: string): Promise<void> {
  const officialYears = new Set((await em.find(CalendarYear, { groupId, source: 'OFFICIAL' })).map((row) => row.year));
  const missing = officialCalendarYears().filter((year) => !officialYears.has(year));
  if (missing.length === 0) return;
  const days = missing.flatMap((year) => officialCalendarDays(year).map((day) => ({ ...day, year })));
  const knex = em.getKnex();
  await em.transactional(async (tx) => {
    const trx = tx.getTransactionContext();
    for (let i = 0; i < days.length; i += 500) {
      const rows = days.slice(i, i + 500).map((day) => ({
        id: crypto.randomUUID(),
        group_id: groupId,
        date: day.date,
        is_workday: day.isWorkday,
        name: day.name ?? null,
        source: 'OFFICIAL',
      }));
      await knex('calendar_day').insert(rows).onConflict(['group_id', 'date']).ignore().transacting(trx);
    }
    await knex('calendar_year')
      .insert(missing.map((year) => ({ id: crypto.randomUUID(), group_id: groupId, year, source: 'OFFICIAL' })))
      .onConflict(['group_id', 'year'])
      .merge(['source'])
      .transacting(trx);
  });
  invalidateCalendar(groupId);
}

const CACHE_MS = 60_000;
const cache = new Map<string, { loadedAt: number; calendar: Promise<WorkingCalendar> }>();

/**
 * A group's working calendar. Built from ~40 rows a year and cached per process for a minute: an edit made here
 * is seen at once, an edit made on another instance within a minute.
 */
export function loadWorkingCalendar(em: EntityManager, groupId: string): Promise<WorkingCalendar> {
  const hit = cache.get(groupId);
  if (hit && Date.now() - hit.loadedAt < CACHE_MS) return hit.calendar;
  const calendar = (async () => {
    const [days, years] = await Promise.all([
      em.find(CalendarDay, { groupId }, { orderBy: { date: 'asc' } }),
      em.find(CalendarYear, { groupId }),
    ]);
    return new WorkingCalendar({
      days: days.map((day) => ({ date: day.date, isWorkday: day.isWorkday, name: day.name })),
      years: years.map((row) => row.year),
    });
  })();
  cache.set(groupId, { loadedAt: Date.now(), calendar });
  calendar.catch(() => cache.delete(groupId));
  return calendar;
}

export function invalidateCalendar(groupId: string): void {
  cache.delete(groupId);
}

const ADMIN_ONLY = '只有集团管理员可以维护工作日历';

/** Calendar edits of one group are serialized, so an upsert of a day or a year never races another. */
async function lockCalendar(em: EntityManager, groupId: string): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`calendar:${groupId}`]);
}

function dayView(info: CalendarDayInfo, source: CalendarDaySource | null): CalendarDayInfoType {
  return {
    date: info.date,
    isWorkday: info.isWorkday,
    type: info.type,
    label: CALENDAR_DAY_TYPE_LABELS[info.type],
    name: info.name,
    weekday: info.weekday,
    official: info.official,
    source,
  };
}

/** Every day of one year of a group's calendar, with where each stored day came from. */
async function yearView(em: EntityManager, groupId: string, year: number): Promise<WorkingCalendarYearType> {
  const calendar = await loadWorkingCalendar(em, groupId);
  const rows = await em.find(CalendarDay, { groupId, date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } });
  const yearRow = await em.findOne(CalendarYear, { groupId, year });
  const sourceOf = new Map(rows.map((row) => [row.date, row.source]));
  const days = calendar.daysOfYear(year).map((info) => dayView(info, sourceOf.get(info.date) ?? null));
  return {
    year,
    official: calendar.hasYear(year),
    source: yearRow?.source ?? null,
    workdayCount: days.filter((day) => day.isWorkday).length,
    days,
  };
}

/** `workingCalendar(year)`: the caller's group calendar for a year, with or without holiday data. */
export async function workingCalendarYear(ctx: Context, year: number): Promise<WorkingCalendarYearType> {
  const input = parseInput(calendarYearSchema, { year });
  const groupId = callerGroupId(ctx);
  if (!ctx.ability.can('read', subject('CalendarDay', { groupId }))) throw forbidden();
  return yearView(ctx.em, groupId, input.year);
}

/**
 * An admin's edit of one day (a holiday, a make-up working day, a correction): replaces the group's row for that
 * date, marked ADMIN so no official sync overwrites it. In a year without data it takes effect once the year is
 * added.
 */
export async function setCalendarDay(ctx: Context, rawInput: SetCalendarDayInput): Promise<CalendarDayInfoType> {
  const input = parseInput(setCalendarDaySchema, rawInput);
  const groupId = callerGroupId(ctx);
  if (!ctx.ability.can('update', subject('CalendarDay', { groupId }))) throw forbidden(ADMIN_ONLY);
  const name = input.name || null;
  const updatedBy = ctx.viewer?.user?.id ?? null;
  await ctx.em.transactional(async (em) => {
    await lockCalendar(em, groupId);
    const row = await em.findOne(CalendarDay, { groupId, date: input.date });
    if (row) Object.assign(row, { isWorkday: input.isWorkday, name, source: 'ADMIN', updatedBy });
    else em.create(CalendarDay, { groupId, date: input.date, isWorkday: input.isWorkday, name, source: 'ADMIN', updatedBy });
  });
  invalidateCalendar(groupId);
  const calendar = await loadWorkingCalendar(ctx.em, groupId);
  return dayView(calendar.dayInfo(input.date), 'ADMIN');
}

/**
 * Marks a year without official data as entered by an admin (RULES.md §5: a year with no data must be visible as
 * such, and admins can edit the calendar). Days the admin set in that year take effect; the others follow the plain
 * Monday–Friday rule. A year that already has data is refused.
 */
export async function addCalendarYear(ctx: Context, rawInput: AddCalendarYearInput): Promise<WorkingCalendarYearType> {
  const input = parseInput(addCalendarYearSchema, rawInput);
  const groupId = callerGroupId(ctx);
  if (!ctx.ability.can('create', subject('CalendarDay', { groupId }))) throw forbidden(ADMIN_ONLY);
  await ctx.em.transactional(async (em) => {
    await lockCalendar(em, groupId);
    const existing = await em.findOne(CalendarYear, { groupId, year: input.year });
    if (existing) {
      const by = existing.source === 'OFFICIAL' ? '官方节假日数据' : '管理员录入的数据';
      throw badInput('year', `${input.year} 年已有${by}，无需添加；如需调整请修改具体日期`);
    }
    em.create(CalendarYear, { groupId, year: input.year, source: 'ADMIN' });
  });
  invalidateCalendar(groupId);
  return yearView(ctx.em, groupId, input.year);
}

/**
 * The end of the n-th working day after the Shanghai day of `from`, on the caller's group calendar (RULES.md §5).
 * A year without data on the way is BAD_USER_INPUT on `days` with the calendar's Chinese message.
 */
export async function addWorkingDays(ctx: Context, from: Date, days: number): Promise<Date> {
  const input = parseInput(addWorkingDaysSchema, { from, days });
  const groupId = callerGroupId(ctx);
  if (!ctx.ability.can('read', subject('CalendarDay', { groupId }))) throw forbidden();
  const calendar = await loadWorkingCalendar(ctx.em, groupId);
  try {
    return calendar.addWorkingDays(input.from, input.days);
  } catch (error) {
    if (error instanceof CalendarYearMissingError) throw badInput('days', error.message);
    throw error;
  }
}
