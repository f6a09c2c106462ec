import {
  dayNumberToIsoDate,
  isoDateToDayNumber,
  shanghaiParts,
  startOfShanghaiDayNumber,
} from './calendar/shanghai-time.js';

/**
 * The monthly reporting period (RULES.md §7; XX 4.5: "每月25日 … 统计上月25日至当月24日"): the report for month M
 * covers the 25th of M−1, 00:00, to the 24th of M, 24:00, Asia/Shanghai. The start day is configurable (1–28); with
 * 1 the period is the calendar month itself.
 */
export const DEFAULT_PERIOD_START_DAY = 25;

export interface ReportingPeriod {
  /** `YYYY-MM`, the month the report is named after. */
  readonly month: string;
  /** First day included, `YYYY-MM-DD`. */
  readonly firstDate: string;
  /** Last day included, `YYYY-MM-DD`. */
  readonly lastDate: string;
  /** 00:00 Shanghai of the first day (inclusive). */
  readonly start: Date;
  /** 00:00 Shanghai of the day after the last day (exclusive): `start <= t < end`. */
  readonly end: Date;
}

const MONTH = /^(\d{4})-(\d{2})$/;

function assertStartDay(startDay: number): void {
  if (!Number.isSafeInteger(startDay) || startDay < 1 || startDay > 28) {
    throw new RangeError(`统计周期起始日必须是 1 到 28 的整数：${String(startDay)}`);
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The period of report month `YYYY-MM`. */
export function reportingPeriod(month: string, startDay: number = DEFAULT_PERIOD_START_DAY): ReportingPeriod {
  assertStartDay(startDay);
  const m = MONTH.exec(month);
  const year = m ? Number(m[1]) : NaN;
  const mon = m ? Number(m[2]) : NaN;
  if (!m || mon < 1 || mon > 12) throw new RangeError(`月份格式不正确：${String(month)}（应为 YYYY-MM）`);
  // Period of M = [startDay of M−1, startDay of M) when startDay > 1, else [1st of M, 1st of M+1).
  const [fromYear, fromMonth] = startDay === 1 ? [year, mon] : mon === 1 ? [year - 1, 12] : [year, mon - 1];
  const [toYear, toMonth] = startDay === 1 ? (mon === 12 ? [year + 1, 1] : [year, mon + 1]) : [year, mon];
  const first = isoDateToDayNumber(`${fromYear}-${pad(fromMonth)}-${pad(startDay)}`);
  const endDay = isoDateToDayNumber(`${toYear}-${pad(toMonth)}-${pad(startDay)}`);
  return {
    month: `${year}-${pad(mon)}`,
    firstDate: dayNumberToIsoDate(first),
    lastDate: dayNumberToIsoDate(endDay - 1),
    start: startOfShanghaiDayNumber(first),
    end: startOfShanghaiDayNumber(endDay),
  };
}

/** The report month an instant counts in: on or after the start day it belongs to the next month's report. */
export function reportingMonthOf(instant: Date, startDay: number = DEFAULT_PERIOD_START_DAY): string {
  assertStartDay(startDay);
  const { year, month, day } = shanghaiParts(instant);
  if (startDay === 1 || day < startDay) return `${year}-${pad(month)}`;
  return month === 12 ? `${year + 1}-01` : `${year}-${pad(month + 1)}`;
}
