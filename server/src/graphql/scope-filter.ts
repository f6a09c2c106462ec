import { rulesToCondition } from '@casl/ability/extra';
import type { Action, AppAbility, SubjectType } from '@kesu/permissions';
import { startsWithPattern } from './like.js';

type Condition = Record<string, unknown>;

/**
 * A filter MikroORM turns into `1 = 0`. Needed because MikroORM reads `{ $or: [] }` as "no condition" and would
 * return every row when no rule allows anything.
 */
export const matchNothing = (): Condition => ({ id: { $in: [] as string[] } });

/**
 * The SQL side of CASL: the same rules that `ability.can()` checks in memory, as one MikroORM filter, so every
 * list is scoped in the database (DESIGN "Authorization is data-scoped").
 */
export function scopeFilter(ability: AppAbility, action: Action, subjectType: SubjectType): Condition {
  const condition = rulesToCondition<AppAbility, Condition, Condition>(
    ability.rulesFor(action, subjectType),
    (rule) => (rule.inverted ? { $not: rule.conditions as Condition } : (rule.conditions as Condition)),
    { and: (all) => ({ $and: all }), or: (any) => ({ $or: any }), empty: () => ({}) },
  );
  // A fresh object each time: MikroORM rewrites filters in place, so a shared (or frozen) one would break.
  return condition === null ? matchNothing() : toMikroFilter(condition);
}

function toMikroFilter(condition: Condition): Condition {
  const result: Condition = {};
  for (const [key, value] of Object.entries(condition)) {
    if (key === '$and' || key === '$or') {
      result[key] = (value as Condition[]).map(toMikroFilter);
    } else if (key === '$not') {
      result[key] = toMikroFilter(value as Condition);
    } else {
      // Dotted keys ('orgUnit.path') become nested objects, which MikroORM turns into joins.
      const parts = key.split('.');
      let target = result;
      for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Condition;
      target[parts[parts.length - 1]!] = toMikroValue(value);
    }
  }
  return result;
}

function toMikroValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) return value;
  const operators: Condition = {};
  for (const [op, operand] of Object.entries(value as Condition)) {
    if (op === '$startsWith') operators.$like = startsWithPattern(operand as string);
    else if (op === '$has') operators.$contains = [operand];
    else operators[op] = operand;
  }
  return operators;
}
