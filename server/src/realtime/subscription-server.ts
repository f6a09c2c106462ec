import type { IncomingMessage, Server } from 'node:http';
import {
  GraphQLError,
  createSourceEventStream,
  execute,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * GraphQL subscriptions over WebSocket (the graphql-ws protocol, which Apollo Client's GraphQLWsLink speaks) on
 * the HTTP server that already serves `/graphql`, with the same limits as the HTTP endpoint.
 */

export type ConnectionParams = Readonly<Record<string, unknown>>;

/** Apollo's `formatError` signature, so the HTTP endpoint's function can be passed as it is. */
export type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

export interface SubscriptionServerOptions<TContext> {
  httpServer: Server;
  schema: GraphQLSchema;
  /** Default `/graphql`: the same URL as HTTP, told apart by the upgrade. */
  path?: string;
  /**
   * Builds the context of one operation from the client's `connection_init` payload (for us `authorization:
   * "Bearer <token>"`). A GraphQLError it throws is answered as an error of that operation.
   */
  context: (connectionParams: ConnectionParams, request: IncomingMessage) => Promise<TContext>;
  /** The HTTP endpoint's graphql-armor rules (`armor.protect().validationRules`); run after graphql's own. */
  validationRules?: readonly ValidationRule[];
  /** graphql-armor's maxTokens is a parser plugin, not a rule, so it is applied here through `parse`. */
  maxTokens?: number;
  formatError?: FormatError;
  /** Mask "Did you mean …" in validation errors, as graphql-armor's blockFieldSuggestion does over HTTP. */
  hideSuggestions?: boolean;
  /**
   * Queries and mutations belong on HTTP: refusing them here keeps one path for them (limits, logging, later
   * rate limits) and this socket for what needs it. Default true.
   */
  subscriptionsOnly?: boolean;
  /** Largest message a client may send; ws would otherwise accept 100 MiB. Default 1 MiB, as `express.json`. */
  maxPayloadBytes?: number;
  /** Ping interval; a client that misses a pong is dropped. Default 12 s. */
  keepAliveMs?: number;
  /**
   * Build a new context for every event, not once per subscription. Default true: a context holds a forked
   * EntityManager and request-scoped DataLoaders, whose caches would otherwise answer every later event with
   * the objects as they were when the subscription started. It also re-checks the token and the account on
   * every event, so an expired token or a disabled account stops receiving data.
   */
  contextPerEvent?: boolean;
  /**
   * A last say on an operation once its caller is known (persisted-only partner apps may subscribe only with
   * operations registered for them): a GraphQLError refuses it, null lets it run.
   */
  admit?: (context: TContext, query: string) => Promise<GraphQLError | null>;
}

export interface SubscriptionServer {
  /** Closes every socket (1001 Going away) and stops accepting upgrades. Call before closing the HTTP server. */
  dispose(): Promise<void>;
}

const CLOSE_GRACE_MS = 1_000;

export function attachSubscriptionServer<TContext extends object>(options: SubscriptionServerOptions<TContext>): SubscriptionServer {
  const { schema, formatError, hideSuggestions = false, subscriptionsOnly = true, contextPerEvent = true } = options;
  const rules: readonly ValidationRule[] = [...specifiedRules, ...(options.validationRules ?? [])];
  const wss = new WebSocketServer({
    server: options.httpServer,
    path: options.path ?? '/graphql',
    maxPayload: options.maxPayloadBytes ?? 1024 * 1024,
  });
  const sockets = new Set<WebSocket>();
  /** How to rebuild the context of a running subscription, keyed by its first context (what `subscribe` sees). */
  const contextFactories = new WeakMap<object, () => Promise<TContext>>();
  wss.on('connection', (socket: WebSocket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  const format = (errors: readonly GraphQLError[]): GraphQLFormattedError[] =>
    errors.map((error) => {
      const formatted = error.toJSON();
      const masked = hideSuggestions ? { ...formatted, message: maskSuggestions(formatted.message) } : formatted;
      return formatError ? formatError(masked, error) : masked;
    });

  const cleanup = useServer(
    {
      schema,
      onSubscribe: async (ctx, _id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
        let document: DocumentNode;
        try {
          document = parse(payload.query, options.maxTokens ? { maxTokens: options.maxTokens } : undefined);
        } catch (error) {
          if (error instanceof GraphQLError) return [withCode(error, 'GRAPHQL_PARSE_FAILED')];
          throw error;
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) return errors.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));

        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [new GraphQLError('无法确定要执行的操作，请提供 operationName', { extensions: { code: 'BAD_REQUEST' } })];
        if (subscriptionsOnly && operation.operation !== 'subscription') {
          return [new GraphQLError('WebSocket 只接受订阅（subscription），查询与变更请通过 HTTP 发送', { extensions: { code: 'BAD_REQUEST' } })];
        }

        const makeContext = (): Promise<TContext> => options.context(ctx.connectionParams ?? {}, ctx.extra.request);
        let contextValue: TContext;
        try {
          contextValue = await makeContext();
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        const refusal = await options.admit?.(contextValue, payload.query);
        if (refusal) return [refusal];
        if (contextPerEvent) contextFactories.set(contextValue, makeContext);
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
      },
      // graphql's own `subscribe`, except that each event may be executed with a context of its own.
      subscribe: async (args: ExecutionArgs) => {
        const events = await createSourceEventStream(args);
        if (!isAsyncIterable(events)) return events;
        const makeContext = contextFactories.get(args.contextValue as object);
        return mapAsyncIterable(events, async (payload): Promise<ExecutionResult> => {
          if (!makeContext) return execute({ ...args, rootValue: payload });
          let contextValue: TContext;
          try {
            contextValue = await makeContext();
          } catch (error) {
            if (error instanceof GraphQLError) return { errors: [error] };
            throw error;
          }
          return execute({ ...args, rootValue: payload, contextValue });
        });
      },
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : undefined),
    },
    wss,
    options.keepAliveMs,
  );

  return {
    async dispose() {
      const open = [...sockets];
      await cleanup.dispose();
      // A client that does not answer the close handshake would keep the HTTP server from closing.
      const deadline = Date.now() + CLOSE_GRACE_MS;
      while (open.some((socket) => sockets.has(socket)) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      for (const socket of open) if (sockets.has(socket)) socket.terminate();
    },
  };
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function';
}

/**
 * Maps an event stream without an async generator: a generator parked in `await source.next()` would not act on
 * `return()` until the next event, so an unsubscribe would hang on a quiet topic.
 */
function mapAsyncIterable<T, U>(source: AsyncIterable<T>, map: (value: T) => Promise<U>): AsyncIterableIterator<U> {
  const iterator = source[Symbol.asyncIterator]();
  const done = (): IteratorResult<U> => ({ value: undefined, done: true });
  return {
    async next(): Promise<IteratorResult<U>> {
      const result = await iterator.next();
      return result.done ? done() : { value: await map(result.value), done: false };
    },
    async return(): Promise<IteratorResult<U>> {
      await iterator.return?.();
      return done();
    },
    async throw(error: unknown): Promise<IteratorResult<U>> {
      await iterator.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions.code) return error;
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError, extensions: { ...error.extensions, code } });
}

function maskSuggestions(message: string): string {
  return message.replace(/Did you mean ".+"/g, '[Suggestion hidden]');
}
