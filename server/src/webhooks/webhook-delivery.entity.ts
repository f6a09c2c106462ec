import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: '投递状态',
  valuesConfig: {
    PENDING: { description: '等待发送或等待重试' },
    SUCCEEDED: { description: '接收方返回 2xx' },
    FAILED: { description: '重试用尽仍未成功（可手动重放）' },
  },
});

/** One try to reach the receiver: kept on the delivery so its history is one read. */
export interface WebhookAttempt {
  at: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  replay: boolean;
}

/** At most this many attempts are kept per delivery (retries are bounded, replays are not). */
export const MAX_ATTEMPTS_KEPT = 20;

/**
 * One event for one endpoint. `eventId` is the source (a complaint event's id, a case's id): unique with the
 * endpoint, so a fan-out that runs twice over the same events (after a crash, or over its overlap window) never
 * delivers twice. The payload is fixed when the delivery is created; retries and replays send the same bytes'
 * content with the same `Kesu-Webhook-Id`, so receivers can de-duplicate.
 */
@ObjectType('WebhookDelivery', { description: '一次事件投递（含重试与重放的记录）' })
@Entity({ tableName: 'webhook_delivery' })
@Unique({ name: 'webhook_delivery_event_unique', properties: ['endpoint', 'eventType', 'eventId'] })
@Index({ name: 'webhook_delivery_endpoint_created_idx', properties: ['endpoint', 'createdAt'] })
export class WebhookDelivery {
  [OptionalProps]?: 'createdAt' | 'status' | 'attempts' | 'lastStatusCode' | 'lastError' | 'lastAttemptAt' | 'deliveredAt' | 'attemptLog';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => WebhookEndpoint, { deleteRule: 'cascade' })
  endpoint!: WebhookEndpoint;

  @Field(() => String, { description: '事件类型，如 complaint.created' })
  @Property({ type: 'text' })
  eventType!: string;

  @Property({ type: 'uuid' })
  eventId!: string;

  @Field(() => Date, { description: '事件发生时间' })
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Field(() => GraphQLJSON, { description: '发送的 JSON 请求体（每次尝试相同）' })
  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Field(() => WebhookDeliveryStatus)
  @Property({ type: 'text' })
  status: WebhookDeliveryStatus = WebhookDeliveryStatus.PENDING;

  @Field(() => Int, { description: '已尝试次数（含重放）' })
  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Field(() => Int, { nullable: true, description: '最近一次接收方返回的 HTTP 状态码；连接失败或超时时为空' })
  @Property({ type: 'integer', nullable: true })
  lastStatusCode: number | null = null;

  @Field(() => String, { nullable: true, description: '最近一次失败的原因' })
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastAttemptAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '首次成功送达时间' })
  @Property({ type: 'datetime', nullable: true })
  deliveredAt: Date | null = null;

  @Property({ type: 'json', default: '[]' })
  attemptLog: WebhookAttempt[] = [];

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

@ObjectType('WebhookAttempt', { description: '一次发送尝试' })
export class WebhookAttemptType {
  @Field(() => Date) at!: Date;
  @Field(() => Int, { nullable: true }) statusCode!: number | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => Int) durationMs!: number;
  @Field(() => Boolean, { description: '手动重放' }) replay!: boolean;
}
