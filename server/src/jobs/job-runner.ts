import PgBoss from 'pg-boss';

/**
 * Background work on PostgreSQL through pg-boss, safe with any number of server instances on one database.
 *
 * - Periodic jobs (`schedule`, `every`) run once per tick across all instances: the tick is de-duplicated in the
 *   database, never by an instance believing it is the leader.
 * - Periodic queues use pg-boss's `stately` policy: at most one run queued and one running per job, so a slow
 *   run never piles up ticks behind it and never overlaps itself on another instance.
 * - A handler that throws is retried with exponential backoff, logged every time, and never takes the process
 *   down; after the last retry the job stays `failed` in `pgboss.job` (later `pgboss.archive`) for inspection.
 * - Delivery is at least once: a job whose instance dies mid-run is retried once it expires (15 minutes by
 *   default), so handlers must be idempotent.
 */

export type QueuePolicy = 'standard' | 'short' | 'singleton' | 'stately';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  limit: number;
  /** Delay before the first retry; with `backoff` it doubles (with jitter) on every further retry. */
  delaySeconds: number;
  backoff: boolean;
}

export interface JobRunnerOptions {
  connectionString: string;
  /** pg-boss keeps its tables in this schema, away from MikroORM's `public`. */
  schema?: string;
  log?: (message: string) => void;
  /** How often an idle worker asks for work. pg-boss refuses less than 0.5 s. */
  pollingIntervalSeconds?: number;
  /** How often instances look at cron schedules (1–45 s); one instance per interval does the looking. */
  cronMonitorIntervalSeconds?: number;
  /** Defaults for every job that does not say otherwise. */
  retry?: RetryPolicy;
  /** Time zone that cron expressions are read in. */
  timeZone?: string;
  /** Upper bound of this instance's pg-boss pool. */
  maxConnections?: number;
}

export interface JobInfo {
  id: string;
  name: string;
  /** 0 on the first attempt. */
  retryCount: number;
  retryLimit: number;
}

export type JobHandler<T extends object> = (data: T, job: JobInfo) => Promise<void>;
export type PeriodicHandler = () => Promise<void>;

export interface EnqueueOptions {
  /**
   * With a `short`, `singleton` or `stately` queue: jobs with the same key collapse as the policy says. With
   * `singletonSeconds` on any queue: at most one job per key and time slot of that length.
   */
  singletonKey?: string;
  singletonSeconds?: number;
  startAfterSeconds?: number;
  retry?: Partial<RetryPolicy>;
}

export interface StopOptions {
  /** How long to wait for in-flight handlers; jobs still running after it are marked failed (and retried later). */
  timeoutMs?: number;
}

const DEFAULT_RETRY: RetryPolicy = { limit: 3, delaySeconds: 5, backoff: true };
const PERIODIC_POLICY: QueuePolicy = 'stately';
const DEADLOCK_DETECTED = '40P01';
const MAX_EVERY_SECONDS = 12 * 60 * 60;

export class JobRunner {
  /** Queues this process has made sure exist (pg-boss 10 drops a job sent to an unknown queue without a word). */
  private readonly knownQueues = new Map<string, { policy: QueuePolicy | undefined; ready: Promise<void> }>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly pendingTicks = new Set<Promise<unknown>>();
  private stopping: Promise<void> | null = null;

  private constructor(
    private readonly boss: PgBoss,
    private readonly schema: string,
    private readonly log: (message: string) => void,
    private readonly pollingIntervalSeconds: number,
    private readonly timeZone: string,
  ) {}

