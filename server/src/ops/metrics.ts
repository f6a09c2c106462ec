import type { MikroORM } from '@mikro-orm/postgresql';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Logger } from './logger.js';

/** Where the open workflow states are listed for the partial index `complaint_open_next_due_idx` too. */
const OVERDUE_OPEN = `select count(*)::int as count from complaint
  where overdue and status in ('REGISTERED', 'RESPONDED', 'HANDLING', 'ESCALATED', 'INTERNAL_REVIEW', 'EXTERNAL_REVIEW')`;

/** Operation names come from clients: past this many distinct ones, new names are counted as `other`. */
const MAX_OPERATION_LABELS = 300;
const MAX_CODE_LABELS = 50;
const MAX_LABEL_LENGTH = 100;

/** A scrape must answer even when the database does not: Prometheus gives up after 10 s by default. */
const SCRAPE_QUERY_TIMEOUT_MS = 3000;

function withinScrapeTime<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${SCRAPE_QUERY_TIMEOUT_MS} ms`)), SCRAPE_QUERY_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** The pool knex keeps (tarn), as far as the gauges read it. */
interface PoolStats {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

type Outcome = 'ok' | 'error';
interface Observer {
  observe(value: number): void;
}

/**
 * The Prometheus registry of one server instance. Per-request work is a map lookup and one histogram observe
 * (`observeRequest`); everything that needs the database is read on scrape (`collect`), never per request.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly duration: Histogram<'operation' | 'outcome'>;
  private readonly errors: Counter<'code'>;
  private readonly observers = new Map<string, Record<Outcome, Observer>>();
  private readonly codes = new Set<string>();
  private queueDepth: (() => Promise<number>) | undefined;

  constructor(options: { orm: MikroORM; logger: Logger; processMetrics?: boolean }) {
    const { orm, logger, processMetrics = true } = options;
    const registers = [this.registry];
    this.duration = new Histogram({
      name: 'kesu_graphql_request_duration_seconds',
      help: 'GraphQL requests over HTTP by operation name and outcome (error: the response carries errors), timed from Apollo taking the request (after authentication) to its response; _count is the request count.',
      labelNames: ['operation', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.errors = new Counter({
      name: 'kesu_graphql_errors_total',
      help: 'GraphQL errors sent to clients, by extensions.code.',
      labelNames: ['code'],
      registers,
    });
    const pool = (): PoolStats | undefined => (orm.em.getConnection().getKnex().client as { pool?: PoolStats }).pool;
    new Gauge({
      name: 'kesu_db_pool_connections',
      help: 'Connections of the ORM pool by state.',
      labelNames: ['state'],
      registers,
      collect() {
        const stats = pool();
        if (!stats) return;
        this.set({ state: 'used' }, stats.numUsed());
        this.set({ state: 'free' }, stats.numFree());
      },
    });
    new Gauge({
      name: 'kesu_db_pool_pending_acquires',
      help: 'Requests waiting for an ORM pool connection (above 0 for long: raise KESU_DB_POOL_MAX or add instances).',
      registers,
      collect() {
        this.set(pool()?.numPendingAcquires() ?? 0);
      },
    });
    const readQueueDepth = () => this.queueDepth?.();
    new Gauge({
      name: 'kesu_jobs_queued',
      help: 'Background jobs waiting to run (created or waiting for a retry), all queues; shared by all instances.',
      registers,
      async collect() {
        try {
          const reading = readQueueDepth();
          const depth = reading === undefined ? undefined : await withinScrapeTime(reading);
          if (depth === undefined) this.reset();
          else this.set(depth);
        } catch (error) {
          this.reset();
          logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'metrics: job queue depth unavailable');
        }
      },
    });
    new Gauge({
      name: 'kesu_complaints_overdue',
      help: 'Open complaints past a deadline; shared by all instances.',
      registers,
      async collect() {
        try {
          const rows = await withinScrapeTime(orm.em.getConnection().execute<{ count: number }[]>(OVERDUE_OPEN));
          this.set(rows[0]?.count ?? 0);
        } catch (error) {
          this.reset();
          logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'metrics: overdue count unavailable');
        }
      },
    });
    // Event-loop lag, heap and GC: the first things to look at when latency climbs.
    if (processMetrics) collectDefaultMetrics({ register: this.registry });
  }

  /** The job runner starts after the HTTP app is built; its queue depth is read from then on. */
  setQueueDepth(read: () => Promise<number>): void {
    this.queueDepth = read;
  }

  /** Returns the label the operation was counted under. */
  observeRequest(operationName: string, seconds: number, errorCodes: readonly string[] | undefined): string {
    let observer = this.observers.get(operationName);
    let label = operationName;
    if (!observer) {
      if (this.observers.size >= MAX_OPERATION_LABELS || operationName.length > MAX_LABEL_LENGTH) {
        label = 'other';
        observer = this.observers.get(label);
      }
      if (!observer) {
        observer = { ok: this.duration.labels(label, 'ok'), error: this.duration.labels(label, 'error') };
        this.observers.set(label, observer);
      }
    }
    observer[errorCodes ? 'error' : 'ok'].observe(seconds);
    if (errorCodes) for (const code of errorCodes) this.errors.inc({ code: this.codeLabel(code) });
    return label;
  }

  private codeLabel(code: string): string {
    if (this.codes.has(code)) return code;
    if (this.codes.size >= MAX_CODE_LABELS || code.length > MAX_LABEL_LENGTH) return 'OTHER';
    this.codes.add(code);
    return code;
  }
}
