import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { EscalationChain } from '@kesu/domain';

/**
 * Settings that belong to a whole group (tenant): the escalation chain (which level takes over from which) and
 * the lifecycle thresholds the sources leave to each company. Defaults come from `@kesu/domain`.
 */
@Entity({ tableName: 'group_settings' })
export class GroupSettings {
  [OptionalProps]?: 'updatedAt' | 'satisfiedScore' | 'minAcceptanceShare' | 'demandSampleRate' | 'reportClosingDay';

  /** The group's org unit id. */
  @PrimaryKey({ type: 'uuid' })
  groupId!: string;

  @Property({ type: 'json' })
  escalationChain!: EscalationChain;

  /** Return visits scoring below this are unsatisfied and reopen the complaint (**ours**: 3). */
  @Property({ type: 'integer', default: 3 })
  satisfiedScore: number = 3;

  /** Conclusion needs more than this share of accepting households (CG §3.2(2), **ours**: 0.5). */
  @Property({ type: 'double', default: 0.5 })
  minAcceptanceShare: number = 0.5;

  /** Demands fully satisfied are visited on this deterministic sample (XX 4.3: 15 %). */
  @Property({ type: 'double', default: 0.15 })
  demandSampleRate: number = 0.15;

  /** The monthly report's period ends on this day (XX 4.5: the 24th). */
  @Property({ type: 'integer', default: 24 })
  reportClosingDay: number = 24;

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
