import { GraphQLError, parseValue } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateScalar, DateTimeScalar, DecimalScalar } from './scalars.js';

describe('Decimal', () => {
  it.each([
    ['2000000', '2000000.00'],
    ['1999.9', '1999.90'],
    ['1999.99', '1999.99'],
    ['0', '0.00'],
    [' 12.5 ', '12.50'],
  ])('reads %j as %j', (input, canonical) => {
    expect(DecimalScalar.parseValue(input)).toBe(canonical);
    expect(DecimalScalar.parseLiteral(parseValue(JSON.stringify(input)))).toBe(canonical);
    expect(DecimalScalar.serialize(input)).toBe(canonical);
  });

  it.each([
    ['1999.999', '最多两位小数'],
    ['-1', '不能为负数'],
    ['abc', '不是有效的十进制数'],
    ['1e3', '不是有效的十进制数'],
    ['', '不是有效的十进制数'],
    [1999.99, '须为字符串'],
    [null, '须为字符串'],
  ])('refuses %j with a Chinese BAD_USER_INPUT', (input, message) => {
    const error = (() => {
      try {
        DecimalScalar.parseValue(input);
      } catch (e) {
        return e as GraphQLError;
      }
    })();
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error!.message).toContain(message);
    expect(error!.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a number literal and never guesses on output', () => {
    expect(() => DecimalScalar.parseLiteral(parseValue('1999.99'))).toThrow('金额须写成字符串，收到 1999.99');
    expect(() => DecimalScalar.serialize(199999)).toThrow(TypeError);
  });
});

describe('Date', () => {
  it('reads and writes YYYY-MM-DD only', () => {
    expect(DateScalar.parseValue('2025-10-01')).toBe('2025-10-01');
    expect(DateScalar.parseLiteral(parseValue('"2024-02-29"'))).toBe('2024-02-29');
    expect(DateScalar.serialize('2025-10-01')).toBe('2025-10-01');
    for (const bad of ['2025-02-29', '2025-2-1', '2025/10/01', '2025-10-01T00:00:00Z', 20251001]) {
      expect(() => DateScalar.parseValue(bad)).toThrow(/日期格式不正确/);
    }
    expect(() => DateScalar.serialize(new Date())).toThrow(TypeError);
  });
});

describe('DateTime', () => {
  it('needs an offset and yields a Date', () => {
    const parsed = DateTimeScalar.parseValue('2025-09-30T10:00:00+08:00') as Date;
    expect(parsed.toISOString()).toBe('2025-09-30T02:00:00.000Z');
    expect(() => DateTimeScalar.parseValue('2025-09-30T10:00:00')).toThrow();
  });
});
