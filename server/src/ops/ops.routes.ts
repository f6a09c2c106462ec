import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express, NextFunction, Request, Response } from 'express';
import type { Metrics } from './metrics.js';
import type { ReadyState } from './ready-state.js';

/** Paths the SPA fallback must leave alone. */
export const OPS_PATHS = ['/healthz', '/readyz', '/metrics'];

/**
 * /healthz (alive and the database answers: the partner contract in API.md), /readyz (send traffic here?) and
 * /metrics (Prometheus text format). Registered before everything else so no auth or body parsing runs for them.
 */
export function registerOpsRoutes(app: Express, options: { orm: MikroORM; ready: ReadyState; metrics: Metrics }): void {
  const { orm, ready, metrics } = options;
  // While draining, every response asks the client to close its connection, so keep-alive clients move to
  // another instance before this one stops listening instead of writing into a socket that is about to close.
  app.use((_req: Request, res: Response, next: NextFunction) => {
    if (ready.isShuttingDown) res.setHeader('connection', 'close');
    next();
  });
  app.get('/healthz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  app.get('/readyz', async (_req, res) => {
    const reason = await ready.notReadyReason();
    res.setHeader('cache-control', 'no-store');
    if (reason) res.status(503).json({ status: 'not ready', reason });
    else res.json({ status: 'ready' });
  });
  app.get('/metrics', async (_req, res) => {
    res.setHeader('content-type', metrics.registry.contentType);
    res.setHeader('cache-control', 'no-store');
    res.send(await metrics.registry.metrics());
  });
}
