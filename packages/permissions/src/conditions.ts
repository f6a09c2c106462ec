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

export const conditionsMatcher: ConditionsMatcher<MongoQuery> = buildMongoQueryMatcher(
  { $startsWith: startsWithInstruction } as never,
  { startsWith: startsWithInterpreter } as never,
);
