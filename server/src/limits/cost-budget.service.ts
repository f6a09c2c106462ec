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

interface PendingRefund {
  principal: string;
  seconds: number;
  start: Date;
  amount: number;
}

const refundKey = (principal: string, seconds: number, start: Date) => `${principal}|${seconds}|${start.getTime()}`;

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
 * Refunds are not a statement of their own. A request's refund is kept in memory and rides along with the same
 * principal's next reservation on this instance (one upsert subtracts it), or is written for all principals at once
 * by a flush every second and when the server stops. Per request that is one budget statement instead of two,
 * and none after the response is ready. Until then, other instances see the principal's windows a little fuller
 * than they are (by at most a second's refunds): budgets err on the strict side. The figures a response reports
 * are the reservation's, less the request's own refund.
 *
 * The table is UNLOGGED (see the migration): counters that live for an hour need no WAL, which makes each
 * statement's commit cheap (no fsync); after a database crash the table comes back empty, i.e. budgets restart
 * whole, which is acceptable for rate limiting.
 */
export class CostBudgetService {
  /** Refunds not yet written, by principal and window. */
  private readonly pendingRefunds = new Map<string, PendingRefund>();
  private flushTimer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly em: () => EntityManager,
    readonly defaults: CostBudget,
    private readonly now: () => Date = () => new Date(),
    private readonly flushDelayMs = 1000,
  ) {}

  async reserve(principal: string, budget: CostBudget, cost: number): Promise<Reservation> {
    const now = this.now();
    const frames = WINDOWS.map((seconds) => {
      const start = new Date(Math.floor(now.getTime() / (seconds * 1000)) * seconds * 1000);
      return { seconds, start, expires: new Date(start.getTime() + seconds * 1000), budget: seconds === 60 ? budget.perMinute : budget.perHour };
    });
    // This instance's unwritten refunds to the same windows are subtracted in the same statement. They are taken
    // out of the map before the statement, so two concurrent requests of one principal cannot both apply them.
    const refunds = frames.map((f) => this.takeRefund(principal, f.seconds, f.start));
    const values = frames.map(() => '(?, ?::int, ?::timestamptz, ?::timestamptz, ?::int, ?::int)').join(', ');
    const params = frames.flatMap((f, i) => [principal, f.seconds, f.start.toISOString(), f.expires.toISOString(), cost - refunds[i]!, f.budget]);
    const conn = this.em().getConnection();
    // A fresh window is inserted only if the cost fits at all; an existing one grows only if the sum fits.
    let rows: WindowRow[];
    try {
      rows = await conn.execute<WindowRow[]>(
        `insert into rate_limit_window as w (principal, window_seconds, window_start, expires_at, used, budget)
         select * from (values ${values}) as v(principal, window_seconds, window_start, expires_at, used, budget)
         where v.used <= v.budget order by v.window_seconds
         on conflict (principal, window_seconds, window_start) do update
           set used = greatest(w.used + excluded.used, 0), budget = excluded.budget
           where w.used + excluded.used <= excluded.budget
         returning window_seconds, window_start, used, budget, expires_at`,
        params,
        'all',
      );
    } catch (error) {
      frames.forEach((f, i) => this.addRefund(principal, f.seconds, f.start, refunds[i]!));
      throw error;
    }
    // A window that refused took nothing, its refund included: that refund is still owed.
    frames.forEach((f, i) => {
      if (!rows.some((row) => Number(row.window_seconds) === f.seconds)) this.addRefund(principal, f.seconds, f.start, refunds[i]!);
    });
    if (rows.length === frames.length) return { granted: true, windows: rows.map(toState) };

    // Refused by at least one window: give back what the other took, then report where each stands.
    const kept = rows.map(toState);
    await this.subtract(kept.map((w) => ({ principal, seconds: w.seconds, start: w.start, amount: cost })));
    const states = await this.peek(principal, frames.map((f) => ({ seconds: f.seconds, start: f.start })));
    const refused = frames.filter((f) => !kept.some((k) => k.seconds === f.seconds));
    const resetAt = new Date(Math.max(...refused.map((f) => f.expires.getTime())));
    const retryAfter = Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000));
    const shown = frames.map(
      (f) => states.find((s) => s.seconds === f.seconds) ?? { seconds: f.seconds, start: f.start, used: 0, budget: f.budget, resetAt: f.expires },
    );
    return { granted: false, windows: shown, retryAfter, resetAt };
  }

  /**
   * Gives `amount` back to the windows a reservation took it from, without a statement now (see the class comment);
   * answers the windows as the reservation left them, less the refund.
   */
  release(principal: string, windows: WindowState[], amount: number): WindowState[] {
    if (amount <= 0) return windows;
    for (const w of windows) this.addRefund(principal, w.seconds, w.start, amount);
    this.scheduleFlush();
    return windows.map((w) => ({ ...w, used: Math.max(0, w.used - amount) }));
  }

  /** Writes every unwritten refund, in one statement. The server calls it when it stops. */
  flush(): Promise<void> {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    // One flush at a time, so a refund taken by one is never written twice or raced by the next.
    this.flushing = this.flushing.then(() => this.writeRefunds());
    return this.flushing;
  }

  private async writeRefunds(): Promise<void> {
    const now = this.now().getTime();
    const due = [...this.pendingRefunds.values()].filter((r) => r.start.getTime() + r.seconds * 1000 > now);
    this.pendingRefunds.clear(); // refunds to ended windows are dropped: those windows no longer limit anybody
    try {
      await this.subtract(due);
    } catch (error) {
      // Kept for the next flush or reservation rather than lost (the database may be restarting).
      for (const r of due) this.addRefund(r.principal, r.seconds, r.start, r.amount);
      this.scheduleFlush();
      throw error;
    }
  }

  private scheduleFlush(): void {
    if (this.flushTimer || this.pendingRefunds.size === 0) return;
    this.flushTimer = setTimeout(() => void this.flush().catch(() => undefined), this.flushDelayMs);
    this.flushTimer.unref();
  }

  private addRefund(principal: string, seconds: number, start: Date, amount: number): void {
    if (amount <= 0) return;
    const key = refundKey(principal, seconds, start);
    const pending = this.pendingRefunds.get(key);
    if (pending) pending.amount += amount;
    else this.pendingRefunds.set(key, { principal, seconds, start, amount });
  }

  private takeRefund(principal: string, seconds: number, start: Date): number {
    const key = refundKey(principal, seconds, start);
    const amount = this.pendingRefunds.get(key)?.amount ?? 0;
    this.pendingRefunds.delete(key);
    return amount;
  }

  /**
   * Takes each amount off its window, in one statement: a flush's refunds, or a refused reservation undoing the
   * windows it did take. Rows are locked in one global order (principal, then minute before hour), as every
   * reservation locks its own, so none of these can deadlock.
   */
  private async subtract(amounts: PendingRefund[]): Promise<void> {
    if (amounts.length === 0) return;
    const ordered = [...amounts].sort((a, b) => (a.principal < b.principal ? -1 : a.principal > b.principal ? 1 : a.seconds - b.seconds));
    const values = ordered.map(() => '(?, ?::int, ?::timestamptz, ?::int)').join(', ');
    await this.em()
      .getConnection()
      .execute(
        `with refund(principal, window_seconds, window_start, amount) as (values ${values}),
         locked as (
           select w.principal, w.window_seconds, w.window_start from rate_limit_window w
           join refund r using (principal, window_seconds, window_start)
           order by w.principal, w.window_seconds for update of w
         )
         update rate_limit_window w set used = greatest(w.used - r.amount, 0)
         from refund r join locked l using (principal, window_seconds, window_start)
         where w.principal = r.principal and w.window_seconds = r.window_seconds and w.window_start = r.window_start`,
        ordered.flatMap((r) => [r.principal, r.seconds, r.start.toISOString(), r.amount]),
        'run',
      );
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
