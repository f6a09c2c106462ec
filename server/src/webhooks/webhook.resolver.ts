import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../graphql/access.js';
import { ConnectionArgs, ConnectionType } from '../graphql/connection.js';
import type { Context } from '../graphql/context.js';
import { toGlobalId } from '../graphql/global-id.js';
import { ApiClient } from '../partner/api-client.entity.js';
import { findReadableApiClient } from '../partner/api-client.service.js';
import { WebhookAttemptType, WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import {
  CreateWebhookEndpointInput,
  DeleteWebhookEndpointPayload,
  ReplayWebhookDeliveryInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveryPayload,
  WebhookEndpointIdInput,
  WebhookEndpointPayload,
  WebhookEndpointSecretPayload,
} from './webhook.inputs.js';
import * as webhooks from './webhook.service.js';

export const WebhookEndpointConnection = ConnectionType(WebhookEndpoint, 'WebhookEndpoint');
export const WebhookDeliveryConnection = ConnectionType(WebhookDelivery, 'WebhookDelivery');

@Resolver(() => WebhookEndpoint)
export class WebhookEndpointResolver {
  @Query(() => WebhookEndpointConnection, { description: '调用者可管理的 Webhook 接收地址：应用自己的，或管理员范围内应用的' })
  @Can('read', 'WebhookEndpoint')
  webhookEndpoints(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return webhooks.listWebhookEndpoints(ctx, args);
  }

  @Query(() => WebhookDeliveryConnection, { description: '某个接收地址的投递记录（按创建时间，最新的用 last 取）' })
  @Can('read', 'WebhookEndpoint')
  webhookDeliveries(
    @Arg('endpointId', () => ID) endpointId: string,
    @Arg('status', () => WebhookDeliveryStatus, { nullable: true }) status: WebhookDeliveryStatus | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    return webhooks.listWebhookDeliveries(ctx, endpointId, status, args);
  }

  @Mutation(() => WebhookEndpointSecretPayload, { description: '登记 Webhook 接收地址；签名密钥只在返回中出现一次' })
  @Can('create', 'WebhookEndpoint')
  createWebhookEndpoint(@Arg('input', () => CreateWebhookEndpointInput) input: CreateWebhookEndpointInput, @Ctx() ctx: Context) {
    return webhooks.createWebhookEndpoint(ctx, input);
  }

  @Mutation(() => WebhookEndpointPayload, { description: '修改地址、订阅的事件或启用状态' })
  @Can('update', 'WebhookEndpoint')
  async updateWebhookEndpoint(@Arg('input', () => UpdateWebhookEndpointInput) input: UpdateWebhookEndpointInput, @Ctx() ctx: Context) {
    return { endpoint: await webhooks.updateWebhookEndpoint(ctx, input) };
  }

  @Mutation(() => DeleteWebhookEndpointPayload, { description: '删除接收地址及其投递记录；只想暂停请用 updateWebhookEndpoint(active: false)' })
  @Can('delete', 'WebhookEndpoint')
  async deleteWebhookEndpoint(@Arg('input', () => WebhookEndpointIdInput) input: WebhookEndpointIdInput, @Ctx() ctx: Context) {
    return { deletedId: await webhooks.deleteWebhookEndpoint(ctx, input) };
  }

  @Mutation(() => WebhookEndpointSecretPayload, { description: '轮换签名密钥：下一次发送起使用新密钥，新密钥只显示这一次' })
  @Can('update', 'WebhookEndpoint')
  rotateWebhookSecret(@Arg('input', () => WebhookEndpointIdInput) input: WebhookEndpointIdInput, @Ctx() ctx: Context) {
    return webhooks.rotateWebhookSecret(ctx, input);
  }

  @Mutation(() => WebhookDeliveryPayload, { description: '立即重新发送一次投递（相同 ID 与内容，重新签名），并记录结果' })
  @Can('update', 'WebhookEndpoint')
  async replayWebhookDelivery(@Arg('input', () => ReplayWebhookDeliveryInput) input: ReplayWebhookDeliveryInput, @Ctx() ctx: Context) {
    return { delivery: await webhooks.replayWebhookDelivery(ctx, input) };
  }

  @FieldResolver(() => ApiClient, { nullable: true, description: '所属合作方应用（调用者可见时）' })
  client(@Root() endpoint: WebhookEndpoint, @Ctx() ctx: Context) {
    // A client calling with its key cannot read ApiClient rows; it knows who it is (currentApiClient).
    if (ctx.viewer?.client?.id === endpoint.client.id) return ctx.viewer.client;
    return findReadableApiClient(ctx, endpoint.client.id);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => ID)
  id(@Root() delivery: WebhookDelivery): string {
    return toGlobalId('WebhookDelivery', delivery.id);
  }

  @FieldResolver(() => [WebhookAttemptType], { description: '最近的发送尝试（最多 20 次），按时间先后' })
  attemptLog(@Root() delivery: WebhookDelivery): WebhookAttemptType[] {
    return delivery.attemptLog.map((attempt) => ({ ...attempt, at: new Date(attempt.at) }));
  }
}
