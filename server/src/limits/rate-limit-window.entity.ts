import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Cost points used by one principal (`client:<id>` or `user:<id>`) in one fixed window (a minute or an hour).
 * Written only by SQL upserts in cost-budget.service.ts, so every server instance shares the same count; rows
 * whose window has ended are deleted (see `deleteExpiredWindows`).
 */
@Entity({ tableName: 'rate_limit_window' })
@Index({ name: 'rate_limit_window_expires_at_idx', properties: ['expiresAt'] })
export class RateLimitWindow {
  @PrimaryKey({ type: 'text' })
  principal!: string;

  /** 60 or 3600. */
  @PrimaryKey({ type: 'integer' })
  windowSeconds!: number;

  @PrimaryKey({ type: 'datetime' })
  windowStart!: Date;

  /** `windowStart + windowSeconds`: when the budget is whole again, and when the row may go. */
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'integer' })
  used!: number;

  /** The budget the last reservation was checked against (a client's budget may change within a window). */
  @Property({ type: 'integer' })
  budget!: number;
}