  static async start(options: JobRunnerOptions): Promise<JobRunner> {
    const schema = options.schema ?? 'pgboss';
    const log = options.log ?? ((message: string) => console.log(`[jobs] ${message}`));
    const retry = options.retry ?? DEFAULT_RETRY;
    const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
    const boss = new PgBoss({
      connectionString: options.connectionString,
      schema,
      application_name: 'kesu-jobs',
      max: options.maxConnections ?? 4,
      pollingIntervalSeconds,
      cronMonitorIntervalSeconds: options.cronMonitorIntervalSeconds ?? 30,
      cronWorkerIntervalSeconds: Math.min(5, Math.max(1, Math.round(pollingIntervalSeconds))),
      retryLimit: retry.limit,
      retryDelay: retry.delaySeconds,
      retryBackoff: retry.backoff,
    });
    // An EventEmitter without an 'error' listener throws, which would take the server down over a lost
    // connection or a failed maintenance run; pg-boss recovers on its own, so logging is enough.
    boss.on('error', (error: Error) => log(`pg-boss error: ${describe(error)}`));
    await boss.start();
    return new JobRunner(boss, schema, log, pollingIntervalSeconds, options.timeZone ?? 'Asia/Shanghai');
  }

  /**
   * Runs `handler` on every tick of `cron` (5 fields, minute granularity, read in `timeZone`), on exactly one
   * instance. The schedule is stored in the database: every instance should register the same set.
   */
  async schedule(name: string, cron: string, handler: PeriodicHandler): Promise<void> {
    await this.defineQueue(name, { policy: PERIODIC_POLICY });
    await this.boss.schedule(name, cron, {}, { tz: this.timeZone, singletonKey: name });
    await this.work<Record<string, never>>(name, () => handler());
  }

  /** Removes a stored cron schedule, e.g. of a job that no longer exists: the database would keep ticking it. */
  async unschedule(name: string): Promise<void> {
    await this.boss.unschedule(name);
  }

