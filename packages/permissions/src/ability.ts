import { AbilityBuilder, createMongoAbility, type MongoAbility, type RawRuleOf } from '@casl/ability';
import { packRules, unpackRules, type PackRule } from '@casl/ability/extra';
import type { Role } from '@kesu/domain';
import { conditionsMatcher } from './conditions.js';

/**
 * `manage` is CASL's wildcard. `move` is granted more narrowly than `update`. `readContact` guards customer contact
 * data (phones): CASL field lists only allow, they cannot subtract one field from "everything", so the one
 * sensitive field group gets its own action, checked per row like a field rule.
 */
export type Action = 'manage' | 'create' | 'read' | 'update' | 'delete' | 'move' | 'readContact' | 'publish' | 'rate';
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
  | 'ApiClient'
  | 'WebhookEndpoint'
  | 'OwnerToken'
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
      // Partner apps are set up by an admin for a part of their own subtree, with their webhooks.
      can(['create', 'read', 'update'], 'ApiClient', underUnit as never);
      can(['create', 'read', 'update', 'delete'], 'WebhookEndpoint', { 'client.orgUnit.path': inSubtree } as never);
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

/** What an admin may grant a partner app (API.md "Partner apps"). */
export const API_SCOPES = [
  'complaints:create',
  'complaints:read',
  'complaints:transition',
  'cases:read',
  'reports:read',
  'owner-delegation',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];
export const API_SCOPE_LABELS: Readonly<Record<ApiScope, string>> = {
  'complaints:create': '登记投诉',
  'complaints:read': '查询投诉',
  'complaints:transition': '处理投诉（状态流转）',
  'cases:read': '查阅案例库',
  'reports:read': '查看报表',
  'owner-delegation': '代业主操作（业主令牌）',
};
export const isApiScope = (value: unknown): value is ApiScope => (API_SCOPES as readonly string[]).includes(value as string);

/** A partner app: an org unit it was set up for (its path) and the scopes granted to it. */
export interface ClientActor {
  clientId: string;
  orgPath: string;
  scopes: readonly ApiScope[];
}

/**
 * A partner app's rules come from its scopes over its subtree, built the same way as a person's grants: the
 * same subjects, the same path conditions, so lists are scoped in SQL exactly alike. A client never sees people,
 * accountability or drafts; with `complaints:read` phones stay masked, with `complaints:transition` (an app that
 * handles complaints and calls customers back) they do not.
 */
export function defineAbilityForClient(actor: ClientActor): AppAbility {
  const { can, rules } = new AbilityBuilder<AppAbility>(createMongoAbility);
  const inSubtree = { $startsWith: actor.orgPath };
  const inProject = { 'project.path': inSubtree };
  const inGroup = { groupId: groupIdOf(actor.orgPath) };
  const scopes = new Set(actor.scopes);
  can('read', 'OrgUnit', { path: inSubtree } as never);
  can('read', ['Category', 'GradeScheme', 'CalendarDay'], inGroup as never);
  if (scopes.has('complaints:read') || scopes.has('complaints:transition')) can('read', 'Complaint', inProject as never);
  if (scopes.has('complaints:create')) can('create', 'Complaint', inProject as never);
  if (scopes.has('complaints:transition')) can(['update', 'readContact'], 'Complaint', inProject as never);
  if (scopes.has('cases:read')) can('read', 'Case', { ...inGroup, status: 'PUBLISHED' } as never);
  if (scopes.has('reports:read')) can('read', 'Report', { path: inSubtree } as never);
  if (scopes.has('owner-delegation')) can('create', 'OwnerToken', { 'project.path': inSubtree } as never);
  // Every client manages its own webhook endpoints.
  can(['create', 'read', 'update', 'delete'], 'WebhookEndpoint', { 'client.id': actor.clientId } as never);
  return ability(rules);
}

/** An owner (业主) the property app vouched for: their room in one project, through one client. */
export interface OwnerActor {
  /** `ownerKeyOf(projectId, phone, room)`: how complaints name the owners they concern. */
  ownerKey: string;
  projectId: string;
}

/**
 * An owner reads their own complaints (whichever project unit took them), files new ones for their own project,
 * and rates a concluded one when asked. They never read contacts (other customers of a joint complaint), people,
 * configuration or anything else.
 */
export function defineAbilityForOwner(actor: OwnerActor): AppAbility {
  const { can, rules } = new AbilityBuilder<AppAbility>(createMongoAbility);
  const own = { ownerKeys: { $has: actor.ownerKey } };
  can('read', 'Complaint', own as never);
  can('rate', 'Complaint', own as never);
  can('create', 'Complaint', { 'project.id': actor.projectId } as never);
  // Their project's name on their complaints; nothing else of the org structure.
  can('read', 'OrgUnit', { id: actor.projectId } as never);
  return ability(rules);
}

/**
 * One key per owner and project: digits of the phone and the room number without spaces, case or full-width
 * forms, so "1-2-301", "１-２-３０１" and " 1-2-301 " are one room.
 */
export function ownerKeyOf(projectId: string, phone: string, room: string): string {
  const digits = phone.normalize('NFKC').replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, '');
  const roomKey = room.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  return `${projectId}:${digits}:${roomKey}`;
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
