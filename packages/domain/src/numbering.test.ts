import { describe, expect, it } from 'vitest';
import { NUMBER_PREFIXES, formatComplaintNumber, numberingMonth, numberingSequenceKey, parseComplaintNumber } from './numbering.js';

const sh = (local: string) => new Date(`${local}+08:00`);

describe('record numbers (RULES.md §7; XX 客户投诉处理表编号原则: 年度 月份 流水编号)', () => {
  it('formats TS-YYMM-NNNN for complaints, XQ- for demands, YJ- for warnings', () => {
    expect(formatComplaintNumber('COMPLAINT', sh('2026-11-03T10:00:00'), 7)).toBe('TS-2611-0007');
    expect(formatComplaintNumber('DEMAND', sh('2026-11-03T10:00:00'), 1)).toBe('XQ-2611-0001');
    expect(formatComplaintNumber('WARNING', sh('2026-01-31T23:59:00'), 9999)).toBe('YJ-2601-9999');
    expect(NUMBER_PREFIXES).toEqual({ COMPLAINT: 'TS', DEMAND: 'XQ', WARNING: 'YJ' });
  });

  it('takes the month in Asia/Shanghai, not UTC', () => {
    // 2026-11-30T16:30Z is 1 December 00:30 in Shanghai.
    expect(numberingMonth(new Date('2026-11-30T16:30:00Z'))).toBe('2612');
    expect(numberingMonth(new Date('2026-12-31T16:00:00Z'))).toBe('2701');
  });

  it('keeps one sequence per group, prefix and month', () => {
    const at = sh('2026-11-03T10:00:00');
    expect(numberingSequenceKey('g1', 'COMPLAINT', at)).toBe('g1:TS:2611');
    expect(numberingSequenceKey('g1', 'DEMAND', at)).not.toBe(numberingSequenceKey('g1', 'COMPLAINT', at));
    expect(numberingSequenceKey('g2', 'COMPLAINT', at)).not.toBe(numberingSequenceKey('g1', 'COMPLAINT', at));
    expect(numberingSequenceKey('g1', 'COMPLAINT', sh('2026-12-01T00:00:00'))).toBe('g1:TS:2612');
  });

  it('widens beyond 9,999 instead of failing (ours), refuses serials below 1', () => {
    expect(formatComplaintNumber('COMPLAINT', sh('2026-11-03T10:00:00'), 10_000)).toBe('TS-2611-10000');
    expect(() => formatComplaintNumber('COMPLAINT', sh('2026-11-03T10:00:00'), 0)).toThrow(RangeError);
  });

  it('parses numbers back', () => {
    expect(parseComplaintNumber('TS-2611-0007')).toEqual({ kind: 'COMPLAINT', yy: 26, month: 11, serial: 7 });
    expect(parseComplaintNumber('XQ-2601-12345')).toEqual({ kind: 'DEMAND', yy: 26, month: 1, serial: 12345 });
    for (const bad of ['TS-2613-0001', 'TS-2611-0000', 'AB-2611-0001', 'TS-2611-001', 'ts-2611-0001']) expect(parseComplaintNumber(bad)).toBeNull();
  });
});
