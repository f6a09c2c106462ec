import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  GraphQLInt,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  type GraphQLFieldConfigMap,
  type GraphQLFormattedError,
} from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { createPgPubSub, type ChangedPayload, type PgPubSub } from './pubsub.js';
import { attachSubscriptionServer, type SubscriptionServer } from './subscription-server.js';

interface TestContext {
  viewer: string;
  /** Which context this is, counted across the file: tells a fresh context from a reused one. */
  serial: number;
}

let contextsBuilt = 0;

/** A stand-in for the app schema: one subscription field fed by the PostgreSQL pub/sub, as type-graphql would. */
function buildTestSchema(pubSub: PgPubSub['pubSub']): GraphQLSchema {
  const complaintEvent: GraphQLObjectType = new GraphQLObjectType<ChangedPayload, TestContext>({
    name: 'ComplaintEvent',
    fields: (): GraphQLFieldConfigMap<ChangedPayload, TestContext> => ({
      id: { type: new GraphQLNonNull(GraphQLString) },
      viewer: { type: GraphQLString, resolve: (_source, _args, context) => context.viewer },
      serial: { type: GraphQLInt, resolve: (_source, _args, context) => context.serial },
      again: { type: complaintEvent, resolve: (source) => source }, // lets a test go deep
    }),
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ping: { type: GraphQLString, resolve: () => 'pong' } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        complaintUpdated: {
          type: new GraphQLNonNull(complaintEvent),
          subscribe: () => pubSub.subscribe('COMPLAINT_UPDATED'),
          resolve: (payload: ChangedPayload) => payload,
        },
      },
    }),
  });
}

let instanceA: PgPubSub;
let instanceB: PgPubSub;
let httpServer: Server;
let subscriptions: SubscriptionServer;
let wsUrl: string;
const clients: Client[] = [];

function connect(authorization?: string): Client {
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization } : {},
    retryAttempts: 0,
  });
  clients.push(client);
  return client;
}

interface Outcome {
  data: unknown[];
  errors: GraphQLFormattedError[];
  done: boolean;
}

function subscribe(client: Client, query: string): Outcome {
  const outcome: Outcome = { data: [], errors: [], done: false };
  client.subscribe(
    { query },
    {
      next: (result) => {
        if (result.data) outcome.data.push(result.data);
        if (result.errors) outcome.errors.push(...result.errors);
      },
      error: (error) => {
        outcome.errors.push(...(Array.isArray(error) ? (error as GraphQLFormattedError[]) : [{ message: String(error) }]));
        outcome.done = true;
      },
      complete: () => void (outcome.done = true),
    },
  );
  return outcome;
}

async function until(condition: () => boolean, timeoutMs = 5_000, onEachRound?: () => void): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    onEachRound?.();
    await sleep(100);
  }
}

beforeAll(async () => {
  const serverUrl = inject('pgServerUrl');
  const database = `ws_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: `${serverUrl}postgres` });
  await admin.connect();
  await admin.query(`create database "${database}"`);
  await admin.end();
  const quiet = { log: () => undefined };
  [instanceA, instanceB] = await Promise.all([createPgPubSub(`${serverUrl}${database}`, quiet), createPgPubSub(`${serverUrl}${database}`, quiet)]);

  const armor = new ApolloArmor({ maxDepth: { n: 4 }, maxAliases: { n: 2 }, costLimit: { maxCost: 500 } });
  httpServer = createServer();
  subscriptions = attachSubscriptionServer<TestContext>({
    httpServer,
    schema: buildTestSchema(instanceA.pubSub),
    validationRules: armor.protect().validationRules,
    maxTokens: 200,
    hideSuggestions: true,
    context: async (params) => {
      if (params.authorization !== 'Bearer good') {
        throw new GraphQLError('登录凭证无效，请重新登录', { extensions: { code: 'UNAUTHENTICATED' } });
      }
      return { viewer: 'u1', serial: ++contextsBuilt };
    },
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const address = httpServer.address();
  wsUrl = `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await subscriptions?.dispose();
  if (httpServer?.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
  await Promise.all([instanceA?.close(), instanceB?.close()]);
});

describe('subscriptions over WebSocket', () => {
  it('delivers an event published on another instance, resolved with the context from connectionParams', async () => {
    const outcome = subscribe(connect('Bearer good'), 'subscription { complaintUpdated { id viewer } }');
    // The server gives no signal once a subscription is live, so publish until the first event arrives.
    await until(() => outcome.data.length > 0, 5_000, () => instanceB.pubSub.publish('COMPLAINT_UPDATED', { id: 'c42' }));
    expect(outcome.data[0]).toEqual({ complaintUpdated: { id: 'c42', viewer: 'u1' } });
    expect(outcome.errors).toEqual([]);
  });

  it('resolves every event with a fresh context, so no cache outlives one event', async () => {
    const outcome = subscribe(connect('Bearer good'), 'subscription { complaintUpdated { id serial } }');
    await until(() => outcome.data.length > 0, 5_000, () => instanceB.pubSub.publish('COMPLAINT_UPDATED', { id: 'first' }));
    const seen = outcome.data.length;
    instanceB.pubSub.publish('COMPLAINT_UPDATED', { id: 'second' });
    await until(() => outcome.data.length > seen);
    const serials = outcome.data.map((data) => (data as { complaintUpdated: { serial: number } }).complaintUpdated.serial);
    expect(new Set(serials).size).toBe(serials.length);
  });

  it('answers a refused token as an error of the operation, with its code', async () => {
    const outcome = subscribe(connect('Bearer bad'), 'subscription { complaintUpdated { id } }');
    await until(() => outcome.done);
    expect(outcome.errors.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('applies the HTTP endpoint limits: depth, tokens, and no field suggestions', async () => {
    const client = connect('Bearer good');
    const deep = subscribe(client, 'subscription { complaintUpdated { again { again { again { again { id } } } } } }');
    const long = subscribe(client, `subscription { complaintUpdated { ${'id '.repeat(250)} } }`);
    const typo = subscribe(client, 'subscription { complaintUpdated { idd } }');
    await until(() => deep.done && long.done && typo.done);

    expect(deep.errors[0]?.message).toMatch(/depth/i);
    expect(deep.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(long.errors[0]?.message).toMatch(/token/i);
    expect(long.errors[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(typo.errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.errors[0]?.message).not.toContain('Did you mean');
  });

  it('refuses queries and mutations, which belong on HTTP', async () => {
    const outcome = subscribe(connect('Bearer good'), '{ ping }');
    await until(() => outcome.done);
    expect(outcome.errors[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('dispose() closes live sockets so the HTTP server can close', async () => {
    const server = createServer();
    const attached = attachSubscriptionServer<TestContext>({
      httpServer: server,
      schema: buildTestSchema(instanceA.pubSub),
      context: async () => ({ viewer: 'u2', serial: ++contextsBuilt }),
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const client = createClient({
      url: `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    clients.push(client);
    let closed = false;
    client.on('closed', () => void (closed = true));
    const outcome = subscribe(client, 'subscription { complaintUpdated { id } }');
    await until(() => outcome.data.length > 0, 5_000, () => instanceB.pubSub.publish('COMPLAINT_UPDATED', { id: 'c7' }));

    const started = Date.now();
    await attached.dispose();
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    expect(Date.now() - started).toBeLessThan(2_000);
    await until(() => closed);
  });
});
