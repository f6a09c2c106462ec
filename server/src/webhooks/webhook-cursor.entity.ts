import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * How far the fan-out has read a source stream (`complaint_event`, published cases): the last position handled,
 * moved in the same transaction as the deliveries created from it, so a crash neither loses nor repeats events.
 */
@Entity({ tableName: 'webhook_cursor' })
export class WebhookCursor {
  @PrimaryKey({ type: 'text' })
  stream!: string;

  /** The time of the last event read: the time inside a complaint event's UUIDv7 id, a case's `published_at`. */
  @Property({ type: 'datetime' })
  positionAt!: Date;

  /** The id of the last event read, breaking ties within one instant. */
  @Property({ type: 'uuid' })
  positionId!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