  /**
   * Runs `handler` once per `seconds`-long slot across all instances, for intervals cron cannot express
   * (under a minute) or should not (every 90 s). Each instance offers a tick twice per slot so that no slot goes
   * without one however the timers drift; the database keeps one job per slot and drops the rest.
   */
  async every(name: string, seconds: number, handler: PeriodicHandler): Promise<void> {
    // A slot must end before pg-boss archives its job (12 h), or the archived job no longer blocks a second run.
    if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_EVERY_SECONDS) {
      throw new RangeError(`every(${name}): seconds must be an integer from 1 to ${MAX_EVERY_SECONDS}; use schedule() with cron for longer`);
    }
    this.assertRunning();
    await this.defineQueue(name, { policy: PERIODIC_POLICY });
    await this.work<Record<string, never>>(name, () => handler());
    const tick = (): void => {
      const sending = this.boss
        .send(name, {}, { singletonKey: name, singletonSeconds: seconds })
        .catch((error: unknown) => this.log(`could not offer a tick of ${name}: ${describe(error)}`))
        .finally(() => this.pendingTicks.delete(sending));
      this.pendingTicks.add(sending);
    };
    tick();
    const timer = setInterval(tick, (seconds * 1000) / 2);
    timer.unref();
    this.timers.add(timer);
  }

  /**
   * Runs a periodic job now, e.g. from an admin action, on whichever instance picks it up. While a run is already
   * waiting, further calls add nothing (the queue is `stately`). Resolves with the job id, or null if collapsed.
   */
  async runNow(name: string): Promise<string | null> {
    await this.defineQueue(name, { policy: PERIODIC_POLICY });
    return this.enqueue(name, {}, { singletonKey: name });
  }

  /**
   * Creates the queue if it does not exist yet. An explicit policy is also enforced on an existing queue, so
   * the instance that defines a queue decides its policy even if another one created it by sending to it first.
   */
  async defineQueue(name: string, options: { policy?: QueuePolicy } = {}): Promise<void> {
    this.assertRunning();
    const known = this.knownQueues.get(name);
    if (known && (!options.policy || known.policy === options.policy)) return known.ready;
    const policy = options.policy;
    const ready = (async () => {
      await known?.ready.catch(() => undefined);
      let existing = await this.boss.getQueue(name);
      if (!existing) {
        await this.createQueue(name, policy ?? 'standard');
        // Another instance may have created it a moment earlier, with the default policy.
        if (policy) existing = await this.boss.getQueue(name);
      }
      if (policy && existing && existing.policy !== policy) await this.boss.updateQueue(name, { name, policy });
    })();
    this.knownQueues.set(name, { policy, ready });
    ready.catch(() => {
      if (this.knownQueues.get(name)?.ready === ready) this.knownQueues.delete(name);
    });
    return ready;
  }

  /**
   * pg-boss 10's `create_queue` deadlocks against itself when two run at once (each inserts its queue row, then
   * needs a stronger lock on the queue table for the partition's foreign key), which is exactly what several
   * instances starting together do. A transaction-scoped advisory lock taken in the same statement serializes
   * them; a deadlock with pg-boss's own start-up queue creation, which does not take the lock, is retried.
   */
  private async createQueue(name: string, policy: QueuePolicy): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.boss.getDb().executeSql(
          `with serialized as materialized (select pg_advisory_xact_lock(hashtext($3)))
           select ${this.schema}.create_queue($1, $2::json) from serialized`,
          [name, JSON.stringify({ policy }), `kesu:${this.schema}:create_queue`],
        );
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== DEADLOCK_DETECTED || attempt >= 3) throw error;
      }
    }
  }

  /** Adds a job. Resolves with its id, or null when a singleton rule collapsed it into an existing job. */
  async enqueue<T extends object>(name: string, data: T, options: EnqueueOptions = {}): Promise<string | null> {
    await this.defineQueue(name);
    // pg-boss asserts on a retry key that is present but undefined, so only the given options are passed.
    const sendOptions: PgBoss.SendOptions = {};
    if (options.singletonKey !== undefined) sendOptions.singletonKey = options.singletonKey;
    if (options.singletonSeconds !== undefined) sendOptions.singletonSeconds = options.singletonSeconds;
    if (options.startAfterSeconds !== undefined) sendOptions.startAfter = options.startAfterSeconds;
    if (options.retry?.limit !== undefined) sendOptions.retryLimit = options.retry.limit;
    if (options.retry?.delaySeconds !== undefined) sendOptions.retryDelay = options.retry.delaySeconds;
    if (options.retry?.backoff !== undefined) sendOptions.retryBackoff = options.retry.backoff;
    return this.boss.send(name, data, sendOptions);
  }

  /** Handles jobs of a queue on this instance, one at a time per `work` call. */
  async work<T extends object>(name: string, handler: JobHandler<T>): Promise<void> {
    await this.defineQueue(name);
    await this.boss.work<T>(
      name,
      { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: this.pollingIntervalSeconds },
      async (jobs: PgBoss.JobWithMetadata<T>[]) => {
        for (const job of jobs) {
          const info: JobInfo = { id: job.id, name: job.name, retryCount: job.retryCount, retryLimit: job.retryLimit };
          try {
            await handler(job.data, info);
          } catch (error) {
            const attempt = `attempt ${job.retryCount + 1} of ${job.retryLimit + 1}`;
            const next = job.retryCount < job.retryLimit ? 'will retry' : 'giving up';
            this.log(`job ${name} ${job.id} failed (${attempt}, ${next}): ${describe(error)}`);
            // pg-boss records the failure and schedules the retry; rethrowing is how it learns of it.
            throw error;
          }
        }
      },
    );
  }

  /** Jobs waiting to run (created or waiting for a retry) in one queue, or in all queues. */
  async queueDepth(name?: string): Promise<number> {
    if (name !== undefined) return this.boss.getQueueSize(name);
    const { rows } = await this.boss
      .getDb()
      .executeSql(`select count(*)::int as count from ${this.schema}.job where state < 'active'`, []);
    return (rows[0] as { count: number }).count;
  }

  /**
   * Stops taking work, waits for handlers in flight (up to `timeoutMs`) so their jobs are completed rather than
   * retried elsewhere, then closes the pool. Safe to call more than once.
   */
  stop(options: StopOptions = {}): Promise<void> {
    this.stopping ??= (async () => {
      for (const timer of this.timers) clearInterval(timer);
      this.timers.clear();
      await Promise.allSettled([...this.pendingTicks]);
      await this.boss.stop({ graceful: true, wait: true, timeout: options.timeoutMs ?? 30_000 });
    })();
    return this.stopping;
  }

  private assertRunning(): void {
    if (this.stopping) throw new Error('JobRunner is stopped');
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
