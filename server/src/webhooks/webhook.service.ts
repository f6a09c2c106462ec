import { subject } from '@kesu/permissions';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { paginate, type ConnectionArgs } from '../graphql/connection.js';
import type { Context } from '../graphql/context.js';
import { badInput, forbidden, notFound, staleVersion } from '../graphql/errors.js';
import { idOf } from '../graphql/global-id.js';
import { scopeFilter } from '../graphql/scope-filter.js';
import { parseInput } from '../graphql/validation.js';
import { ApiClient } from '../partner/api-client.entity.js';
import { attemptDelivery } from './webhook-dispatch.service.js';
import { WebhookDelivery, type WebhookDeliveryStatus } from './webhook-delivery.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { createWebhookEndpointSchema, idSchema, updateWebhookEndpointSchema } from './webhook.inputs.js';
import { newWebhookSecret } from './webhook-signature.js';
import { currentUrlPolicy, webhookUrlProblem } from './webhook-url.js';

/** Enough for production, staging and a backup receiver per event; more usually means a loop in a script. */
export const MAX_ENDPOINTS_PER_CLIENT = 10;

function checkUrl(url: string): string {
  const problem = webhookUrlProblem(url, currentUrlPolicy());
  if (problem) throw badInput('url', problem);
  return url;
}

/** The app the endpoint is for: the calling app itself, or (for an admin) the app named by `clientId`. */
async function targetClient(ctx: Context, clientId: string | null | undefined): Promise<ApiClient> {
  const caller = ctx.viewer?.client;
  if (!clientId) {
    if (!caller || ctx.viewer?.owner) throw badInput('clientId', '请指定为哪个合作方应用登记（clientId）');
    return caller;
  }
  const client = await ctx.em.findOne(ApiClient, { id: idOf('ApiClient', clientId, 'clientId') }, { populate: ['orgUnit'] });
  if (!client) throw badInput('clientId', '合作方应用不存在');
  return client;
}

export async function createWebhookEndpoint(ctx: Context, raw: unknown): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
  const input = parseInput(createWebhookEndpointSchema, raw);
  const client = await targetClient(ctx, input.clientId);
  if (!ctx.ability.can('create', subject('WebhookEndpoint', { client }))) throw forbidden('您不能为该合作方应用登记 Webhook');
  if (client.revokedAt) throw badInput('clientId', '该应用已吊销，不能登记 Webhook');
  const url = checkUrl(input.url);
  const count = await ctx.em.count(WebhookEndpoint, { client });
  if (count >= MAX_ENDPOINTS_PER_CLIENT) throw badInput('url', `每个应用最多登记 ${MAX_ENDPOINTS_PER_CLIENT} 个接收地址`);
  const secret = newWebhookSecret();
  const endpoint = ctx.em.create(WebhookEndpoint, { client, url, events: input.events, secret });
  await ctx.em.flush();
  return { endpoint, secret };
}

async function loadForChange(ctx: Context, globalId: string, action: 'update' | 'delete'): Promise<WebhookEndpoint> {
  const endpoint = await ctx.em.findOne(WebhookEndpoint, { id: idOf('WebhookEndpoint', globalId, 'id') }, { populate: ['client', 'client.orgUnit'] });
  if (!endpoint || !ctx.ability.can('read', endpoint)) throw notFound('Webhook 接收地址');
  if (!ctx.ability.can(action, endpoint)) throw forbidden('您不能修改该 Webhook 接收地址');
  return endpoint;
}

export async function updateWebhookEndpoint(ctx: Context, raw: unknown): Promise<WebhookEndpoint> {
  const input = parseInput(updateWebhookEndpointSchema, raw);
  const endpoint = await loadForChange(ctx, input.id, 'update');
  if (endpoint.version !== input.version) throw staleVersion('Webhook 接收地址');
  if (input.url != null) endpoint.url = checkUrl(input.url);
  if (input.events != null) endpoint.events = input.events;
  if (input.active != null) endpoint.active = input.active;
  await ctx.em.flush();
  return endpoint;
}

/**
 * Deleting removes the endpoint and its delivery history; pending retries find nothing and stop. To pause
 * deliveries and keep the history, set `active: false` instead.
 */
export async function deleteWebhookEndpoint(ctx: Context, raw: unknown): Promise<string> {
  const input = parseInput(idSchema, raw);
  const endpoint = await loadForChange(ctx, input.id, 'delete');
  await ctx.em.remove(endpoint).flush();
  return input.id;
}

/** A new secret for a leaked one; deliveries are signed with the new one from the next attempt on. */
export async function rotateWebhookSecret(ctx: Context, raw: unknown): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
  const input = parseInput(idSchema, raw);
  const endpoint = await loadForChange(ctx, input.id, 'update');
  const secret = newWebhookSecret();
  endpoint.secret = secret;
  await ctx.em.flush();
  return { endpoint, secret };
}

export function listWebhookEndpoints(ctx: Context, args: ConnectionArgs) {
  const where = scopeFilter(ctx.ability, 'read', 'WebhookEndpoint') as FilterQuery<WebhookEndpoint>;
  return paginate({ em: ctx.em, entity: WebhookEndpoint, where, args, sortBy: 'createdAt' });
}

/** Deliveries of one endpoint, oldest first (`last: n` for the newest); none for an endpoint out of scope. */
export function listWebhookDeliveries(ctx: Context, endpointGlobalId: string, status: WebhookDeliveryStatus | null | undefined, args: ConnectionArgs) {
  const endpointId = idOf('WebhookEndpoint', endpointGlobalId, 'endpointId');
  const where = {
    $and: [{ endpoint: { $and: [{ id: endpointId }, scopeFilter(ctx.ability, 'read', 'WebhookEndpoint')] } }, status ? { status } : {}],
  } as FilterQuery<WebhookDelivery>;
  return paginate({ em: ctx.em, entity: WebhookDelivery, where, args, sortBy: 'createdAt' });
}

/**
 * Sends a delivery again now, with the same id and payload (receivers de-duplicate by `Kesu-Webhook-Id`), signed
 * afresh, and records the attempt. Waits for the receiver (at most the 10 s timeout) so the caller sees the result.
 */
export async function replayWebhookDelivery(ctx: Context, raw: unknown): Promise<WebhookDelivery> {
  const input = parseInput(idSchema, raw);
  const id = idOf('WebhookDelivery', input.id, 'id');
  const delivery = await ctx.em.findOne(WebhookDelivery, { id }, { populate: ['endpoint', 'endpoint.client', 'endpoint.client.orgUnit'] });
  if (!delivery || !ctx.ability.can('read', delivery.endpoint)) throw notFound('Webhook 投递记录');
  if (!ctx.ability.can('update', delivery.endpoint)) throw forbidden('您不能重放该投递');
  if (delivery.endpoint.client.revokedAt) throw badInput('id', '该应用已吊销，不能重放');
  if (!delivery.endpoint.active) throw badInput('id', '接收地址已停用，请先启用再重放');
  await attemptDelivery(ctx.em.fork(), delivery.id, { replay: true, finalAttempt: false });
  return ctx.em.findOneOrFail(WebhookDelivery, { id }, { refresh: true });
}
