import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../graphql/node.js';
import { ApiClient } from '../partner/api-client.entity.js';
import type { WebhookEventType } from './webhook-events.js';

/**
 * Where a partner app wants to be told about events (a URL it serves), and which events. The secret signs every
 * delivery; it must be kept in clear because HMAC needs it (unlike an API key, which is only compared), so it
 * never leaves the server except in the payloads of `createWebhookEndpoint` and `rotateWebhookSecret`.
 */
@ObjectType('WebhookEndpoint', { implements: NodeInterface, description: '合作方应用的 Webhook 接收地址' })
@Entity({ tableName: 'webhook_endpoint' })
export class WebhookEndpoint {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version' | 'active';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ApiClient, { deleteRule: 'cascade', index: 'webhook_endpoint_client_idx' })
  client!: ApiClient;

  @Field(() => String, { description: '接收地址（https）' })
  @Property({ type: 'text' })
  url!: string;

  @Field(() => [String], { description: '订阅的事件：complaint.created complaint.status_changed complaint.overdue case.published' })
  @Property({ type: 'text[]', columnType: 'text[]' })
  events!: WebhookEventType[];

  @Property({ type: 'text', hidden: true })
  secret!: string;

  @Field(() => Boolean, { description: '停用后不再产生新的投递，尚未送达的也不再发送' })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}
