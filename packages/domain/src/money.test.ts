import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MoneyFormatError,
  compareFen,
  compareYuan,
  formatYuan,
  formatYuanForDisplay,
  isYuanString,
  parseYuan,
  yuanToFen,
} from './money.js';

describe('money as exact fen (DESIGN.md "Money is exact"; API.md Decimal)', () => {
  it('parses decimal yuan strings exactly', () => {
    expect(parseYuan('1999.99')).toBe(199_999);
    expect(parseYuan('2000')).toBe(200_000);
    expect(parseYuan('2000.0')).toBe(200_000);
    expect(parseYuan('2000.00')).toBe(200_000);
    expect(parseYuan('0.01')).toBe(1);
    expect(parseYuan('0')).toBe(0);
    expect(parseYuan('9999.99')).toBe(999_999);
    expect(parseYuan(' 10000.00 ')).toBe(1_000_000);
    // 0.1 + 0.2 style float traps never happen.
    expect(parseYuan('0.29')).toBe(29);
    expect(parseYuan('1.1')).toBe(110);
  });

  it('rejects more than two decimals, negatives, NaN, exponents and junk', () => {
    for (const bad of ['1999.999', '-1', '-0.01', 'NaN', 'Infinity', '1e3', '', ' ', '.5', '5.', '1,000', '+5', '0x10', '１００']) {
      expect(() => parseYuan(bad), bad).toThrow(MoneyFormatError);
      expect(isYuanString(bad)).toBe(false);
    }
    expect(() => parseYuan('1999.999')).toThrow(/最多两位小数/);
    expect(() => parseYuan('-1')).toThrow(/不能为负数/);
    expect(() => parseYuan(123 as unknown as string)).toThrow(MoneyFormatError);
  });

  it('rejects amounts beyond exact integer range', () => {
    expect(() => parseYuan('90071992547409.92')).toThrow(/超出/);
    expect(parseYuan('90071992547409.91')).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('formats fen canonically and for display', () => {
    expect(formatYuan(199_999)).toBe('1999.99');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(200_000_000)).toBe('2000000.00');
    expect(formatYuanForDisplay(200_000_000)).toBe('2,000,000.00 元');
    expect(formatYuanForDisplay(99_999)).toBe('999.99 元');
    expect(() => formatYuan(-1)).toThrow(MoneyFormatError);
    expect(() => formatYuan(1.5)).toThrow(MoneyFormatError);
  });

  it('compares exactly at the regulation boundaries (XX 4.1.2.1: 1,999.99 / 2,000.00; RE 4.2: 9,999.99 / 10,000.00)', () => {
    expect(compareYuan('1999.99', '2000')).toBe(-1);
    expect(compareYuan('2000.00', '2000')).toBe(0);
    expect(compareYuan('10000.00', '9999.99')).toBe(1);
    expect(compareFen(1, 1)).toBe(0);
    expect(yuanToFen(2_000_000)).toBe(200_000_000);
    expect(() => yuanToFen(-1)).toThrow(MoneyFormatError);
  });

  it('round-trips every amount (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (fen) => {
        expect(parseYuan(formatYuan(fen))).toBe(fen);
      }),
    );
  });
});
