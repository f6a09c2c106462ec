import { formatYuan, isIsoDate, parseYuan } from '@kesu/domain';
import { GraphQLError, GraphQLScalarType, Kind, print, type ValueNode } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';

/**
 * The scalars of API.md: money is `Decimal` (a string of yuan with at most two decimals), calendar days are `Date`
 * (`YYYY-MM-DD`), instants are `DateTime` (ISO 8601 with offset).
 *
 * A value that does not fit is refused before any resolver runs. In variables (the normal case) Apollo answers
 * `BAD_USER_INPUT` with the variable path in the message (`… at "input.compensationAmount"; 金额格式不正确…`);
 * written inline in the document it is a validation error (`GRAPHQL_VALIDATION_FAILED`), as for any literal.
 */

function refuse(message: string, node?: ValueNode): never {
  throw new GraphQLError(message, { nodes: node, extensions: { code: 'BAD_USER_INPUT' } });
}

const shown = (value: unknown) => JSON.stringify(value) ?? String(value);

/** A bad value on the way out is a server bug: an internal error, never BAD_USER_INPUT. */
function serializer<T>(name: string, check: (value: unknown) => T) {
  return (value: unknown): T => {
    try {
      return check(value);
    } catch (error) {
      throw new TypeError(`${name} cannot represent ${shown(value)}: ${(error as Error).message}`, { cause: error });
    }
  };
}

/** Both scalars are strings on the wire; a number or enum literal is refused with its source text. */
function stringLiteral(ast: ValueNode, what: string): string {
  if (ast.kind !== Kind.STRING) refuse(`${what}须写成字符串，收到 ${print(ast)}`, ast);
  return ast.value;
}

/** Canonical yuan string ("2000" → "2000.00"); the domain's Chinese message when it is not one. */
function toDecimal(value: unknown, node?: ValueNode): string {
  if (typeof value !== 'string') refuse(`金额须为字符串形式的十进制数（如 "1999.99"），收到 ${shown(value)}`, node);
  try {
    return formatYuan(parseYuan(value));
  } catch (error) {
    refuse((error as Error).message, node);
  }
}

function toDate(value: unknown, node?: ValueNode): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    refuse(`日期格式不正确：${shown(value)}（应为 YYYY-MM-DD）`, node);
  }
  return value;
}

/**
 * Money: yuan as a decimal string with at most two decimals, non-negative. Inputs are normalized to two decimals
 * ("2000" → "2000.00"); the resolver receives the string (use `parseYuan` for fen). Outputs must be yuan strings —
 * convert fen with `formatYuan` first; a number is refused rather than guessed to be yuan or fen.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: '金额：以元为单位的十进制字符串，非负，最多两位小数，如 "2000000.00"',
  serialize: serializer('Decimal', (value) => toDecimal(value)),
  parseValue: (value) => toDecimal(value),
  parseLiteral: (ast) => toDecimal(stringLiteral(ast, '金额'), ast),
});

/** A calendar day, `YYYY-MM-DD` (an Asia/Shanghai day where it matters). */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: '日期（YYYY-MM-DD），按北京时间',
  serialize: serializer('Date', (value) => toDate(value)),
  parseValue: (value) => toDate(value),
  parseLiteral: (ast) => toDate(stringLiteral(ast, '日期'), ast),
});

/**
 * An instant: ISO 8601 with an offset on input (`2025-09-30T10:00:00+08:00`), a `Date` in resolvers, UTC
 * (`…Z`) on output. graphql-scalars' `DateTime`, so every module uses the same one (type-graphql's default for
 * `() => Date` is a different scalar, `DateTimeISO`).
 */
export const DateTimeScalar = DateTimeResolver;
