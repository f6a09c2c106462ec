import {
  DAY_MS,
  assertValidInstant,
  dayNumberToIsoDate,
  endOfShanghaiDayNumber,
  isoDateToDayNumber,
  shanghaiDayNumber,
  weekdayOfDayNumber,
  yearOfDayNumber,
} from './shanghai-time.js';

/**
 * The working-day calendar (RULES.md §5): official PRC holidays and make-up working days (调休上班) plus the admins'
 * edits, counted in Asia/Shanghai (a fixed UTC+08:00, see shanghai-time.ts).
 *
 * It is built from plain data so the server can keep it in a table: a list of day overrides and the set of years
 * that have official data. A day not listed follows the plain rule (Monday–Friday work, weekend rest). A year not
 * in the set has no official data yet: asking whether one of its days is a working day raises
 * {@link CalendarYearMissingError} instead of silently guessing "plain weekends" (DESIGN.md, known facts).
 * Overrides in a year outside the set are kept (an admin may enter a new year day by day) but take effect only
 * when the year is added.
 *
 * Counting rule (RULES.md §5, **ours**, after Civil Code art. 201): the day of acceptance — the Shanghai calendar
 * day of the received instant — is never counted, even when it is a working day; the period ends at the end of the
 * last working day, 23:59:59.999 Asia/Shanghai.
 */

/** One day that differs from — or names a day within — the plain Monday–Friday rule. */
export interface CalendarDay {
  /** `YYYY-MM-DD`, a Shanghai calendar day. */
  readonly date: string;
  readonly isWorkday: boolean;
  /** Holiday name ("国庆节"), also on its make-up working days. */
  readonly name?: string | null;
}

export interface WorkingCalendarData {
  /** Overrides; when a date appears twice the later entry wins, so "official data, then edits" composes. */
  readonly days: readonly CalendarDay[];
  /** Years with official data. */
  readonly years: readonly number[];
}

export const CalendarDayType = {
  WORKDAY: 'WORKDAY',
  WEEKEND: 'WEEKEND',
  HOLIDAY: 'HOLIDAY',
  MAKEUP_WORKDAY: 'MAKEUP_WORKDAY',
} as const;
export type CalendarDayType = (typeof CalendarDayType)[keyof typeof CalendarDayType];

export const CALENDAR_DAY_TYPE_LABELS: Readonly<Record<CalendarDayType, string>> = {
  WORKDAY: '工作日',
  WEEKEND: '周末休息',
  HOLIDAY: '节假日休息',
  MAKEUP_WORKDAY: '调休上班',
};

export interface CalendarDayInfo {
  readonly date: string;
  readonly isWorkday: boolean;
  readonly type: CalendarDayType;
  readonly name: string | null;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  /** Whether the day's year has official data (if not, `isWorkday` is only the plain weekday rule). */
  readonly official: boolean;
}

/** A deadline or day question that falls in a year without official holiday data. */
export class CalendarYearMissingError extends Error {
  override readonly name = 'CalendarYearMissingError';
  readonly code = 'CALENDAR_YEAR_MISSING';
  readonly year: number;
  constructor(year: number) {
    super(`${year} 年的节假日数据尚未录入，无法计算工作日期限，请管理员先维护该年日历`);
    this.year = year;
  }
}

const MIN_YEAR = 1900;
const MAX_YEAR = 9999;
const MISSING = 2;

function isWeekend(dayNumber: number): boolean {
  const w = weekdayOfDayNumber(dayNumber);
  return w === 0 || w === 6;
}

function firstDayOfYear(year: number): number {
  return Math.round(Date.UTC(year, 0, 1) / DAY_MS);
}

/** Adds wall-clock minutes (response limits, return-visit hours): no calendar involved. */
export function addWallClock(instant: Date, minutes: number): Date {
  assertValidInstant(instant);
  if (!Number.isFinite(minutes)) throw new RangeError(`分钟数必须是有限数值：${String(minutes)}`);
  return new Date(instant.getTime() + minutes * 60_000);
}

export class WorkingCalendar {
  private readonly overrides: ReadonlyMap<number, CalendarDay>;
  private readonly yearSet: ReadonlySet<number>;
  /** One byte per day from the first covered year's 1 Jan to the last one's 31 Dec: 0 rest, 1 work, 2 no data. */
  private readonly table: Uint8Array;
  private readonly tableStart: number;

  constructor(data: WorkingCalendarData) {
    const overrides = new Map<number, CalendarDay>();
    for (const day of data.days) {
      if (typeof day?.isWorkday !== 'boolean') throw new RangeError(`日历日 ${String(day?.date)} 缺少是否工作日`);
      const n = isoDateToDayNumber(day.date);
      overrides.set(n, { date: day.date, isWorkday: day.isWorkday, name: day.name ?? null });
    }
    for (const year of data.years) {
      if (!Number.isSafeInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
        throw new RangeError(`年份不正确：${String(year)}`);
      }
    }
    const years = [...new Set(data.years)].sort((a, b) => a - b);
    this.overrides = overrides;
    this.yearSet = new Set(years);
    const first = years[0];
    const last = years[years.length - 1];
    if (first === undefined || last === undefined) {
      this.table = new Uint8Array(0);
      this.tableStart = 0;
      return;
    }
    this.tableStart = firstDayOfYear(first);
    const end = firstDayOfYear(last + 1);
    const table = new Uint8Array(end - this.tableStart);
    for (let n = this.tableStart; n < end; n++) {
      const covered = this.yearSet.has(yearOfDayNumber(n));
      const override = overrides.get(n);
      table[n - this.tableStart] = !covered ? MISSING : (override?.isWorkday ?? !isWeekend(n)) ? 1 : 0;
    }
    this.table = table;
  }

