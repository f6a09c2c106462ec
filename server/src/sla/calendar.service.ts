import { WorkingCalendar } from '@kesu/domain';
import { officialCalendarDays, officialCalendarYears } from '@kesu/domain/official-calendar';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CalendarDay, CalendarYear } from './calendar-day.entity.js';

/**
 * Copies the official PRC holiday data into a group's calendar for every year it does not have yet. Rows an admin
 * edited are never touched (`on conflict do nothing`), so re-running after a package update only adds years.
 */
export async function ensureOfficialCalendar(em: EntityManager, groupId: string): Promise<void> {
  const known = new Set((await em.find(CalendarYear, { groupId })).map((row) => row.year));
  const missing = officialCalendarYears().filter((year) => !known.has(year));
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
      .ignore()
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
