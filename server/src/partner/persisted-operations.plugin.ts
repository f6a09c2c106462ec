import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import type { Context } from '../graphql/context.js';
import { AppError } from '../graphql/errors.js';
import { skipCostBudget } from '../limits/cost-limit.plugin.js';
import { findPersistedQuery, operationHash } from './persisted-operation.service.js';

interface PersistedQueryExtension {
  version?: unknown;
  sha256Hash?: unknown;
}

/** What runs in place of a refused request until `didResolveOperation` refuses it: parses, validates, touches nothing. */
const NOTHING = '{ __typename }';

/**
 * Persisted operations, as an Apollo Server plugin. A partner app may call an operation registered for it by
 * sending `extensions.persistedQuery = { version: 1, sha256Hash }` without `query`; the stored text runs. A
 * `persistedOnly` app may run nothing else: a free-form `query`, an unknown hash or another app's hash is refused
 * (PERSISTED_QUERY_REQUIRED / PERSISTED_QUERY_NOT_FOUND, HTTP 400) and nothing runs.
 *
 * Apollo's own automatic persisted queries are off (`persistedQueries: false` in app.ts): they would let any
 * caller register any text in a per-instance memory cache, which is exactly what a persisted-only app must not
 * do. `requestDidStart` runs before Apollo reads `query` and `extensions`, so this plugin swaps in the stored
 * text (or a no-op to refuse) and removes the extension before Apollo looks.
 */
export function persistedOperationsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      const client = contextValue.viewer?.client;
      const persisted = request.extensions?.persistedQuery as PersistedQueryExtension | undefined;
      if (!client) return;
      if (!persisted) {
        if (client.persistedOnly) return refuse(request, required());
        return;
      }
      const { persistedQuery: _, ...otherExtensions } = request.extensions ?? {};
      request.extensions = otherExtensions;
      if (request.query) {
        // Text and hash together is how Apollo's clients register a query: never for a persisted-only app.
        if (client.persistedOnly) return refuse(request, required());
        return;
      }
      const hash = typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash : '';
      const text = persisted.version === 1 ? await findPersistedQuery(contextValue.em, client.id, hash) : null;
      if (!text) {
        return refuse(
          request,
          new AppError('PERSISTED_QUERY_NOT_FOUND', '该查询未为本应用登记（extensions.persistedQuery 须为 version 1 与已登记查询原文的 sha256Hash）', {
            http: { status: 400 },
          }),
        );
      }
      request.query = text;
      return;
    },
  };
}

/**
 * Over WebSocket (graphql-ws, subscriptions only) a persisted-only app sends the registered text itself: it may
 * subscribe only if that text's hash is registered for it. Other callers are not concerned.
 */
export async function admitPersistedSubscription(context: Context, query: string): Promise<AppError | null> {
  const client = context.viewer?.client;
  if (!client?.persistedOnly) return null;
  if (await findPersistedQuery(context.em, client.id, operationHash(query))) return null;
  return new AppError('PERSISTED_QUERY_NOT_FOUND', '本应用只能订阅已登记的查询：请发送与登记原文完全一致的订阅');
}

const required = () =>
  new AppError('PERSISTED_QUERY_REQUIRED', '本应用只能运行已登记的查询：请只发送 extensions.persistedQuery.sha256Hash，不要发送 query', {
    http: { status: 400 },
  });

function refuse(request: GraphQLRequest, error: AppError) {
  request.query = NOTHING;
  request.operationName = undefined;
  request.variables = {};
  skipCostBudget(request);
  return {
    async didResolveOperation() {
      throw error;
    },
  };
}
