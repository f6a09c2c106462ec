import { AbilityBuilder, createMongoAbility, type MongoAbility, type RawRuleOf } from '@casl/ability';
import { packRules, unpackRules, type PackRule } from '@casl/ability/extra';
import type { Role } from '@kesu/domain';
import { conditionsMatcher } from './conditions.js';

/**
 * `manage` is CASL's wildcard. `move` is granted more narrowly than `update`. `readContact` guards customer contact
 * data (phones): CASL field lists only allow, they cannot subtract one field from "everything", so the one
 * sensitive field group gets its own action, checked per row like a field rule.
 */
export type Action = 'manage' | 'create' | 'read' | 'update' | 'delete' | 'move' | 'readContact' | 'publish';
/** Subjects are GraphQL `__typename`s, so the admin can ask about exactly what it renders. */
export type SubjectType =
  | 'OrgUnit'
  | 'Department'
  | 'User'
  | 'RoleAssignment'
  | 'Complaint'
  | 'Category'
  | 'GradeScheme'
  | 'CalendarDay'
  | 'Accountability'
  | 'Case'
  | 'Report'
  | 'all';

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

/** Who reads, takes in, handles complaints and sees customer phones, by role (RULES.md §1, §6; INV 第八条). */
const COMPLAINT_READERS = new Set<Role>([
  'ADMIN', 'REGION_PRESIDENT', 'REGION_CR_EXECUTIVE', 'REGION_CR_LEAD', 'CITY_HEAD', 'AREA_HEAD', 'PROJECT_HEAD',
  'CS_AGENT', 'SERVICE_CENTER_STAFF', 'QUALITY_CENTER', 'PERFORMANCE', 'DEPARTMENT_STAFF',
]);
const COMPLAINT_INTAKE = new Set<Role>([
  'CS_AGENT', 'SERVICE_CENTER_STAFF', 'PROJECT_HEAD', 'CITY_HEAD', 'AREA_HEAD', 'REGION_CR_EXECUTIVE', 'REGION_CR_LEAD',
]);
const COMPLAINT_HANDLERS = new Set<Role>([
  'CS_AGENT', 'SERVICE_CENTER_STAFF', 'PROJECT_HEAD', 'CITY_HEAD', 'AREA_HEAD', 'REGION_CR_EXECUTIVE', 'REGION_CR_LEAD',
  'REGION_PRESIDENT', 'QUALITY_CENTER',
]);
const CONTACT_READERS = new Set<Role>([
  'CS_AGENT', 'SERVICE_CENTER_STAFF', 'PROJECT_HEAD', 'CITY_HEAD', 'AREA_HEAD', 'REGION_CR_EXECUTIVE', 'REGION_CR_LEAD',
]);

const CASE_EDITORS = new Set<Role>(['GROUP_CR', 'REGION_CR_EXECUTIVE', 'REGION_CR_LEAD']);

/** The group (tenant root) of a materialized path `/<group>/<…>/`. */
export function groupIdOf(orgPath: string): string {
  return orgPath.split('/')[1] ?? '';
}

const isGroupRoot = (orgPath: string) => orgPath.split('/').filter(Boolean).length === 1;

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
    const inGroup = { groupId: groupIdOf(grant.orgPath) };
    const inProject = { 'project.path': inSubtree };

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
      can(['create', 'update'], 'GradeScheme', underUnit as never);
      // The taxonomy and the calendar belong to the whole group: only an admin of the group itself edits them.
      if (isGroupRoot(grant.orgPath)) can(['create', 'update', 'delete'], ['Category', 'CalendarDay'], inGroup as never);
    }

    // Configuration of one's own group is readable by everyone in it (the admin previews, staff read labels).
    can('read', ['Category', 'GradeScheme', 'CalendarDay'], inGroup as never);

    // Complaints: by the project they concern (RULES.md §1, §6). Group CR sees what its policy sends to the group.
    if (grant.role === 'GROUP_CR') {
      const groupVisible = { ...inProject, groupVisible: true };
      can(['read', 'update', 'readContact'], 'Complaint', groupVisible as never);
      can('create', 'Complaint', inProject as never);
    } else {
      if (COMPLAINT_READERS.has(grant.role)) can('read', 'Complaint', inProject as never);
      if (COMPLAINT_INTAKE.has(grant.role)) can('create', 'Complaint', inProject as never);
      if (COMPLAINT_HANDLERS.has(grant.role)) can('update', 'Complaint', inProject as never);
      if (CONTACT_READERS.has(grant.role)) can('readContact', 'Complaint', inProject as never);
    }

    // 问责追责 (CG §4.5, §5.1(3), §5.3): the regional CR executive determines (create), performance enforces
    // (update), group CR reads every accountability of its group and may comment (update of the comment only).
    if (grant.role === 'REGION_CR_EXECUTIVE') can(['create', 'read'], 'Accountability', inProject as never);
    if (grant.role === 'PERFORMANCE') can(['update', 'read'], 'Accountability', inProject as never);
    if (grant.role === 'GROUP_CR' || grant.role === 'REGION_PRESIDENT' || grant.role === 'REGION_CR_LEAD' || grant.role === 'QUALITY_CENTER') {
      can('read', 'Accountability', inProject as never);
    }

    // 案例库 (CG §4.6): everyone in the group reads published cases; drafts are read by their authors and the
    // customer-relations roles, who also write, review and publish within their subtree.
    can('read', 'Case', { ...inGroup, status: 'PUBLISHED' } as never);
    if (CASE_EDITORS.has(grant.role)) can(['read', 'create', 'update', 'publish'], 'Case', underUnit as never);

    // Reports cover an org unit's subtree; whoever reads its complaints reads its reports (RULES.md §7).
    if (COMPLAINT_READERS.has(grant.role) || grant.role === 'GROUP_CR') can('read', 'Report', { path: inSubtree } as never);
  }
  // Authors keep their own drafts.
  can(['read', 'update'], 'Case', { authorId: actor.userId } as never);
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
