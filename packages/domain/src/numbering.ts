import { shanghaiParts } from './calendar/shanghai-time.js';
import type { ComplaintKind } from './complaint-facts.js';

/**
 * Record numbers (RULES.md §7; XX 客户投诉处理表编号原则: "年度(XX)月份(XX)流水编号", "编号周期以年度月份为原则"):
 * `TS-YYMM-NNNN` for complaints (投诉), `XQ-` for demands (需求), `YJ-` for warnings (预警). The serial restarts
 * every month, per group and per prefix (each kind has its own sequence, **ours**); the month is the Shanghai
 * month of registration. Serials are padded to four digits; a month with more than 9,999 records of one kind
 * continues with five digits rather than failing (**ours**).
 *
 * A record that changes kind (warning → complaint, demand ↔ complaint) gets a number of its new kind from the
 * month it changes in; the old number stays in its history (**ours**).
 */
export const NUMBER_PREFIXES: Readonly<Record<ComplaintKind, string>> = {
  COMPLAINT: 'TS',
  DEMAND: 'XQ',
  WARNING: 'YJ',
};

const NUMBER_PATTERN = /^(TS|XQ|YJ)-(\d{2})(\d{2})-(\d{4,})$/;

/** `YYMM` of an instant in Asia/Shanghai ("2611" for November 2026). */
export function numberingMonth(at: Date): string {
  const { year, month } = shanghaiParts(at);
  return `${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}`;
}

/** `TS-2611-0007`. `serial` starts at 1. */
export function formatComplaintNumber(kind: ComplaintKind, at: Date, serial: number): string {
  if (!Number.isSafeInteger(serial) || serial < 1) throw new RangeError(`流水号必须是正整数：${String(serial)}`);
  return `${NUMBER_PREFIXES[kind]}-${numberingMonth(at)}-${String(serial).padStart(4, '0')}`;
}

/**
 * The key of the counter the server increments (`SELECT … FOR UPDATE` or an upsert) to get the next serial: one
 * sequence per group, prefix and month.
 */
export function numberingSequenceKey(groupId: string, kind: ComplaintKind, at: Date): string {
  return `${groupId}:${NUMBER_PREFIXES[kind]}:${numberingMonth(at)}`;
}

export interface ParsedComplaintNumber {
  readonly kind: ComplaintKind;
  /** Two-digit year as written, e.g. 26. */
  readonly yy: number;
  readonly month: number;
  readonly serial: number;
}

/** Reads a number back; `null` when it is not one. */
export function parseComplaintNumber(text: string): ParsedComplaintNumber | null {
  const m = NUMBER_PATTERN.exec(text);
  if (!m) return null;
  const month = Number(m[3]);
  const serial = Number(m[4]);
  if (month < 1 || month > 12 || serial < 1 || !Number.isSafeInteger(serial)) return null;
  const kind = (Object.keys(NUMBER_PREFIXES) as ComplaintKind[]).find((k) => NUMBER_PREFIXES[k] === m[1]);
  if (kind === undefined) return null;
  return { kind, yy: Number(m[2]), month, serial };
}
