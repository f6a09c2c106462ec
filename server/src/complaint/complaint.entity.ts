import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { AccountabilityStatus, Channel, ComplaintFlag, ComplaintKind, ComplaintState, DeadlineExemption, ResolutionBasis, ReturnVisitMethod } from '@kesu/domain';
import { Category } from '../category/category.entity.js';
import { GradeSchemeVersion } from '../grading/grade-scheme-version.entity.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { User } from '../identity/user.entity.js';
import { ApiClient } from '../partner/api-client.entity.js';

/** A customer named on a complaint; a group complaint (群诉) names some and counts households. */
export interface ComplaintCustomer {
  name: string;
  phone: string | null;
  room: string | null;
}

/** A rule of the grade scheme that fired, as recorded at grading time (Chinese, for people). */
export interface GradeExplanationLine {
  gradeCode: string;
  ruleId: string;
  text: string;
}

export interface EmergencyTeam {
  leaderUserId: string | null;
  leaderName: string | null;
  departments: string[];
  startedAt: string;
}

/**
 * A complaint, demand or warning (RULES.md §2) with its facts, grade, deadlines and state. Every change goes
 * through a named transition that writes an event in the same transaction; `version` guards against lost updates.
 */
@Entity({ tableName: 'complaint' })
@Unique({ name: 'complaint_group_number_unique', properties: ['groupId', 'number'] })
@Unique({ name: 'complaint_idempotency_unique', properties: ['idempotencyScope', 'idempotencyKey'] })
@Index({ name: 'complaint_project_status_idx', properties: ['project', 'status'] })
@Index({ name: 'complaint_group_received_idx', properties: ['groupId', 'receivedAt'] })
@Index({ name: 'complaint_next_due_idx', properties: ['nextDueAt', 'id'] })
@Index({ name: 'complaint_owner_keys_idx', expression: 'create index "complaint_owner_keys_idx" on "complaint" using gin ("owner_keys")' })
// The workbench lists (docs/performance.md "SQL and indexes"): open complaints by next deadline, with the project in
// the index so a scope given as `project_id = any(...)` is checked without reading the row; and the group-visible
// ones (group CR) by next deadline.
@Index({
  name: 'complaint_open_next_due_idx',
  expression:
    `create index "complaint_open_next_due_idx" on "complaint" ("next_due_at", "id", "project_id") ` +
    `where "status" in ('REGISTERED', 'RESPONDED', 'HANDLING', 'ESCALATED', 'INTERNAL_REVIEW', 'EXTERNAL_REVIEW')`,
})
@Index({
  name: 'complaint_group_visible_next_due_idx',
  expression: 'create index "complaint_group_visible_next_due_idx" on "complaint" ("next_due_at", "id") where "group_visible"',
})
export class Complaint {
  [OptionalProps]?:
    | 'createdAt' | 'updatedAt' | 'version' | 'overdue' | 'groupVisible' | 'escalationCount' | 'extensionCount'
    | 'respondedAt' | 'handlingStartedAt' | 'concludedAt' | 'returnVisitedAt' | 'archivedAt' | 'escalatedAt'
    | 'reopenedAt' | 'exemption' | 'emergencyTeam' | 'idempotencyKey' | 'idempotencyScope' | 'idempotencyHash'
    | 'handler' | 'firstResponsible' | 'createdBy' | 'gradeOverridden' | 'acceptingShare' | 'extensions'
    | 'requiresAccountability' | 'internalReviewRounds' | 'reopenCount' | 'confirmationScore' | 'lastReturnVisit' | 'accountability'
    | 'accountabilityDueAt' | 'returnVisitDueAt' | 'responseDueAt' | 'resolutionDueAt' | 'returnVisitRequired' | 'ownerKeys' | 'createdByClient';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  groupId!: string;

  /** `TS-2611-0007` (XX 客户投诉处理表编号原则); XQ- for demands, YJ- for warnings. */
  @Property({ type: 'text' })
  number!: string;

  @Property({ type: 'text' })
  kind!: ComplaintKind;

  @Property({ type: 'text' })
  status!: ComplaintState;

