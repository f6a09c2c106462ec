import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import type { ComplaintState } from '@kesu/domain';
import { User } from '../identity/user.entity.js';
import { ApiClient } from '../partner/api-client.entity.js';
import { Complaint } from './complaint.entity.js';

/**
 * One entry of a complaint's file (XX 4.4: every step leaves a record, kept permanently): who, when, what,
 * before/after, reason. Append-only; written in the same transaction as the change it records.
 */
@Entity({ tableName: 'complaint_event' })
@Index({ name: 'complaint_event_timeline_idx', properties: ['complaint', 'occurredAt'] })
export class ComplaintEvent {
  [OptionalProps]?: 'occurredAt' | 'actor' | 'reason' | 'data' | 'fromStatus' | 'toStatus' | 'public' | 'actorClient';

  /** UUIDv7: time-ordered and monotonic, so events written in the same millisecond keep their order. */
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Complaint, { deleteRule: 'cascade' })
  complaint!: Complaint;

  @Property({ type: 'text' })
  type!: string;

  /** `null` when the system acted (the clock). */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  actor: User | null = null;

  /** The partner app through which the step was taken (its own or an owner's); `actor` is then empty. */
  @ManyToOne(() => ApiClient, { nullable: true, deleteRule: 'set null' })
  actorClient: ApiClient | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  occurredAt: Date = new Date();

  @Property({ type: 'text', nullable: true })
  fromStatus: ComplaintState | null = null;

  @Property({ type: 'text', nullable: true })
  toStatus: ComplaintState | null = null;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'json', nullable: true })
  data: Record<string, unknown> | null = null;

  /** Shown to the owner in the property app (never internal notes). */
  @Property({ type: 'boolean', default: false })
  public: boolean = false;
}
