import { randomUUID } from 'node:crypto';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { defineAbilityForClient, subject, type AppAbility } from '@kesu/permissions';
import { LockMode, type EntityManager, type MikroORM } from '@mikro-orm/postgresql';
import { toGlobalId } from '../graphql/global-id.js';
import type { JobInfo, JobRunner, RetryPolicy } from '../jobs/job-runner.js';
import { signedHeaders } from './webhook-signature.js';
import { assertSendable, currentUrlPolicy, guardedLookup, type UrlPolicy } from './webhook-url.js';
import { MAX_ATTEMPTS_KEPT, WebhookDelivery, WebhookDeliveryStatus, type WebhookAttempt } from './webhook-delivery.entity.js';
import { WebhookCursor } from './webhook-cursor.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import type { WebhookEventType } from './webhook-events.js';

/**
 * Webhooks without touching the services that change things: the fan-out reads what they already write (the
 * append-only `complaint_event` rows, published cases) from a persisted cursor and turns each event into one
 * delivery per subscribed endpoint; each delivery is then sent by a job on the PostgreSQL job runner, which
 * retries with exponential backoff. Both steps are safe to run on any number of instances and to repeat.
 *
 * Why a cursor and not a hook in the complaint services: the events are already written in the transaction of
 * each change (DESIGN "Every state change is an event"), so reading them cannot miss one that committed, adds no
 * work or failure mode to a transition, and serves the overdue clock and the demo seed alike.
 *
 * Late commits: event ids (UUIDv7) and `published_at` are taken when the row is built, not when its transaction
 * commits, so an event can become visible after later ones were already read. Each run therefore re-reads an
 * overlap window before the cursor (`overlapSeconds`); the unique (endpoint, event type, event) key makes the
 * re-read create nothing twice. A transaction that stays open longer than the window would be missed, and so
 * would an event stamped by an instance whose clock runs more than the window behind.
 *
 * Delivery jobs are enqueued after the fan-out's transaction commits (pg-boss has its own connection); a crash
 * in between leaves deliveries without a job, which a later fan-out re-enqueues (`orphanedDeliveries`).
 */
export const FANOUT_JOB = 'webhook-fanout';
export const DELIVERY_QUEUE = 'webhook-deliver';

/** ~30 s, 1 min, 2 min, … doubling with jitter: eight retries span about two hours (docs/partners.md). */
export const DEFAULT_DELIVERY_RETRY: RetryPolicy = { limit: 8, delaySeconds: 30, backoff: true };
const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_BATCH = 500;
const DEFAULT_OVERLAP_SECONDS = 120;
/** A delivery never tried this long after it was created lost its job (a crash between commit and enqueue). */
const ORPHAN_AFTER_SECONDS = 600;
const RESPONSE_SNIPPET = 300;
const DEFAULT_CONCURRENCY = 4;

const COMPLAINT_STREAM = 'complaint_event';
const CASE_STREAM = 'case';
const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

export interface WebhookDispatchOptions {
  /** Retries of a failed attempt by the job runner (tests shorten the delay). */
  retry?: RetryPolicy;
  timeoutMs?: number;
  policy?: UrlPolicy;
  batchSize?: number;
  overlapSeconds?: number;
  log?: (message: string) => void;
}

interface Subscriber {
  endpoint: WebhookEndpoint;
  ability: AppAbility;
}

/** Active endpoints of clients that are not revoked, each with its client's rules. */
async function loadSubscribers(em: EntityManager): Promise<Subscriber[]> {
  const endpoints = await em.find(
    WebhookEndpoint,
    { active: true, client: { revokedAt: null } },
    { populate: ['client', 'client.orgUnit'] },
  );
  return endpoints.map((endpoint) => ({
    endpoint,
    ability: defineAbilityForClient({ clientId: endpoint.client.id, orgPath: endpoint.client.orgUnit.path, scopes: endpoint.client.scopes }),
  }));
}

