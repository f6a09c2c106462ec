import { createHash, randomBytes } from 'node:crypto';
import { defineAbilityForClient, defineAbilityForOwner, ownerKeyOf, subject, type AppAbility } from '@kesu/permissions';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { paginate, type ConnectionArgs } from '../graphql/connection.js';
import type { Context, Viewer } from '../graphql/context.js';
import { badInput, forbidden, notFound, staleVersion, unauthenticated } from '../graphql/errors.js';
import { idOf } from '../graphql/global-id.js';
import { scopeFilter } from '../graphql/scope-filter.js';
import { parseInput } from '../graphql/validation.js';
import type { OwnerClaims } from '../identity/token.service.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { ApiClient } from './api-client.entity.js';
import {
  apiClientIdSchema,
  createApiClientSchema,
  issueOwnerTokenSchema,
  updateApiClientSchema,
} from './api-client.inputs.js';

/** Keys are recognisable (`ksk_`, like GitHub's `ghp_`) so secret scanners and people can tell them from tokens. */
export const API_KEY_PREFIX = 'ksk_';
const KEY_PREFIX_SHOWN = API_KEY_PREFIX.length + 6;
const LAST_USED_RESOLUTION_SECONDS = 60;
const REVOKED_OR_UNKNOWN = 'API 密钥无效或已吊销，请联系管理员获取新密钥';

export const isApiKey = (bearer: string) => bearer.startsWith(API_KEY_PREFIX);
const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

function newKey(): { key: string; keyHash: string; keyPrefix: string } {
  const key = `${API_KEY_PREFIX}${randomBytes(24).toString('base64url')}`;
  return { key, keyHash: hashKey(key), keyPrefix: key.slice(0, KEY_PREFIX_SHOWN) };
}

/** A partner app's key → the caller. One indexed look-up per request, so a revoked key is refused at once. */
export async function authenticateApiKey(em: EntityManager, key: string): Promise<Viewer> {
  const client = await em.findOne(ApiClient, { keyHash: hashKey(key), revokedAt: null }, { populate: ['orgUnit'] });
  if (!client) throw unauthenticated(REVOKED_OR_UNKNOWN);
  await touch(em, client);
  return { user: null, grants: [], client, owner: null };
}

/**
 * An owner token is honoured only while the client that issued it is active, still has `owner-delegation` and
 * still reaches the project: revoking the client or narrowing it ends its owners' access at once too.
 */
export async function authenticateOwner(em: EntityManager, claims: OwnerClaims): Promise<Viewer> {
  const client = await em.findOne(ApiClient, { id: claims.clientId, revokedAt: null }, { populate: ['orgUnit'] });
  if (!client || !client.scopes.includes('owner-delegation')) throw unauthenticated('业主令牌已失效，请重新获取');
  const project = await em.findOne(OrgUnit, { id: claims.projectId });
  if (!project || !project.path.startsWith(client.orgUnit.path)) throw unauthenticated('业主令牌已失效，请重新获取');
  await touch(em, client);
  const owner = { key: ownerKeyOf(project.id, claims.phone, claims.room), projectId: project.id, phone: claims.phone, room: claims.room };
  return { user: null, grants: [], client, owner };
}

/** The rules of a partner app or an owner; people's come from their grants (see `defineAbilityFor`). */
export function partnerAbility(viewer: Viewer): AppAbility | null {
  if (viewer.owner) return defineAbilityForOwner({ ownerKey: viewer.owner.key, projectId: viewer.owner.projectId });
  if (viewer.client) return defineAbilityForClient({ clientId: viewer.client.id, orgPath: viewer.client.orgUnit.path, scopes: viewer.client.scopes });
  return null;
}

/**
 * `lastUsedAt` to the minute. The row was just read, so most requests know it is fresh and send nothing; the
 * UPDATE stays conditional so that instances racing past the check still write once.
 */
async function touch(em: EntityManager, client: ApiClient): Promise<void> {
  if (client.lastUsedAt && Date.now() - client.lastUsedAt.getTime() < LAST_USED_RESOLUTION_SECONDS * 1000) return;
  await em.getConnection().execute(
    'update api_client set last_used_at = now() where id = ? and (last_used_at is null or last_used_at < now() - make_interval(secs => ?))',
    [client.id, LAST_USED_RESOLUTION_SECONDS],
    'run',
  );
}

export async function createApiClient(ctx: Context, raw: unknown): Promise<{ client: ApiClient; key: string }> {
  const input = parseInput(createApiClientSchema, raw);
  const unit = await ctx.em.findOne(OrgUnit, { id: idOf('OrgUnit', input.orgUnitId, 'orgUnitId') });
  if (!unit) throw badInput('orgUnitId', '组织单元不存在');
  if (!ctx.ability.can('create', subject('ApiClient', { orgUnit: unit }))) throw forbidden('您不能为该组织创建合作方应用');
  assertBudgets(input.costPerMinute, input.costPerHour);
  const { key, keyHash, keyPrefix } = newKey();
  const client = ctx.em.create(ApiClient, {
    name: input.name,
    orgUnit: unit,
    scopes: input.scopes,
    keyHash,
    keyPrefix,
    createdBy: ctx.viewer?.user ?? null,
    costPerMinute: input.costPerMinute ?? null,
    costPerHour: input.costPerHour ?? null,
    persistedOnly: input.persistedOnly ?? false,
  });
  await ctx.em.flush();
  return { client, key };
}

