import { AbilityBuilder, createMongoAbility, type MongoAbility, type RawRuleOf } from '@casl/ability';
import { packRules, unpackRules, type PackRule } from '@casl/ability/extra';
import type { Role } from '@kesu/domain';
import { conditionsMatcher } from './conditions.js';

/** `manage` is CASL's wildcard; `move` and `assign` are separate because they are granted more narrowly. */
export type Action = 'manage' | 'create' | 'read' | 'update' | 'delete' | 'move';
/** Subjects are GraphQL `__typename`s, so the admin can ask about exactly what it renders. */
export type SubjectType = 'OrgUnit' | 'Department' | 'User' | 'RoleAssignment' | 'all';

export type AppAbility = MongoAbility<[Action, SubjectType | object]>;

/** A role held at an org unit; `orgPath` is that unit's materialized path (`/<id>/<id>/`). */
export interface RoleGrant {
  role: Role;
  orgUnitId: string;
  orgPath: string;
}

export interface Actor {
  userId: string;
  grants: readonly RoleGrant[];
}

const ability = (rules: RawRuleOf<AppAbility>[]): AppAbility =>
  createMongoAbility<AppAbility>(rules, {
    conditionsMatcher,
    // Plain objects built by the admin or by `subject()` carry their type; entities are named like their GraphQL type.
    detectSubjectType: (object) =>
      (object as { __caslSubjectType__?: SubjectType }).__caslSubjectType__ ??
      (object as { __typename?: SubjectType }).__typename ??
      (object.constructor as { name: SubjectType }).name,
  });

/**
 * Every grant reaches the whole subtree below its unit and nothing else (RULES.md §1, DESIGN "Authorization is
 * data-scoped"). Conditions are written over paths so they translate into one indexed SQL filter.
 */
export function defineAbilityFor(actor: Actor): AppAbility {
  const { can, rules } = new AbilityBuilder<AppAbility>(createMongoAbility);
  can('read', 'User', { id: actor.userId });

  for (const grant of actor.grants) {
    const inSubtree = { $startsWith: grant.orgPath };
    const underUnit = { 'orgUnit.path': inSubtree };

    // Everyone sees the org structure, departments and colleagues of their own subtree.
    can('read', 'OrgUnit', { path: inSubtree } as never);
    can('read', 'Department', underUnit as never);
    can('read', 'User', underUnit as never);
    can('read', 'RoleAssignment', underUnit as never);

    if (grant.role === 'ADMIN') {
      can(['create', 'update'], 'OrgUnit', { path: inSubtree } as never);
      // An admin shapes what is below their unit but cannot move or delete the unit they were granted.
      can(['move', 'delete'], 'OrgUnit', { path: { ...inSubtree, $ne: grant.orgPath } } as never);
      can(['create', 'update', 'delete'], ['Department', 'User', 'RoleAssignment'], underUnit as never);
    }
  }
  return ability(rules);
}

export type PackedRules = PackRule<RawRuleOf<AppAbility>>[];

/** The compact JSON that `me.rules` carries to the admin. */
export function packAbility(appAbility: AppAbility): PackedRules {
  return packRules(appAbility.rules);
}

/** The admin rebuilds the server's ability from `me.rules` with the same matcher. */
export function abilityFromPackedRules(packed: PackedRules): AppAbility {
  return ability(unpackRules(packed) as RawRuleOf<AppAbility>[]);
}