/** The smallest UUIDv7 of a millisecond: `id > floor(t)` reads every event created from `t` on. */
function uuidv7Floor(at: Date): string {
  const hex = Math.max(0, at.getTime()).toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-0000-0000-000000000000`;
}

/**
 * When a UUIDv7 was made (its first 48 bits), which is what the id order follows; `occurred_at` may say otherwise
 * (the overdue clock stamps its events with the time it was asked to judge by).
 */
function uuidv7Time(id: string, fallback: Date): Date {
  if (id[14] !== '7') return new Date(fallback);
  return new Date(parseInt(id.slice(0, 8) + id.slice(9, 13), 16));
}

interface NewDelivery {
  id: string;
  endpoint_id: string;
  event_type: WebhookEventType;
  event_id: string;
  occurred_at: string;
  payload: Record<string, unknown>;
}

interface ComplaintEventRow {
  event_id: string;
  type: string;
  occurred_at: Date;
  from_status: string | null;
  to_status: string | null;
  complaint_id: string;
  number: string;
  kind: string;
  status: string;
  grade_code: string;
  grade_label: string;
  overdue: boolean;
  received_at: Date;
  project_id: string;
  project_path: string;
}

interface CaseRow {
  id: string;
  group_id: string;
  title: string;
  category_code: string;
  grade_code: string | null;
  org_unit_id: string;
  published_at: Date;
}

/** Which webhook events a timeline entry is (usually none or one). */
function complaintEventTypes(row: ComplaintEventRow): WebhookEventType[] {
  const types: WebhookEventType[] = [];
  if (row.type === 'COMPLAINT_CREATED') types.push('complaint.created');
  if (row.type === 'MARKED_OVERDUE') types.push('complaint.overdue');
  if (row.from_status && row.to_status && row.from_status !== row.to_status) types.push('complaint.status_changed');
  return types;
}

/**
 * What a receiver gets: enough to act on or to decide to fetch the complaint through the API (with the same
 * scopes); never customers' names or phones, which only the API, under its field rules, hands out.
 */
function complaintPayload(id: string, type: WebhookEventType, row: ComplaintEventRow): Record<string, unknown> {
  return {
    id,
    type,
    occurredAt: new Date(row.occurred_at).toISOString(),
    data: {
      event: row.type,
      complaint: {
        id: toGlobalId('Complaint', row.complaint_id),
        number: row.number,
        kind: row.kind,
        status: row.to_status ?? row.status,
        fromStatus: type === 'complaint.status_changed' ? row.from_status : null,
        grade: { code: row.grade_code, label: row.grade_label },
        overdue: type === 'complaint.overdue' ? true : row.overdue,
        projectId: toGlobalId('OrgUnit', row.project_id),
        receivedAt: new Date(row.received_at).toISOString(),
      },
    },
  };
}

function casePayload(id: string, row: CaseRow): Record<string, unknown> {
  return {
    id,
    type: 'case.published',
    occurredAt: new Date(row.published_at).toISOString(),
    data: {
      case: {
        id: toGlobalId('Case', row.id),
        title: row.title,
        categoryCode: row.category_code,
        gradeCode: row.grade_code,
        orgUnitId: toGlobalId('OrgUnit', row.org_unit_id),
        publishedAt: new Date(row.published_at).toISOString(),
      },
    },
  };
}

/** The cursor of a stream, locked for this transaction; a new stream starts where the oldest endpoint began. */
async function lockCursor(em: EntityManager, stream: string): Promise<WebhookCursor> {
  const existing = await em.findOne(WebhookCursor, { stream }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (existing) return existing;
  const [oldest] = await em.find(WebhookEndpoint, {}, { orderBy: { createdAt: 'asc' }, limit: 1 });
  await em.getConnection().execute(
    `insert into webhook_cursor (stream, position_at, position_id) values (?, ?, ?) on conflict (stream) do nothing`,
    [stream, oldest?.createdAt ?? new Date(), ZERO_UUID],
    'run',
    em.getTransactionContext(),
  );
  return em.findOneOrFail(WebhookCursor, { stream }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

async function insertDeliveries(em: EntityManager, rows: NewDelivery[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted: { id: string }[] = await em.getConnection().execute(
    `insert into webhook_delivery (id, endpoint_id, event_type, event_id, occurred_at, payload)
     select r.id, r.endpoint_id, r.event_type, r.event_id, r.occurred_at, r.payload
       from jsonb_to_recordset(?::jsonb) as r(id uuid, endpoint_id uuid, event_type text, event_id uuid, occurred_at timestamptz, payload jsonb)
     on conflict (endpoint_id, event_type, event_id) do nothing
     returning id`,
    [JSON.stringify(rows)],
    'all',
    em.getTransactionContext(),
  );
  return inserted.map((row) => row.id);
}

/** An event reaches an endpoint created at or before it (a new endpoint gets no backlog). */
const subscribedAt = (endpoint: WebhookEndpoint, type: WebhookEventType, occurredAt: Date) =>
  endpoint.events.includes(type) && endpoint.createdAt.getTime() <= new Date(occurredAt).getTime();

async function fanOutComplaintBatch(em: EntityManager, subscribers: Subscriber[], batch: number, after: string): Promise<{ ids: string[]; last: string | null; read: number }> {
  return em.transactional(async (tx) => {
    const cursor = await lockCursor(tx, COMPLAINT_STREAM);
    const rows: ComplaintEventRow[] = await tx.getConnection().execute(
      `select e.id as event_id, e.type, e.occurred_at, e.from_status, e.to_status, c.id as complaint_id, c.number, c.kind,
              c.status, c.grade_code, c.grade_label, c.overdue, c.received_at, p.id as project_id, p.path as project_path
         from complaint_event e
         join complaint c on c.id = e.complaint_id
         join org_unit p on p.id = c.project_id
        where e.id > ?
          and (e.type in ('COMPLAINT_CREATED', 'MARKED_OVERDUE') or (e.from_status is not null and e.to_status is not null and e.to_status <> e.from_status))
        order by e.id
        limit ?`,
      [after, batch],
      'all',
      tx.getTransactionContext(),
    );
    const deliveries: NewDelivery[] = [];
    for (const row of rows) {
      const types = complaintEventTypes(row);
      const complaint = subject('Complaint', { project: { path: row.project_path } });
      for (const { endpoint, ability } of subscribers) {
        if (!ability.can('read', complaint)) continue;
        for (const type of types) {
          if (!subscribedAt(endpoint, type, uuidv7Time(row.event_id, row.occurred_at))) continue;
          const id = randomUUID();
          deliveries.push({ id, endpoint_id: endpoint.id, event_type: type, event_id: row.event_id, occurred_at: new Date(row.occurred_at).toISOString(), payload: complaintPayload(id, type, row) });
        }
      }
    }
    const ids = await insertDeliveries(tx, deliveries);
    const last = rows[rows.length - 1];
    // Re-reading the overlap window must not move the cursor back.
    if (last && last.event_id > cursor.positionId) {
      cursor.positionId = last.event_id;
      cursor.positionAt = uuidv7Time(last.event_id, last.occurred_at);
    }
    return { ids, last: last?.event_id ?? null, read: rows.length };
  });
}

async function fanOutCaseBatch(
  em: EntityManager,
  subscribers: Subscriber[],
  batch: number,
  after: { at: Date; id: string },
): Promise<{ ids: string[]; last: { at: Date; id: string } | null; read: number }> {
  return em.transactional(async (tx) => {
    const cursor = await lockCursor(tx, CASE_STREAM);
    const rows: CaseRow[] = await tx.getConnection().execute(
      `select id, group_id, title, category_code, grade_code, org_unit_id, published_at
         from "case"
        where status = 'PUBLISHED' and published_at is not null and (published_at, id) > (?, ?)
        order by published_at, id
        limit ?`,
      [after.at, after.id, batch],
      'all',
      tx.getTransactionContext(),
    );
    const deliveries: NewDelivery[] = [];
    for (const row of rows) {
      // The rule a client reads cases by (cases:read: published cases of its group), checked as CASL checks it.
      const published = subject('Case', { groupId: row.group_id, status: 'PUBLISHED' });
      for (const { endpoint, ability } of subscribers) {
        if (!ability.can('read', published) || !subscribedAt(endpoint, 'case.published', row.published_at)) continue;
        const id = randomUUID();
        deliveries.push({ id, endpoint_id: endpoint.id, event_type: 'case.published', event_id: row.id, occurred_at: new Date(row.published_at).toISOString(), payload: casePayload(id, row) });
      }
    }
    const ids = await insertDeliveries(tx, deliveries);
    const last = rows[rows.length - 1];
    const lastAt = last ? new Date(last.published_at) : null;
    if (last && lastAt && (lastAt > cursor.positionAt || (lastAt.getTime() === cursor.positionAt.getTime() && last.id > cursor.positionId))) {
      cursor.positionAt = lastAt;
      cursor.positionId = last.id;
    }
    return { ids, last: last && lastAt ? { at: lastAt, id: last.id } : null, read: rows.length };
  });
}

/**
 * Reads both streams from their cursors (minus the overlap) to the end, in batches, each batch in its own
 * transaction with the deliveries it creates and the cursor's move. Resolves with the new deliveries' ids.
 */
export async function fanOutWebhooks(orm: MikroORM, options: WebhookDispatchOptions = {}): Promise<string[]> {
  const em = orm.em.fork();
  const batch = options.batchSize ?? DEFAULT_BATCH;
  const overlapMs = (options.overlapSeconds ?? DEFAULT_OVERLAP_SECONDS) * 1000;
  const subscribers = await loadSubscribers(em);
  const created: string[] = [];
  if (subscribers.length === 0) return created;

  // Nothing before the oldest subscribed endpoint can be delivered, so a cursor left behind while nobody listened
  // (no endpoints for months) jumps forward instead of re-reading that history.
  const oldestEndpoint = Math.min(...subscribers.map((s) => s.endpoint.createdAt.getTime()));
  const start = async (stream: string) => {
    const cursor = await em.fork().transactional((tx) => lockCursor(tx, stream));
    return new Date(Math.max(cursor.positionAt.getTime(), oldestEndpoint) - overlapMs);
  };

  let afterEvent = uuidv7Floor(await start(COMPLAINT_STREAM));
  for (;;) {
    const result = await fanOutComplaintBatch(em.fork(), subscribers, batch, afterEvent);
    created.push(...result.ids);
    if (result.read < batch || !result.last) break;
    afterEvent = result.last;
  }

  let afterCase = { at: await start(CASE_STREAM), id: ZERO_UUID };
  for (;;) {
    const result = await fanOutCaseBatch(em.fork(), subscribers, batch, afterCase);
    created.push(...result.ids);
    if (result.read < batch || !result.last) break;
    afterCase = result.last;
  }
  return created;
}

export type AttemptOutcome = 'succeeded' | 'retry' | 'failed' | 'skipped';

interface HttpResult {
  statusCode: number | null;
  error: string | null;
}

/** One POST with a hard deadline; never follows redirects, reads at most a snippet of the answer. */
function post(url: URL, headers: Record<string, string>, body: string, timeoutMs: number, policy: UrlPolicy): Promise<HttpResult> {
  return new Promise((resolve) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    let settled = false;
    const finish = (result: HttpResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const req = send(
      url,
      { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, lookup: guardedLookup(policy) as never, agent: false },
      (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < RESPONSE_SNIPPET) chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', () => {
          const code = res.statusCode ?? 0;
          if (code >= 200 && code < 300) return finish({ statusCode: code, error: null });
          const text = Buffer.concat(chunks).toString('utf8').slice(0, RESPONSE_SNIPPET).trim();
          finish({ statusCode: code, error: `HTTP ${code}${text ? `: ${text}` : ''}` });
        });
        res.on('error', (error) => finish({ statusCode: res.statusCode ?? null, error: error.message }));
      },
    );
    const timer = setTimeout(() => {
      const message = `超时（${timeoutMs / 1000} 秒内未完成响应）`;
      req.destroy(new Error(message));
      finish({ statusCode: null, error: message });
    }, timeoutMs);
    req.on('error', (error) => finish({ statusCode: null, error: error.message || String(error) }));
    req.end(body);
  });
}

/**
 * Sends one delivery once and records the attempt. A job attempt that fails asks to be retried (`retry`), until
 * its last one, which marks the delivery FAILED. A replay (`replay: true`) is an extra attempt by a person or app:
 * it can turn a delivery SUCCEEDED, never FAILED, and leaves pending retries to go on.
 */
export async function attemptDelivery(
  em: EntityManager,
  deliveryId: string,
  options: { replay: boolean; finalAttempt: boolean; timeoutMs?: number; policy?: UrlPolicy },
): Promise<AttemptOutcome> {
  const policy = options.policy ?? currentUrlPolicy();
  const delivery = await em.findOne(WebhookDelivery, { id: deliveryId }, { populate: ['endpoint', 'endpoint.client'], refresh: true });
  if (!delivery) return 'skipped'; // its endpoint was deleted
  if (!options.replay && delivery.status !== WebhookDeliveryStatus.PENDING) return 'skipped'; // a duplicate job
  const endpoint = delivery.endpoint;
  if (!options.replay && (!endpoint.active || endpoint.client.revokedAt)) {
    await record(em, deliveryId, { at: new Date().toISOString(), statusCode: null, error: '接收地址已停用或应用已吊销，未发送', durationMs: 0, replay: false }, 'failed', false, false);
    return 'failed';
  }
  const body = JSON.stringify(delivery.payload);
  const started = Date.now();
  let result: HttpResult;
  try {
    const url = assertSendable(endpoint.url, policy);
    result = await post(url, signedHeaders(endpoint.secret, delivery.id, body), body, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, policy);
  } catch (error) {
    result = { statusCode: null, error: error instanceof Error ? error.message : String(error) };
  }
  const attempt: WebhookAttempt = { at: new Date(started).toISOString(), statusCode: result.statusCode, error: result.error, durationMs: Date.now() - started, replay: options.replay };
  const outcome: AttemptOutcome = result.error === null ? 'succeeded' : options.replay ? 'failed' : options.finalAttempt ? 'failed' : 'retry';
  await record(em, deliveryId, attempt, outcome, options.replay, true);
  return outcome;
}

/**
 * Writes an attempt under a row lock, so a replay and a job retry running together both count. `sent: false`
 * records why nothing was sent (a paused endpoint) without counting it as an attempt.
 */
async function record(em: EntityManager, deliveryId: string, attempt: WebhookAttempt, outcome: AttemptOutcome, replay: boolean, sent: boolean): Promise<void> {
  await em.fork().transactional(async (tx) => {
    const row = await tx.findOne(WebhookDelivery, { id: deliveryId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!row) return;
    if (sent) row.attempts += 1;
    row.lastAttemptAt = new Date(attempt.at);
    row.lastStatusCode = attempt.statusCode;
    row.lastError = attempt.error;
    row.attemptLog = [...row.attemptLog, attempt].slice(-MAX_ATTEMPTS_KEPT);
    if (outcome === 'succeeded') {
      row.status = WebhookDeliveryStatus.SUCCEEDED;
      row.deliveredAt ??= new Date(attempt.at);
    } else if (outcome === 'failed' && !replay && row.status === WebhookDeliveryStatus.PENDING) {
      row.status = WebhookDeliveryStatus.FAILED;
    }
  });
}

/** Deliveries created long ago and never tried: their job was lost between the fan-out's commit and enqueue. */
async function orphanedDeliveries(em: EntityManager): Promise<string[]> {
  const rows: { id: string }[] = await em.getConnection().execute(
    `select id from webhook_delivery where status = 'PENDING' and attempts = 0 and created_at < now() - make_interval(secs => ?) limit 1000`,
    [ORPHAN_AFTER_SECONDS],
  );
  return rows.map((row) => row.id);
}

export interface WebhookJobs {
  /** One fan-out now (what the periodic job runs), enqueuing a delivery job for each new delivery. */
  runFanOut(): Promise<string[]>;
  enqueueDelivery(deliveryId: string): Promise<void>;
}

/**
 * Wires webhooks into the job runner: a periodic fan-out (once per `everySeconds` across instances) and the
 * delivery worker. A delivery job fails on a failed attempt, and pg-boss retries it with backoff.
 */
export async function startWebhookJobs(
  jobs: JobRunner,
  orm: MikroORM,
  options: WebhookDispatchOptions & { everySeconds?: number; periodic?: boolean; concurrency?: number } = {},
): Promise<WebhookJobs> {
  const retry = options.retry ?? DEFAULT_DELIVERY_RETRY;
  const log = options.log ?? ((message: string) => console.log(`[webhooks] ${message}`));
  const enqueueDelivery = async (deliveryId: string) => {
    // The singleton slot keeps a re-enqueued orphan from running twice within the orphan window.
    await jobs.enqueue(DELIVERY_QUEUE, { deliveryId }, { retry, singletonKey: deliveryId, singletonSeconds: ORPHAN_AFTER_SECONDS });
  };
  const deliver = async (data: { deliveryId: string }, job: JobInfo) => {
    const outcome = await attemptDelivery(orm.em.fork(), data.deliveryId, {
      replay: false,
      finalAttempt: job.retryCount >= job.retryLimit,
      timeoutMs: options.timeoutMs,
      policy: options.policy,
    });
    // Throwing is how the job runner learns to retry (and logs the attempt).
    if (outcome === 'retry') throw new Error(`webhook delivery ${data.deliveryId} failed; will retry`);
  };
  // A worker handles one job at a time, and a slow receiver holds it up to the timeout: several workers per
  // instance keep one slow partner from delaying everyone else's deliveries.
  for (let i = 0; i < (options.concurrency ?? DEFAULT_CONCURRENCY); i++) await jobs.work(DELIVERY_QUEUE, deliver);
  const runFanOut = async () => {
    const created = await fanOutWebhooks(orm, options);
    for (const id of created) await enqueueDelivery(id);
    for (const id of await orphanedDeliveries(orm.em.fork())) await enqueueDelivery(id);
    if (created.length > 0) log(`${created.length} new deliveries`);
    return created;
  };
  if (options.periodic !== false) await jobs.every(FANOUT_JOB, options.everySeconds ?? 10, async () => void (await runFanOut()));
  return { runFanOut, enqueueDelivery };
}
