// The package's published data file (its README offers it for direct use), not its date functions: see below.
import chineseDaysData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { CalendarYearMissingError, WorkingCalendar } from './working-calendar.js';
import type { CalendarDay, WorkingCalendarData } from './working-calendar.js';

/**
 * The official PRC holiday calendar (国务院办公厅 annual holiday notices) from `chinese-days` 1.5.7 (MIT), which
 * covers 2004–2026. Kept out of the package's main entry — import `@kesu/domain/official-calendar` — so the admin
 * bundles the holiday data only where it asks for it. The server seeds its calendar table from
 * {@link officialCalendarDays} and lets admins edit days and add a year; no package has 2027 yet (DESIGN.md).
 *
 * chinese-days publishes `dist/chinese-days.json`: `holidays` (statutory days off, also those on a weekend) and
 * `workdays` (make-up working days, 调休上班, always a weekend), each `date → "English,中文,days"`; `inLieuDays`
 * (调休 days off) are a subset of `holidays`. A year is covered when it has any entry (every year has 元旦).
 *
 * Why the JSON and not the package's functions (`getDayDetail`, `isWorkday`): chinese-days 1.5.7 builds its own
 * lookup table by parsing 'YYYY-MM-DD' as UTC midnight and formatting in the host's local time, so in a process
 * whose zone is west of UTC (a server left on America/*, a browser abroad) every holiday moves one day earlier. The
 * static JSON has no such dependency. For a year it has no data for, the package silently answers with plain
 * weekends; here such a year is reported as missing.
 */
export const OFFICIAL_CALENDAR_SOURCE = 'chinese-days 1.5.7（国务院办公厅节假日安排，2004–2026）';

interface ChineseDaysData {
  readonly holidays: Readonly<Record<string, string>>;
  readonly workdays: Readonly<Record<string, string>>;
}
const source: ChineseDaysData = chineseDaysData;

/** "National Day,国庆节,3" → "国庆节". */
function holidayName(label: string): string | null {
  const chinese = label.split(',')[1]?.trim();
  return chinese ? chinese : null;
}

let yearsCache: readonly number[] | null = null;

/** Years chinese-days has official data for, ascending. */
export function officialCalendarYears(): number[] {
  if (yearsCache === null) {
    const years = new Set<number>();
    for (const date of [...Object.keys(source.holidays), ...Object.keys(source.workdays)]) {
      years.add(Number(date.slice(0, 4)));
    }
    yearsCache = [...years].sort((a, b) => a - b);
  }
  return [...yearsCache];
}

const daysCache = new Map<number, readonly CalendarDay[]>();

/**
 * The official days of a year that differ from or name a day in the plain Monday–Friday rule: statutory holidays
 * (also those on a weekend, so the whole span is named) and make-up working days, each with its Chinese holiday
 * name. Throws {@link CalendarYearMissingError} for a year without official data.
 */
export function officialCalendarDays(year: number): CalendarDay[] {
  if (!officialCalendarYears().includes(year)) throw new CalendarYearMissingError(year);
  let days = daysCache.get(year);
  if (!days) {
    const prefix = `${year}-`;
    const byDate = new Map<string, CalendarDay>();
    // Make-up working days win over holidays if a date were ever in both, as in chinese-days itself.
    for (const [map, isWorkday] of [
      [source.holidays, false],
      [source.workdays, true],
    ] as const) {
      for (const [date, label] of Object.entries(map)) {
        if (date.startsWith(prefix)) byDate.set(date, { date, isWorkday, name: holidayName(label) });
      }
    }
    days = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
    daysCache.set(year, days);
  }
  return days.map((d) => ({ ...d }));
}

/** All official data as calendar input. */
export function officialCalendarData(): WorkingCalendarData {
  const years = officialCalendarYears();
  return { days: years.flatMap((y) => officialCalendarDays(y)), years };
}

/**
 * The official calendar plus edits (later wins) and years the admins completed themselves (`addedYears`, whose
 * days come in `edits`).
 */
export function createOfficialCalendar(
  edits: readonly CalendarDay[] = [],
  addedYears: readonly number[] = [],
): WorkingCalendar {
  const official = officialCalendarData();
  return new WorkingCalendar({ days: [...official.days, ...edits], years: [...official.years, ...addedYears] });
}
