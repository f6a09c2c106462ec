/**
 * Exact money (DESIGN.md "Money is exact"; API.md: a `Decimal` is a string of yuan with at most two decimals).
 *
 * Amounts are carried as an integer number of fen (1 yuan = 100 fen). A JavaScript number holds every integer up to
 * 2^53 exactly, i.e. about 90 trillion yuan — far beyond any compensation in a complaint — so no decimal library is
 * needed. Floats never enter: "1999.99" is split at the dot and both halves are read as integers.
 */

/** An exact, non-negative integer amount of fen. */
export type Fen = number;

/** A string that {@link parseYuan} rejects, with a message a person can act on. */
export class MoneyFormatError extends RangeError {
  override readonly name = 'MoneyFormatError';
  readonly input: unknown;
  constructor(input: unknown, detail: string) {
    super(`金额格式不正确（${String(input)}）：${detail}。请填写不超过两位小数的非负金额，例如 1999.99`);
    this.input = input;
  }
}

const DECIMAL_YUAN = /^(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Parses a decimal string of yuan ("2000", "1999.9", "1999.99") into fen. Rejects negatives, more than two decimals,
 * exponents, signs, blanks, NaN/Infinity and amounts beyond the exact range of a number.
 */
export function parseYuan(input: string): Fen {
  if (typeof input !== 'string') throw new MoneyFormatError(input, '金额必须是字符串形式的十进制数');
  const text = input.trim();
  if (text.startsWith('-')) throw new MoneyFormatError(input, '金额不能为负数');
  const match = DECIMAL_YUAN.exec(text);
  if (!match) {
    if (/^\d+\.\d{3,}$/.test(text)) throw new MoneyFormatError(input, '最多两位小数（精确到分）');
    throw new MoneyFormatError(input, '不是有效的十进制数');
  }
  const yuan = Number(match[1]);
  const cents = match[2] === undefined ? 0 : Number(match[2].padEnd(2, '0'));
  const fen = yuan * 100 + cents;
  if (!Number.isSafeInteger(fen)) throw new MoneyFormatError(input, '金额超出可精确表示的范围');
  return fen;
}

/** Whether {@link parseYuan} would accept the value. */
export function isYuanString(input: unknown): input is string {
  if (typeof input !== 'string') return false;
  try {
    parseYuan(input);
    return true;
  } catch {
    return false;
  }
}

/** Fen → canonical decimal string of yuan with exactly two decimals ("199999" → "1999.99"), as API.md carries it. */
export function formatYuan(fen: Fen): string {
  assertFen(fen);
  const yuan = Math.floor(fen / 100);
  const cents = fen % 100;
  return `${yuan}.${cents < 10 ? '0' : ''}${cents}`;
}

/** Fen → yuan for people: thousands separators and the unit ("2000000.00 元" → "2,000,000.00 元"). */
export function formatYuanForDisplay(fen: Fen): string {
  const [yuan, cents] = formatYuan(fen).split('.') as [string, string];
  return `${yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents} 元`;
}

/** Three-way comparison: negative when a < b, 0 when equal, positive when a > b. */
export function compareFen(a: Fen, b: Fen): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares two decimal strings of yuan exactly. */
export function compareYuan(a: string, b: string): -1 | 0 | 1 {
  return compareFen(parseYuan(a), parseYuan(b));
}

/** Whole yuan → fen (for thresholds written in code, e.g. `yuan(2_000_000)`). */
export function yuanToFen(wholeYuan: number): Fen {
  const fen = wholeYuan * 100;
  if (!Number.isSafeInteger(wholeYuan) || wholeYuan < 0 || !Number.isSafeInteger(fen)) {
    throw new MoneyFormatError(wholeYuan, '必须是非负整数元');
  }
  return fen;
}

function assertFen(fen: Fen): void {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new MoneyFormatError(fen, '分必须是非负整数');
}
