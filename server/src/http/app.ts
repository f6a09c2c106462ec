import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Config } from '../config.js';
import type { Context } from '../graphql/context.js';
import { createLoaders } from '../graphql/loaders.js';
import { buildAppSchema } from '../graphql/schema.js';
import type { TokenService } from '../identity/token.service.js';
import { createLocalPubSub, type KesuPubSub } from '../realtime/pubsub.js';
import { attachSubscriptionServer } from '../realtime/subscription-server.js';
import { authenticate } from './authenticate.js';
import { registerExportRoutes } from '../reporting/report-export.routes.js';
import { CostBudgetService } from '../limits/cost-budget.service.js';
import { costLimitPlugin } from '../limits/cost-limit.plugin.js';
import { admitPersistedSubscription, persistedOperationsPlugin } from '../partner/persisted-operations.plugin.js';
import { createLogger, errorFields, linkRequestNote, requestLogMiddleware, type Logger } from '../ops/logger.js';
import { Metrics } from '../ops/metrics.js';
import { metricsPlugin } from '../ops/metrics.plugin.js';
import { OPS_PATHS, registerOpsRoutes } from '../ops/ops.routes.js';
import { ReadyState } from '../ops/ready-state.js';
import { corsFor } from './cors.js';

export interface App {
  server: Server;
  logger: Logger;
  /** main.ts marks the job runner started and the start of a shutdown here; /readyz reads it. */
  ready: ReadyState;
  metrics: Metrics;
  /** Resolves with the bound port once listening. */
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

const KNOWN_CODES = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'PERSISTED_QUERY_REQUIRED', 'RATE_LIMITED']);

/** Limits on every request (DESIGN "GraphQL conventions"): cheap refusals before any resolver runs. */
export const LIMITS = { maxDepth: 12, maxAliases: 15, maxTokens: 3000, maxCost: 20000, maxDirectives: 20 };

const defaultAdminDist = fileURLToPath(new URL('../../../admin/dist', import.meta.url));

export async function createApp(options: { orm: MikroORM; config: Config; tokens: TokenService; pubSub?: KesuPubSub; logger?: Logger }): Promise<App> {
  const { orm, config, tokens } = options;
  const pubSub = options.pubSub ?? createLocalPubSub();
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const ready = new ReadyState(() => orm.em.getConnection().execute('select 1'));
  // Process metrics start timers and GC observers: once per process (main.ts), not once per test app.
  const metrics = new Metrics({ orm, logger, processMetrics: config.env !== 'test' });
  const formatError = errorFormatter(logger);
  const schema = await buildAppSchema(pubSub);
  const server = createServer();
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    maxTokens: { n: LIMITS.maxTokens },
    maxDirectives: { n: LIMITS.maxDirectives },
    costLimit: { maxCost: LIMITS.maxCost },
    blockFieldSuggestion: { enabled: config.env === 'production' },
  });
  const protection = armor.protect();
  // Subscriptions (graphql-ws) on the same URL, told apart by the upgrade; same limits, same context.
  const subscriptions = attachSubscriptionServer<Context>({
    httpServer: server,
    schema,
    path: '/graphql',
    validationRules: protection.validationRules,
    maxTokens: LIMITS.maxTokens,
    hideSuggestions: config.env === 'production',
    formatError,
    admit: admitPersistedSubscription,
    context: async (params) =>
      buildContext(orm, tokens, pubSub, typeof params.authorization === 'string' ? params.authorization : undefined),
  });
  const apollo = new ApolloServer<Context>({
    schema,
    // graphql-armor ships CommonJS typings of Apollo's plugin types; at run time they are the same objects.
    plugins: [
      ...(protection.plugins as never[]),
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      // Kesu sends no cache hints; the default cache-control plugin would wrap every resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      persistedOperationsPlugin(),
      metricsPlugin(metrics),
      costLimitPlugin(new CostBudgetService(() => orm.em, config.costBudget)),
    ],
    // Only operations registered per client (partner/persisted-operations.plugin.ts), never Apollo's per-instance APQ cache.
    persistedQueries: false,
    validationRules: [...protection.validationRules],
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    formatError,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(requestLogMiddleware(logger));
  registerOpsRoutes(app, { orm, ready, metrics });
  app.use(
    '/graphql',
    ...corsFor(config.corsOrigins),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => linkRequestNote(res, await buildContext(orm, tokens, pubSub, req.headers.authorization)),
    }),
  );

  // Downloads (the monthly report workbook) with the same token and context as /graphql; before the SPA fallback.
  registerExportRoutes(app, { context: (authorization) => buildContext(orm, tokens, pubSub, authorization) });

  const adminDist = config.adminDist ?? defaultAdminDist;
  if (existsSync(join(adminDist, 'index.html'))) {
    app.use(express.static(adminDist, { index: false, maxAge: '1h' }));
    // The SPA routes on the client: any other GET that wants HTML gets the shell.
    app.get(/^(?!\/graphql).*/, (req, res, next) => {
      if (OPS_PATHS.includes(req.path) || !req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(adminDist, 'index.html'));
    });
  }
  // Express's own error page shows the stack outside NODE_ENV=production (a body over the limit, malformed JSON):
  // answer in GraphQL's error shape instead, with the status the error carries and nothing internal.
  app.use((error: { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) console.error('[http] internal error', error);
    const message = status === 413 ? '请求体过大' : status === 500 ? '服务器内部错误，请稍后重试' : '请求格式不正确';
    res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  });
  server.on('request', app);

  return {
    server,
    logger,
    ready,
    metrics,
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    close: async () => {
      // Open sockets would otherwise hold the HTTP server's close.
      await subscriptions.dispose();
      await apollo.stop();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function buildContext(orm: MikroORM, tokens: TokenService, pubSub: KesuPubSub, authorization: string | undefined): Promise<Context> {
  const em = orm.em.fork();
  const { viewer, authError, ability } = await authenticate(em, tokens, authorization);
  return { em, viewer, ability, authError, loaders: createLoaders(em, ability), tokens, pubSub };
}

/** Known errors pass as they are; anything else is logged and replaced, so no internals reach a client. */
function errorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => formatError(logger, formatted, error);
}

function formatError(logger: Logger, formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === 'BAD_USER_INPUT' && !formatted.extensions?.field) {
    // graphql-js rejects a bad variable (a scalar, an enum) before any resolver runs, naming only its path:
    // lift that path into `extensions.field` so every BAD_USER_INPUT names its field the same way.
    // A variable that is not even an object (`"input": 7`) has no path inside it: the variable itself is the field.
    const path = /at "([^"]+)"/.exec(formatted.message)?.[1] ?? /^Variable "\$(\w+)" got invalid value/.exec(formatted.message)?.[1];
    if (path) return { ...formatted, extensions: { ...formatted.extensions, field: path.replace(/^input\./, '') } };
  }
  if (typeof code === 'string' && KNOWN_CODES.has(code)) return formatted;
  // The path says where; the variables (customer data) stay out of the log.
  const cause = error instanceof Error && 'originalError' in error && error.originalError ? error.originalError : error;
  logger.error({ err: errorFields(cause), path: formatted.path }, 'graphql: internal error');
  return { message: '服务器内部错误，请稍后重试', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