function assertBudgets(perMinute: number | null | undefined, perHour: number | null | undefined): void {
  if (perMinute && perHour && perHour < perMinute) throw badInput('costPerHour', '每小时额度不能小于每分钟额度');
}

async function loadForChange(ctx: Context, globalId: string): Promise<ApiClient> {
  const client = await ctx.em.findOne(ApiClient, { id: idOf('ApiClient', globalId, 'id') }, { populate: ['orgUnit'] });
  if (!client || !ctx.ability.can('read', client)) throw notFound('合作方应用');
  if (!ctx.ability.can('update', client)) throw forbidden('您不能修改该合作方应用');
  return client;
}

export async function updateApiClient(ctx: Context, raw: unknown): Promise<ApiClient> {
  const input = parseInput(updateApiClientSchema, raw);
  const client = await loadForChange(ctx, input.id);
  if (client.version !== input.version) throw staleVersion('合作方应用');
  if (client.revokedAt) throw badInput('id', '该应用已吊销，不能再修改');
  if (input.name) client.name = input.name;
  if (input.scopes) client.scopes = input.scopes;
  // `null` resets a budget to the server default; leaving the field out keeps it.
  const given = raw as Record<string, unknown>;
  if ('costPerMinute' in given) client.costPerMinute = input.costPerMinute ?? null;
  if ('costPerHour' in given) client.costPerHour = input.costPerHour ?? null;
  if (input.persistedOnly != null) client.persistedOnly = input.persistedOnly;
  assertBudgets(client.costPerMinute, client.costPerHour);
  await ctx.em.flush();
  return client;
}

/** Revoking is final and immediate: every request looks the key up, and owner tokens check their client. */
export async function revokeApiClient(ctx: Context, raw: unknown): Promise<ApiClient> {
  const input = parseInput(apiClientIdSchema, raw);
  const client = await loadForChange(ctx, input.id);
  client.revokedAt ??= new Date();
  await ctx.em.flush();
  return client;
}

/** A new key for a leaked or expiring one; the old key stops working with this change. */
export async function rotateApiClientKey(ctx: Context, raw: unknown): Promise<{ client: ApiClient; key: string }> {
  const input = parseInput(apiClientIdSchema, raw);
  const client = await loadForChange(ctx, input.id);
  if (client.revokedAt) throw badInput('id', '该应用已吊销，不能轮换密钥；请新建应用');
  const { key, keyHash, keyPrefix } = newKey();
  Object.assign(client, { keyHash, keyPrefix });
  await ctx.em.flush();
  return { client, key };
}

export function listApiClients(ctx: Context, args: ConnectionArgs) {
  const where = scopeFilter(ctx.ability, 'read', 'ApiClient') as FilterQuery<ApiClient>;
  return paginate({ em: ctx.em, entity: ApiClient, where, args, sortBy: 'createdAt' });
}

export async function findReadableApiClient(ctx: Context, id: string): Promise<ApiClient | null> {
  return ctx.em.findOne(ApiClient, { $and: [{ id }, scopeFilter(ctx.ability, 'read', 'ApiClient')] } as FilterQuery<ApiClient>);
}

/**
 * The property app vouches for an owner it authenticated (by SMS code, in its own way) and gets a token that
 * sees only that owner's complaints. Only a client, never a person or an owner, issues one.
 */
export async function issueOwnerToken(ctx: Context, raw: unknown): Promise<{ token: string; expiresAt: Date }> {
  const client = ctx.viewer?.client;
  if (!client || ctx.viewer?.owner || !client.scopes.includes('owner-delegation')) {
    throw forbidden('只有具备 owner-delegation 授权的合作方应用可以签发业主令牌');
  }
  const input = parseInput(issueOwnerTokenSchema, raw);
  const project = await ctx.em.findOne(OrgUnit, { id: idOf('OrgUnit', input.projectId, 'projectId') });
  if (!project) throw badInput('projectId', '项目不存在');
  if (project.level !== 'PROJECT') throw badInput('projectId', `「${project.name}」不是项目`);
  if (!ctx.ability.can('create', subject('OwnerToken', { project }))) throw forbidden('该项目不在本应用的授权范围内');
  const phone = input.phone.replace(/\D/g, '').slice(-11);
  // The room as people write it, but in half-width forms: what staff will see on the complaint.
  return ctx.tokens.issueOwner({ clientId: client.id, projectId: project.id, phone, room: input.room.normalize('NFKC') });
}
