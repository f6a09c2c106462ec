import { describe, expect, it } from 'vitest';
import {
  dayNumberToIsoDate,
  endOfShanghaiDay,
  isIsoDate,
  isoDateToDayNumber,
  shanghaiDateOf,
  shanghaiParts,
  startOfShanghaiDay,
  weekdayOfDayNumber,
} from './shanghai-time.js';

describe('Asia/Shanghai as fixed UTC+08:00 (RULES.md §5; DESIGN.md: working days counted in Asia/Shanghai)', () => {
  it('takes the Shanghai calendar day of an instant, whatever the host zone', () => {
    expect(shanghaiDateOf(new Date('2025-09-30T15:59:59.999Z'))).toBe('2025-09-30');
    expect(shanghaiDateOf(new Date('2025-09-30T16:00:00.000Z'))).toBe('2025-10-01');
    expect(shanghaiParts(new Date('2025-12-31T16:30:00Z'))).toEqual({ year: 2026, month: 1, day: 1, hour: 0, minute: 30 });
  });

  it('defines the end of a day as 23:59:59.999 Shanghai', () => {
    expect(endOfShanghaiDay('2025-10-10').toISOString()).toBe('2025-10-10T15:59:59.999Z');
    expect(startOfShanghaiDay('2025-10-10').toISOString()).toBe('2025-10-09T16:00:00.000Z');
  });

  it('validates dates strictly', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-2-1')).toBe(false);
    expect(() => isoDateToDayNumber('2025-13-01')).toThrow(/YYYY-MM-DD/);
    expect(dayNumberToIsoDate(isoDateToDayNumber('2026-02-17'))).toBe('2026-02-17');
    expect(weekdayOfDayNumber(isoDateToDayNumber('2025-10-01'))).toBe(3);
    expect(() => shanghaiDateOf(new Date('nope'))).toThrow(RangeError);
  });
});
