import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from './webhook-events.js';

const events = z
  .array(z.enum(WEBHOOK_EVENT_TYPES as unknown as [WebhookEventType, ...WebhookEventType[]], { message: `事件只能是 ${WEBHOOK_EVENT_TYPES.join('、')}` }))
  .min(1, '至少订阅一个事件')
  .transform((list) => [...new Set(list)]);
// The URL's own rules depend on the environment and are checked in the service (webhook-url.ts).
const url = z.string().trim().min(1, '地址不能为空');

@InputType()
export class CreateWebhookEndpointInput {
  @Field(() => String, { description: '接收地址，须为 https' }) url!: string;
  @Field(() => [String], { description: `订阅的事件：${WEBHOOK_EVENT_TYPES.join(' ')}` }) events!: string[];
  @Field(() => ID, { nullable: true, description: '管理员为某个合作方应用登记时填写；应用自己登记时省略' }) clientId?: string | null;
}
export const createWebhookEndpointSchema = z.object({ url, events, clientId: z.string().nullish() });

@InputType()
export class UpdateWebhookEndpointInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '读到的版本；已被他人修改时返回 CONFLICT' }) version!: number;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => [String], { nullable: true }) events?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: '停用后不再产生新的投递，尚未送达的投递也不再发送（可重新启用后重放）' }) active?: boolean | null;
}
export const updateWebhookEndpointSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  url: url.nullish(),
  events: events.nullish(),
  active: z.boolean().nullish(),
});

@InputType()
export class WebhookEndpointIdInput {
  @Field(() => ID) id!: string;
}
@InputType()
export class ReplayWebhookDeliveryInput {
  @Field(() => ID, { description: '投递的 ID' }) id!: string;
}
export const idSchema = z.object({ id: z.string() });

@ObjectType()
export class WebhookEndpointSecretPayload {
  @Field(() => WebhookEndpoint) endpoint!: WebhookEndpoint;
  @Field(() => String, { description: '签名密钥，只在创建和轮换时出现；请妥善保存' }) secret!: string;
}
@ObjectType()
export class WebhookEndpointPayload {
  @Field(() => WebhookEndpoint) endpoint!: WebhookEndpoint;
}
@ObjectType()
export class DeleteWebhookEndpointPayload {
  @Field(() => ID, { description: '已删除的接收地址 ID' }) deletedId!: string;
}
@ObjectType()
export class WebhookDeliveryPayload {
  @Field(() => WebhookDelivery) delivery!: WebhookDelivery;
}