  /** An empty calendar: every year missing. */
  static empty(): WorkingCalendar {
    return new WorkingCalendar({ days: [], years: [] });
  }

  /** Years with official data, ascending. */
  get years(): readonly number[] {
    return [...this.yearSet].sort((a, b) => a - b);
  }

  hasYear(year: number): boolean {
    return this.yearSet.has(year);
  }

  /** The data this calendar was built from (overrides sorted by date), for storage or the admin. */
  toData(): WorkingCalendarData {
    const days = [...this.overrides.entries()].sort(([a], [b]) => a - b).map(([, d]) => d);
    return { days, years: this.years };
  }

  /** A new calendar with these days applied on top (later wins) and these years added. */
  withEdits(days: readonly CalendarDay[], addedYears: readonly number[] = []): WorkingCalendar {
    const data = this.toData();
    return new WorkingCalendar({ days: [...data.days, ...days], years: [...data.years, ...addedYears] });
  }

  /** Whether a Shanghai day (`YYYY-MM-DD`) is a working day; throws {@link CalendarYearMissingError}. */
  isWorkday(date: string): boolean {
    return this.isWorkdayNumber(isoDateToDayNumber(date));
  }

  /** Whether the Shanghai day of an instant is a working day; throws {@link CalendarYearMissingError}. */
  isWorkdayAt(instant: Date): boolean {
    assertValidInstant(instant);
    return this.isWorkdayNumber(shanghaiDayNumber(instant));
  }

  private isWorkdayNumber(n: number): boolean {
    const i = n - this.tableStart;
    const v = i >= 0 && i < this.table.length ? this.table[i] : MISSING;
    if (v === MISSING) throw new CalendarYearMissingError(yearOfDayNumber(n));
    return v === 1;
  }

  /** Everything about one day, without throwing for a missing year (`official: false` then). */
  dayInfo(date: string): CalendarDayInfo {
    return this.dayInfoNumber(isoDateToDayNumber(date));
  }

  private dayInfoNumber(n: number): CalendarDayInfo {
    const date = dayNumberToIsoDate(n);
    const official = this.yearSet.has(yearOfDayNumber(n));
    const weekend = isWeekend(n);
    // Shown even in a year without data, so an admin sees what she entered; `official: false` still says the year
    // cannot be counted in (isWorkday and the deadline arithmetic refuse it).
    const override = this.overrides.get(n);
    const isWorkday = override?.isWorkday ?? !weekend;
    const name = override?.name ?? null;
    const type: CalendarDayType = isWorkday
      ? weekend
        ? 'MAKEUP_WORKDAY'
        : 'WORKDAY'
      : !weekend || name !== null
        ? 'HOLIDAY'
        : 'WEEKEND';
    return { date, isWorkday, type, name, weekday: weekdayOfDayNumber(n), official };
  }

  /**
   * Every day of a year, for the admin's calendar page (API.md `workingCalendar(year)`). Works for a year without
   * official data too — each day then says `official: false` and shows the weekday rule with the edits entered so
   * far — so an admin can see the gap and fill it.
   */
  daysOfYear(year: number): CalendarDayInfo[] {
    if (!Number.isSafeInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw new RangeError(`年份不正确：${String(year)}`);
    const days: CalendarDayInfo[] = [];
    for (let n = firstDayOfYear(year), end = firstDayOfYear(year + 1); n < end; n++) days.push(this.dayInfoNumber(n));
    return days;
  }

  /**
   * The end of the n-th working day after the acceptance day (RULES.md §5, **ours**): the acceptance day (Shanghai
   * day of `instant`) is not counted even if it is a working day; make-up working days count, holidays and plain
   * weekends do not; the result is 23:59:59.999 Asia/Shanghai of the last working day. `n` must be a positive
   * integer — "0 working days" has no meaning under the rule, so it is a `RangeError` rather than a guess. Throws
   * {@link CalendarYearMissingError} as soon as the count reaches a year without official data.
   */
  addWorkingDays(instant: Date, n: number): Date {
    assertValidInstant(instant, '起算时间');
    if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`工作日数必须是正整数：${String(n)}`);
    let day = shanghaiDayNumber(instant);
    let counted = 0;
    const { table, tableStart } = this;
    while (counted < n) {
      day++;
      const i = day - tableStart;
      const v = i >= 0 && i < table.length ? table[i] : MISSING;
      if (v === MISSING) throw new CalendarYearMissingError(yearOfDayNumber(day));
      if (v === 1) counted++;
    }
    return endOfShanghaiDayNumber(day);
  }

  /**
   * Working days after the Shanghai day of `from` up to and including the Shanghai day of `to` (0 when `to` is on
   * or before `from`'s day) — the inverse of {@link addWorkingDays}, for "overdue by N working days" in reports.
   */
  workingDaysBetween(from: Date, to: Date): number {
    assertValidInstant(from);
    assertValidInstant(to);
    let count = 0;
    for (let n = shanghaiDayNumber(from) + 1, last = shanghaiDayNumber(to); n <= last; n++) {
      if (this.isWorkdayNumber(n)) count++;
    }
    return count;
  }

  /** Wall-clock minutes; see {@link addWallClock}. */
  addWallClock(instant: Date, minutes: number): Date {
    return addWallClock(instant, minutes);
  }
}
