/**
 * Calendar arithmetic in Asia/Shanghai (DESIGN.md: times are UTC in storage, working days are counted in
 * Asia/Shanghai).
 *
 * Asia/Shanghai is a fixed UTC+08:00: China has observed no daylight saving time since 1991, so a constant offset
 * is exact for every date this product deals with and no time-zone library (or the host's zone) is involved.
 * "Day numbers" below count Shanghai calendar days since 1970-01-01.
 */
export const SHANGHAI_UTC_OFFSET_MINUTES = 480;
export const SHANGHAI_OFFSET_MS = SHANGHAI_UTC_OFFSET_MINUTES * 60_000;
export const DAY_MS = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Throws a `RangeError` unless `instant` is a valid `Date`. */
export function assertValidInstant(instant: Date, what = '时间'): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError(`${what}不是有效的时间：${String(instant)}`);
  }
}

/** The Shanghai calendar day of an instant, as a day number. */
export function shanghaiDayNumber(instant: Date): number {
  return Math.floor((instant.getTime() + SHANGHAI_OFFSET_MS) / DAY_MS);
}

/** `YYYY-MM-DD` → day number; throws `RangeError` for malformed or impossible dates ("2025-02-30"). */
export function isoDateToDayNumber(date: string): number {
  const m = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const ms = Date.UTC(year, month - 1, day);
    const back = new Date(ms);
    if (back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day) {
      return Math.round(ms / DAY_MS);
    }
  }
  throw new RangeError(`日期格式不正确：${String(date)}（应为 YYYY-MM-DD）`);
}

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    isoDateToDayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/** Day number → `YYYY-MM-DD`. */
export function dayNumberToIsoDate(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** The Gregorian year of a day number. */
export function yearOfDayNumber(dayNumber: number): number {
  return new Date(dayNumber * DAY_MS).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** The Shanghai calendar date of an instant, `YYYY-MM-DD`. */
export function shanghaiDateOf(instant: Date): string {
  assertValidInstant(instant);
  return dayNumberToIsoDate(shanghaiDayNumber(instant));
}

/** 00:00:00.000 Shanghai of a day number. */
export function startOfShanghaiDayNumber(dayNumber: number): Date {
  return new Date(dayNumber * DAY_MS - SHANGHAI_OFFSET_MS);
}

/** 23:59:59.999 Shanghai of a day number: the last representable instant of that day. */
export function endOfShanghaiDayNumber(dayNumber: number): Date {
  return new Date((dayNumber + 1) * DAY_MS - SHANGHAI_OFFSET_MS - 1);
}

/** 00:00:00.000 Shanghai of `YYYY-MM-DD`. */
export function startOfShanghaiDay(date: string): Date {
  return startOfShanghaiDayNumber(isoDateToDayNumber(date));
}

/** 23:59:59.999 Shanghai of `YYYY-MM-DD`. */
export function endOfShanghaiDay(date: string): Date {
  return endOfShanghaiDayNumber(isoDateToDayNumber(date));
}

export interface ShanghaiParts {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

/** Wall-clock fields of an instant in Shanghai. */
export function shanghaiParts(instant: Date): ShanghaiParts {
  assertValidInstant(instant);
  const shifted = new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}
