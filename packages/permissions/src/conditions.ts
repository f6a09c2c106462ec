import { buildMongoQueryMatcher, type ConditionsMatcher, type MongoQuery } from '@casl/ability';

/**
 * Subtree scoping is "the org path starts with the assignment's path". CASL's Mongo operators have no prefix
 * test, so `$startsWith` is added here, once, for the server and the admin alike; the server translates the
 * same operator into an indexed SQL `LIKE 'prefix%'` (never a regex, so the btree index on the path is used).
 */
const startsWithInstruction = {
  type: 'field' as const,
  validate(instruction: { name: string }, value: unknown) {
    if (typeof value !== 'string') throw new Error(`"${instruction.name}" expects a string`);
  },
};

function startsWithInterpreter(
  condition: { field: string; value: string },
  object: unknown,
  { get }: { get: (object: unknown, field: string) => unknown },
): boolean {
  const actual = get(object, condition.field);
  return typeof actual === 'string' && actual.startsWith(condition.value);
}

/**
 * "This array field holds this value" (`{ ownerKeys: { $has: key } }`). Mongo's implicit array equality would do
 * in memory, but spelled out it translates unambiguously into PostgreSQL's indexed `array @> '{value}'`.
 */
const hasInstruction = {
  type: 'field' as const,
  validate(instruction: { name: string }, value: unknown) {
    if (typeof value !== 'string') throw new Error(`"${instruction.name}" expects a string`);
  },
};

function hasInterpreter(
  condition: { field: string; value: string },
  object: unknown,
  { get }: { get: (object: unknown, field: string) => unknown },
): boolean {
  const actual = get(object, condition.field);
  return Array.isArray(actual) && actual.includes(condition.value);
}

export const conditionsMatcher: ConditionsMatcher<MongoQuery> = buildMongoQueryMatcher(
  { $startsWith: startsWithInstruction, $has: hasInstruction } as never,
  { startsWith: startsWithInterpreter, has: hasInterpreter } as never,
);
