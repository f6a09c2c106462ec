import { randomUUID } from 'node:crypto';
import { Collection, Entity, ManyToOne, OneToMany, OneToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { AccountabilityStatus } from '@kesu/domain';
import { Complaint } from '../complaint/complaint.entity.js';
import { User } from '../identity/user.entity.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import type { PartyKind, Penalty } from './accountability.enums.js';

/**
 * The determination of responsibility after a complaint is concluded (问责追责, CG §4.5, §5.3(3)(4)): recorded by
 * the regional CR executive, enforced by performance management, supervised by group CR. One per complaint; the
 * complaint's own `accountability` status moves through the state machine in the same transactions.
 */
@Entity({ tableName: 'accountability' })
export class Accountability {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version' | 'enforcedBy' | 'enforcedAt' | 'enforcementNote' | 'recordedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => Complaint, { owner: true, deleteRule: 'cascade', unique: 'accountability_complaint_unique' })
  complaint!: Complaint;

  @Property({ type: 'uuid' })
  groupId!: string;

  /** The complaint's project: the permission rules scope accountability by `project.path`. */
  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict', index: 'accountability_project_idx' })
  project!: OrgUnit;

  @Property({ type: 'text' })
  conclusion!: string;

  /** RECORDED, then ENFORCED once performance management confirms the penalties were carried out. */
  @Property({ type: 'text' })
  status!: Exclude<AccountabilityStatus, 'NONE'>;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  recordedBy!: User;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  recordedAt: Date = new Date();

  @ManyToOne(() => User, { nullable: true, deleteRule: 'restrict' })
  enforcedBy: User | null = null;

  @Property({ type: 'datetime', nullable: true })
  enforcedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  enforcementNote: string | null = null;

  @OneToMany(() => AccountabilityParty, (party) => party.accountability, { orderBy: { position: 'asc' } })
  parties = new Collection<AccountabilityParty>(this);

  @OneToMany(() => AccountabilityComment, (comment) => comment.accountability, { orderBy: { createdAt: 'asc', id: 'asc' } })
  comments = new Collection<AccountabilityComment>(this);

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}

/** One responsible party with its share of the responsibility and its penalty. */
@Entity({ tableName: 'accountability_party' })
@Unique({ name: 'accountability_party_position_unique', properties: ['accountability', 'position'] })
export class AccountabilityParty {
  [OptionalProps]?: 'refId' | 'note';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Accountability, { deleteRule: 'cascade' })
  accountability!: Accountability;

  /** Order as entered (0-based). */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'text' })
  kind!: PartyKind;

  /** The department, org unit or user (by kind); `null` for a contractor, which is named only. */
  @Property({ type: 'uuid', nullable: true })
  refId: string | null = null;

  /** The name at the time of the determination (people change units, units are renamed). */
  @Property({ type: 'text' })
  name!: string;

  /** Whole percent; the shares of one determination add up to 100. */
  @Property({ type: 'integer' })
  sharePercent!: number;

  @Property({ type: 'text' })
  penalty!: Penalty;

  /** Exact money: integer fen; 0 unless the penalty is a fine. */
  @Property({ type: 'bigint', columnType: 'bigint' })
  fineFen!: number;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}

/** Group CR's supervision (CG §5.1(3)): append-only remarks on an A-class accountability. */
@Entity({ tableName: 'accountability_comment' })
export class AccountabilityComment {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Accountability, { deleteRule: 'cascade', index: 'accountability_comment_idx' })
  accountability!: Accountability;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  author!: User;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
