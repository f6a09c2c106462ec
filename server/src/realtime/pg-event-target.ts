import { randomUUID } from 'node:crypto';
import pg from 'pg';

/**
 * An `EventTarget` for `createPubSub({ eventTarget })` that fans events out to every server instance through
 * PostgreSQL LISTEN/NOTIFY, so a mutation served by instance B reaches a subscriber connected to instance A.
 *
 * Delivery is at most once, like NOTIFY itself: an instance whose LISTEN connection is down misses what is
 * published meanwhile. That is why payloads are only `{ id }` of what changed and clients refetch what they show
 * when their WebSocket reconnects.
 *
 * Payloads travel as JSON inside a NOTIFY, which must stay under 8000 bytes. A larger payload that has an `id` is
 * cut down to `{ id }` (and logged); one without is refused with a RangeError, because publishers must keep
 * payloads small. Local subscribers receive the same JSON-decoded payload as remote ones, so nothing depends on
 * which instance a client happens to be connected to.
 */

export interface PgEventTargetOptions {
  connectionString: string;
  /** The NOTIFY channel; every instance of one deployment must use the same. */
  channel?: string;
  log?: (message: string) => void;
  /** Backoff between attempts to re-establish a lost LISTEN connection. */
  reconnect?: { initialDelayMs?: number; maxDelayMs?: number };
}

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more (in the server encoding, UTF-8 here). */
export const MAX_NOTIFY_PAYLOAD_BYTES = 7999;

interface Envelope {
  /** The publishing process, so it can skip its own notification: it delivered locally already. */
  origin: string;
  topic: string;
  data: unknown;
}

export class PgEventTarget extends EventTarget {
  readonly channel: string;
  private readonly origin = randomUUID();
  private readonly connectionString: string;
  private readonly log: (message: string) => void;
  private readonly initialDelayMs: number;
  private readonly maxDelayMs: number;
  /** NOTIFY goes through its own one-connection pool: it keeps working while LISTEN reconnects, and in order. */
  private readonly publisher: pg.Pool;
  private readonly pendingNotifies = new Set<Promise<unknown>>();
  private listener: pg.Client | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private reconnectDelayMs: number;
  private closed = false;

  private constructor(options: PgEventTargetOptions) {
    super();
    this.connectionString = options.connectionString;
    this.channel = options.channel ?? 'kesu_events';
    this.log = options.log ?? ((message: string) => console.log(`[realtime] ${message}`));
    this.initialDelayMs = options.reconnect?.initialDelayMs ?? 100;
    this.maxDelayMs = options.reconnect?.maxDelayMs ?? 5_000;
    this.reconnectDelayMs = this.initialDelayMs;
    this.publisher = new pg.Pool({
      connectionString: this.connectionString,
      application_name: 'kesu-realtime',
      max: 1,
      idleTimeoutMillis: 30_000,
    });
    // An idle pooled connection that dies emits 'error'; unhandled, that would end the process.
    this.publisher.on('error', (error: Error) => this.log(`publisher connection lost: ${error.message}`));
  }

  /** Connects and LISTENs before resolving, so a server does not start half-wired. */
  static async connect(options: PgEventTargetOptions): Promise<PgEventTarget> {
    const target = new PgEventTarget(options);
    await target.listen();
    return target;
  }

  /** Whether the LISTEN connection is up; false while reconnecting. Meant for health checks. */
  get listening(): boolean {
    return this.listener !== null;
  }

  /**
   * Called by `pubSub.publish`: delivers to this process's subscribers at once and NOTIFYs the others. A failed
   * NOTIFY is logged, not thrown: the change it announces is already committed.
   */
  override dispatchEvent(event: Event): boolean {
    const envelope = this.encode(event.type, (event as CustomEvent<unknown>).detail ?? null);
    if (this.closed) {
      this.log(`closed: ${event.type} delivered to this instance only`);
    } else {
      const notifying = this.publisher
        .query('select pg_notify($1, $2)', [this.channel, envelope.text])
        .catch((error: Error) => this.log(`NOTIFY ${event.type} failed: ${error.message}`))
        .finally(() => this.pendingNotifies.delete(notifying));
      this.pendingNotifies.add(notifying);
    }
    return this.deliver(event.type, envelope.data);
  }

  /** Stops listening, waits for NOTIFYs already sent, and closes both connections. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
    await Promise.allSettled([...this.pendingNotifies]);
    await this.publisher.end();
  }

  private encode(topic: string, detail: unknown): { text: string; data: unknown } {
    let text = JSON.stringify({ origin: this.origin, topic, data: detail } satisfies Envelope);
    if (Buffer.byteLength(text) > MAX_NOTIFY_PAYLOAD_BYTES) {
      const id = (detail as { id?: unknown } | null)?.id;
      if (typeof id !== 'string' && typeof id !== 'number') {
        throw new RangeError(`payload of ${topic} exceeds ${MAX_NOTIFY_PAYLOAD_BYTES} bytes and has no id: publish { id } only`);
      }
      this.log(`payload of ${topic} exceeds ${MAX_NOTIFY_PAYLOAD_BYTES} bytes: sending { id } only`);
      text = JSON.stringify({ origin: this.origin, topic, data: { id } } satisfies Envelope);
      if (Buffer.byteLength(text) > MAX_NOTIFY_PAYLOAD_BYTES) throw new RangeError(`topic or id of ${topic} too long for NOTIFY`);
    }
    return { text, data: (JSON.parse(text) as Envelope).data };
  }

  private deliver(topic: string, data: unknown): boolean {
    return super.dispatchEvent(new CustomEvent(topic, { detail: data }));
  }

  private onNotification(message: pg.Notification): void {
    if (message.channel !== this.channel || !message.payload) return;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(message.payload) as Envelope;
    } catch {
      this.log(`ignored a notification on ${this.channel} that is not JSON`);
      return;
    }
    if (envelope.origin === this.origin || typeof envelope.topic !== 'string') return;
    this.deliver(envelope.topic, envelope.data ?? null);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, application_name: 'kesu-realtime', keepAlive: true });
    client.on('notification', (message) => this.onNotification(message));
    // A dropped connection emits 'error' and/or 'end'; either starts one reconnect (the second is ignored).
    client.on('error', (error: Error) => this.onConnectionLost(client, error.message));
    client.on('end', () => this.onConnectionLost(client, 'connection ended'));
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(this.channel)}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
    this.reconnectDelayMs = this.initialDelayMs;
  }

  private onConnectionLost(client: pg.Client, reason: string): void {
    if (this.closed || client !== this.listener) return;
    this.listener = null;
    this.log(`LISTEN ${this.channel} lost (${reason}); reconnecting`);
    client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.reconnectTimer) return;
    // Jitter keeps a fleet of instances from reconnecting in lockstep after a database restart.
    const delay = this.reconnectDelayMs * (0.5 + Math.random() / 2);
    this.reconnectDelayMs = Math.min(this.reconnectDelayMs * 2, this.maxDelayMs);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.listen().then(
        () => {
          if (this.listener) this.log(`LISTEN ${this.channel} re-established`);
        },
        (error: Error) => {
          this.log(`LISTEN ${this.channel} reconnect failed: ${error.message}`);
          this.scheduleReconnect();
        },
      );
    }, delay);
  }
}
