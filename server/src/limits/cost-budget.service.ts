import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../graphql/context.js';

/** Cost points a principal may spend per fixed window. */
export interface CostBudget {
  perMinute: number;
  perHour: number;
}

/** One window after a reservation or a refund. */
export interface WindowState {
  seconds: number;
  start: Date;
  used: number;
  budget: number;
  resetAt: Date;
}

export type Reservation =
  | { granted: true; windows: WindowState[] }
  /** Nothing was kept: `retryAfter` seconds until every window that refused has room again. */
  | { granted: false; windows: WindowState[]; retryAfter: number; resetAt: Date };

const WINDOWS = [60, 3600] as const;

/**
 * Whose budget a request spends: a partner app's (`client:<id>`, also for the owners acting through it) or a
 * staff member's (`user:<id>`). Unauthenticated requests (login) have no principal; graphql-armor still caps
 * each request's size.
 */
export function budgetOf(viewer: Viewer | null, defaults: CostBudget): { principal: string; budget: CostBudget } | null {
  if (viewer?.client) {
    const { id, costPerMinute, costPerHour } = viewer.client;
    return { principal: `client:${id}`, budget: { perMinute: costPerMinute ?? defaults.perMinute, perHour: costPerHour ?? defaults.perHour } };
  }
  if (viewer?.user) return { principal: `user:${viewer.user.id}`, budget: defaults };
  return null;
}

/** The window with the least left (on a tie, the one that resets first): what `extensions.cost` reports. */
export function tightest(windows: WindowState[]): { remaining: number; resetAt: Date } | null {
  let best: { remaining: number; resetAt: Date } | null = null;
  for (const w of windows) {
    const remaining = Math.max(0, w.budget - w.used);
    if (!best || remaining < best.remaining || (remaining === best.remaining && w.resetAt < best.resetAt)) best = { remaining, resetAt: w.resetAt };
  }
  return best;
}

interface WindowRow {
  window_seconds: number;
  window_start: Date;
  used: number;
  budget: number;
  expires_at: Date;
}

const toState = (row: WindowRow): WindowState => ({
  seconds: Number(row.window_seconds),
  start: new Date(row.window_start),
  used: Number(row.used),
  budget: Number(row.budget),
  resetAt: new Date(row.expires_at),
});

/**
 * Fixed-window cost budgets in PostgreSQL, shared by every server instance. A request reserves its requested
 * cost in both windows with one upsert that adds only where the sum stays within the budget (row locks make
 * concurrent requests of one principal queue up, so two cannot both take the last points), and gets back
 * requested − actual afterwards. Both statements lock a principal's rows in the same order (minute, then hour),
 * so concurrent reservations and refunds cannot deadlock.
 *
 * The table is UNLOGGED (see the migration): counters that live for an hour need no WAL, which makes each
 * statement's commit cheap (no fsync); after a database crash the table comes back empty, i.e. budgets restart
 * whole, which is acceptable for rate limiting.
 */
export class CostBudgetService {
  constructor(
    private readonly em: () => EntityManager,
    readonly defaults: CostBudget,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async reserve(principal: string, budget: CostBudget, cost: number): Promise<Reservation> {
    const now = this.now();
    const frames = WINDOWS.map((seconds) => {
      const start = new Date(Math.floor(now.getTime() / (seconds * 1000)) * seconds * 1000);
      return { seconds, start, expires: new Date(start.getTime() + seconds * 1000), budget: seconds === 60 ? budget.perMinute : budget.perHour };
    });
    const values = frames.map(() => '(?, ?::int, ?::timestamptz, ?::timestamptz, ?::int, ?::int)').join(', ');
    const params = frames.flatMap((f) => [principal, f.seconds, f.start.toISOString(), f.expires.toISOString(), cost, f.budget]);
    const conn = this.em().getConnection();
    // A fresh window is inserted only if the cost fits at all; an existing one grows only if the sum fits.
    const rows = await conn.execute<WindowRow[]>(
      `insert into rate_limit_window as w (principal, window_seconds, window_start, expires_at, used, budget)
       select * from (values ${values}) as v(principal, window_seconds, window_start, expires_at, used, budget)
       where v.used <= v.budget order by v.window_seconds
       on conflict (principal, window_seconds, window_start) do update
         set used = w.used + excluded.used, budget = excluded.budget
         where w.used + excluded.used <= excluded.budget
       returning window_seconds, window_start, used, budget, expires_at`,
      params,
      'all',
    );
    if (rows.length === frames.length) return { granted: true, windows: rows.map(toState) };

    // Refused by at least one window: give back what the other took, then report where each stands.
    const kept = rows.map(toState);
    if (kept.length > 0) await this.release(principal, kept, cost);
    const states = await this.peek(principal, frames.map((f) => ({ seconds: f.seconds, start: f.start })));
    const refused = frames.filter((f) => !kept.some((k) => k.seconds === f.seconds));
    const resetAt = new Date(Math.max(...refused.map((f) => f.expires.getTime())));
    const retryAfter = Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000));
    const shown = frames.map(
      (f) => states.find((s) => s.seconds === f.seconds) ?? { seconds: f.seconds, start: f.start, used: 0, budget: f.budget, resetAt: f.expires },
    );
    return { granted: false, windows: shown, retryAfter, resetAt };
  }

  /** Gives `amount` back to the windows a reservation took it from; answers the windows as they are now. */
  async release(principal: string, windows: WindowState[], amount: number): Promise<WindowState[]> {
    if (amount <= 0 || windows.length === 0) return windows;
    const match = windows.map(() => '(window_seconds = ? and window_start = ?::timestamptz)').join(' or ');
    const rows = await this.em()
      .getConnection()
      .execute<WindowRow[]>(
        `with locked as (
           select window_seconds, window_start from rate_limit_window where principal = ? and (${match}) order by window_seconds for update
         )
         update rate_limit_window w set used = greatest(w.used - ?, 0) from locked l
         where w.principal = ? and w.window_seconds = l.window_seconds and w.window_start = l.window_start
         returning w.window_seconds, w.window_start, w.used, w.budget, w.expires_at`,
        [principal, ...windows.flatMap((w) => [w.seconds, w.start.toISOString()]), amount, principal],
        'all',
      );
    return rows.map(toState);
  }

  private async peek(principal: string, frames: { seconds: number; start: Date }[]): Promise<WindowState[]> {
    const match = frames.map(() => '(window_seconds = ? and window_start = ?::timestamptz)').join(' or ');
    const rows = await this.em()
      .getConnection()
      .execute<WindowRow[]>(
        `select window_seconds, window_start, used, budget, expires_at from rate_limit_window where principal = ? and (${match})`,
        [principal, ...frames.flatMap((f) => [f.seconds, f.start.toISOString()])],
        'all',
      );
    return rows.map(toState);
  }

  /**
   * Ended windows are deleted by a periodic job (main.ts, every 5 minutes on one instance), through the
   * `expires_at` index; never inside a request, so a request costs the same statements whenever it comes.
   */
  async deleteExpiredWindows(now: Date = this.now()): Promise<void> {
    // Rows another instance is deleting (or a request is updating) are skipped, not waited for: the next sweep takes them.
    await this.em()
      .getConnection()
      .execute(
        `delete from rate_limit_window where ctid in (
           select ctid from rate_limit_window where expires_at <= ?::timestamptz for update skip locked
         )`,
        [now.toISOString()],
        'run',
      );
  }
}
