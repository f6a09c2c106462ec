import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config.js';

export type { Logger };

/**
 * JSON lines on stdout, one object per event. Nothing personal or secret is ever passed in: no variables, no
 * headers, no names or phones; errors through `errorFields`, which drops the driver's `detail` (it quotes row
 * values).
 */
export function createLogger(options: { level: LogLevel; destination?: DestinationStream }): Logger {
  const settings = { level: options.level, base: { service: 'kesu' }, timestamp: pino.stdTimeFunctions.isoTime };
  // Asynchronous writes (lines logged while one is in flight go out together): a synchronous write per line stalls
  // the event loop whenever the reader of stdout (a collector, a pipe) is slower; under load that cost the list a
  // quarter of its throughput (docs/performance.md). pino flushes what is pending when the process exits.
  return pino(settings, options.destination ?? pino.destination({ dest: 1, sync: false }));
}

/** What an error may say in a log: never the `detail`/`where` of a PostgreSQL error, which can quote customer data. */
export function errorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { type: error.name, message: error.message, ...(code === undefined ? {} : { code }), stack: error.stack };
}

/** What the GraphQL layer learns about a request, for its log line; filled in by the metrics plugin. */
export interface RequestNote {
  operation?: string;
  /** `user:<id>` or `client:<id>`: ids only, never a login or name. */
  actor?: string;
  errorCodes?: string[];
}

const NOTE = Symbol('kesu.requestNote');
type Noted = { [NOTE]?: RequestNote };

/**
 * Hands a response's note (present only when request lines are logged) to the GraphQL context, so a plugin that
 * sees only the context can fill in the operation and actor. A symbol property: Apollo shallow-copies the
 * context per operation, which keeps own symbols, so identity-keyed lookups would miss. Returns the context.
 */
export function linkRequestNote<T extends object>(res: ServerResponse, context: T): T {
  const note = (res as Noted)[NOTE];
  if (note) (context as Noted)[NOTE] = note;
  return context;
}

export function requestNoteFor(context: object): RequestNote | undefined {
  return (context as Noted)[NOTE];
}

/** A caller's request id is kept only when it is a plain token: it is echoed in a header and logged. */
const ACCEPTED_REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * Request id (the caller's `x-request-id`, or a new one), echoed in the response, and one log line per request
 * when `info` is on: id, method, path without the query string, status, duration, GraphQL operation and actor.
 */
export function requestLogMiddleware(logger: Logger) {
  const logging = logger.isLevelEnabled('info');
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && ACCEPTED_REQUEST_ID.test(given) ? given : randomUUID();
    // Written back so every later reader of the request (Apollo's plugins included) sees the same id.
    req.headers['x-request-id'] = id;
    res.setHeader('x-request-id', id);
    if (!logging) return next();
    const started = performance.now();
    // Read now: routers rewrite `req.url` below their mount point. The query string may carry ids; it stays out.
    const path = (req.url ?? '').split('?', 1)[0];
    (res as ServerResponse & Noted)[NOTE] = {};
    // 'close' rather than 'finish': a request whose client went away is logged too, marked aborted.
    res.once('close', () => {
      const note = (res as ServerResponse & Noted)[NOTE];
      logger.info(
        {
          reqId: id,
          method: req.method,
          path,
          status: res.statusCode,
          ...(res.writableFinished ? {} : { aborted: true }),
          ms: Math.round((performance.now() - started) * 10) / 10,
          ...(note?.operation ? { operation: note.operation } : {}),
          ...(note?.actor ? { actor: note.actor } : {}),
          ...(note?.errorCodes ? { errors: note.errorCodes } : {}),
        },
        'request',
      );
    });
    next();
  };
}