  @Property({ type: 'text' })
  channel!: Channel;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'datetime' })
  receivedAt!: Date;

  @ManyToOne(() => Category, { deleteRule: 'restrict' })
  category!: Category;

  /** The project (or service centre) the complaint concerns: it decides who sees it. */
  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  project!: OrgUnit;

  /** The unit currently owning the handling; moves up the escalation chain. */
  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  owningUnit!: OrgUnit;

  @Property({ type: 'json' })
  customers!: ComplaintCustomer[];

  /**
   * `ownerKeyOf(project, phone, room)` of every customer named with both: how an owner signed in through the
   * property app finds their own complaints (an indexed `@>` filter from their CASL rule).
   */
  @Property({ type: 'text[]', columnType: 'text[]', default: '{}' })
  ownerKeys: string[] = [];

  @Property({ type: 'integer' })
  householdCount!: number;

  /** Exact money: integer fen. */
  @Property({ type: 'bigint', columnType: 'bigint' })
  compensationFen!: number;

  @Property({ type: 'text[]', columnType: 'text[]' })
  flags!: ComplaintFlag[];

  @ManyToOne(() => GradeSchemeVersion, { deleteRule: 'restrict' })
  gradeScheme!: GradeSchemeVersion;

  @Property({ type: 'text' })
  gradeCode!: string;

  @Property({ type: 'text' })
  gradeLabel!: string;

  @Property({ type: 'integer' })
  gradeRank!: number;

  @Property({ type: 'json' })
  gradeExplanation!: GradeExplanationLine[];

  @Property({ type: 'boolean', default: false })
  gradeOverridden: boolean = false;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  firstResponsible: User | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  handler: User | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy: User | null = null;

  /** The partner app that filed it (for an owner or its own staff); `createdBy` is then empty. */
  @ManyToOne(() => ApiClient, { nullable: true, deleteRule: 'set null' })
  createdByClient: ApiClient | null = null;

  @Property({ type: 'datetime', nullable: true })
  responseDueAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  resolutionDueAt: Date | null = null;

  @Property({ type: 'text' })
  resolutionBasis!: ResolutionBasis;

  @Property({ type: 'datetime', nullable: true })
  returnVisitDueAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  accountabilityDueAt: Date | null = null;

  /**
   * The earliest deadline still open (response, resolution, return visit, accountability), or far in the future
   * when none is: lists sort by it ("what is due next") with a plain keyset on a non-null column.
   */
  @Property({ type: 'datetime' })
  nextDueAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  respondedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  handlingStartedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  escalatedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  reopenedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  concludedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  returnVisitedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  archivedAt: Date | null = null;

  @Property({ type: 'boolean', default: false, index: 'complaint_overdue_idx' })
  overdue: boolean = false;

  /** Told to the group at once (grade policy) or escalated to the group: group CR sees it. */
  @Property({ type: 'boolean', default: false })
  groupVisible: boolean = false;

  @Property({ type: 'integer', default: 0 })
  escalationCount: number = 0;

  @Property({ type: 'integer', default: 0 })
  extensionCount: number = 0;

  /** Extensions granted (JD 7.3.2), oldest first. */
  @Property({ type: 'json', nullable: true })
  extensions: { grantedAt: string; newDueAt: string; reason: string }[] | null = null;

  @Property({ type: 'json', nullable: true })
  exemption: DeadlineExemption | null = null;

  @Property({ type: 'boolean', default: false })
  requiresAccountability: boolean = false;

  @Property({ type: 'integer', default: 0 })
  internalReviewRounds: number = 0;

  @Property({ type: 'integer', default: 0 })
  reopenCount: number = 0;

  /** The customer's confirmation score at conclusion (decides a demand's return visit, XX 4.3). */
  @Property({ type: 'integer', nullable: true })
  confirmationScore: number | null = null;

  @Property({ type: 'json', nullable: true })
  lastReturnVisit: { method: ReturnVisitMethod; score: number; satisfied: boolean } | null = null;

  @Property({ type: 'text', default: 'NONE' })
  accountability: AccountabilityStatus = 'NONE';

  /** Share (0–1) of complaining households that accepted the plan at conclusion (CG §3.2). */
  @Property({ type: 'double', nullable: true })
  acceptingShare: number | null = null;

  @Property({ type: 'boolean', default: true })
  returnVisitRequired: boolean = true;

  @Property({ type: 'json', nullable: true })
  emergencyTeam: EmergencyTeam | null = null;

  /** Idempotent creates: the same key from the same caller within 24 h returns the same complaint. */
  @Property({ type: 'text', nullable: true })
  idempotencyScope: string | null = null;

  @Property({ type: 'text', nullable: true })
  idempotencyKey: string | null = null;

  @Property({ type: 'text', nullable: true })
  idempotencyHash: string | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}
