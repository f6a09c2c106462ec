import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError, parse, validate, type GraphQLSchema } from 'graphql';
import { paginate, type ConnectionArgs } from '../graphql/connection.js';
import type { Context } from '../graphql/context.js';
import { badInput, forbidden, notFound } from '../graphql/errors.js';
import { idOf } from '../graphql/global-id.js';
import { parseInput } from '../graphql/validation.js';
import { ApiClient } from './api-client.entity.js';
import { findReadableApiClient } from './api-client.service.js';
import { PersistedOperation } from './persisted-operation.entity.js';
import { deletePersistedOperationSchema, registerPersistedOperationsSchema } from './persisted-operation.inputs.js';

/** The hash partners send: hex SHA-256 of the exact query text (UTF-8), as Apollo's persisted queries compute it. */
export const operationHash = (query: string) => createHash('sha256').update(query, 'utf8').digest('hex');

/** The text registered for this client under `sha256`, or null: another client's registration is no match. */
export async function findPersistedQuery(em: EntityManager, clientId: string, sha256: string): Promise<string | null> {
  if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
  const row = await em.findOne(PersistedOperation, { client: clientId, sha256 }, { fields: ['query'] });
  return row?.query ?? null;
}

/** The client an admin manages: unknown or outside their subtree reads as not found, seen but not theirs as forbidden. */
async function manageableClient(ctx: Context, globalId: string, field: string): Promise<ApiClient> {
  const client = await ctx.em.findOne(ApiClient, { id: idOf('ApiClient', globalId, field) }, { populate: ['orgUnit'] });
  if (!client || !ctx.ability.can('read', client)) throw notFound('合作方应用');
  if (!ctx.ability.can('update', client)) throw forbidden('您不能为该合作方应用登记查询');
  return client;
}

/**
 * Registers operations for a client. Each must parse and validate against the schema as it is now (so an app
 * never holds a hash that cannot run); the first one that does not is refused naming `operations.N.query`, and
 * nothing is written. Registering the same text again keeps the row and takes the new name.
 */
export async function registerPersistedOperations(ctx: Context, schema: GraphQLSchema, raw: unknown): Promise<PersistedOperation[]> {
  const input = parseInput(registerPersistedOperationsSchema, raw);
  const client = await manageableClient(ctx, input.clientId, 'clientId');
  if (client.revokedAt) throw badInput('clientId', '该应用已吊销，不能再登记查询');
  input.operations.forEach((operation, index) => {
    const problem = queryProblem(schema, operation.query);
    if (problem) throw badInput(`operations.${index}.query`, `operations.${index}.query: ${problem}`);
  });
  const hashed = input.operations.map((operation) => ({ ...operation, sha256: operationHash(operation.query) }));
  const existing = await ctx.em.find(PersistedOperation, { client, sha256: { $in: hashed.map((h) => h.sha256) } });
  const bySha = new Map(existing.map((row) => [row.sha256, row]));
  const rows = hashed.map(({ name, query, sha256 }) => {
    const row = bySha.get(sha256);
    if (row) {
      row.name = name;
      return row;
    }
    const created = ctx.em.create(PersistedOperation, { client, name, query, sha256, createdBy: ctx.viewer?.user ?? null });
    bySha.set(sha256, created);
    return created;
  });
  await ctx.em.flush();
  return rows;
}

function queryProblem(schema: GraphQLSchema, query: string): string | null {
  try {
    const errors = validate(schema, parse(query));
    return errors.length > 0 ? errors.map((e) => e.message).join('；') : null;
  } catch (error) {
    if (error instanceof GraphQLError) return `语法错误：${error.message}`;
    throw error;
  }
}

export async function listPersistedOperations(ctx: Context, clientGlobalId: string, args: ConnectionArgs) {
  const client = await findReadableApiClient(ctx, idOf('ApiClient', clientGlobalId, 'clientId'));
  if (!client) throw notFound('合作方应用');
  return paginate({ em: ctx.em, entity: PersistedOperation, where: { client }, args, sortBy: 'createdAt' });
}

export async function deletePersistedOperation(ctx: Context, raw: unknown): Promise<{ deletedId: string }> {
  const input = parseInput(deletePersistedOperationSchema, raw);
  const operation = await ctx.em.findOne(
    PersistedOperation,
    { id: idOf('PersistedOperation', input.id, 'id') },
    { populate: ['client', 'client.orgUnit'] },
  );
  if (!operation || !ctx.ability.can('read', operation.client)) throw notFound('持久化查询');
  if (!ctx.ability.can('update', operation.client)) throw forbidden('您不能删除该应用的持久化查询');
  await ctx.em.remove(operation).flush();
  return { deletedId: input.id };
}
