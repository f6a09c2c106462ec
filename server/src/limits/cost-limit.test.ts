import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../graphql/global-id.js';
import { Complaint } from '../complaint/complaint.entity.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { CostBudgetService } from './cost-budget.service.js';
import { RateLimitWindow } from './rate-limit-window.entity.js';

interface Cost {
  requested: number;
  actual: number;
  remaining: number | null;
  resetAt: string | null;
}
interface Reply {
  status: number;
  retryAfter: string | null;
  data?: Record<string, any> | null;
  errors?: { message: string; extensions: Record<string, any> }[];
  cost: Cost;
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

/** POST /graphql keeping the status, the Retry-After header and `extensions.cost`. */
async function call(target: TestApp, query: string, variables: Record<string, unknown>, token?: string): Promise<Reply> {
  const response = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<Reply, 'status' | 'retryAfter' | 'cost'> & { extensions: { cost: Cost } };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), data: body.data, errors: body.errors, cost: body.extensions?.cost };
}

const unitId = async (target: TestApp, code: string) => toGlobalId('OrgUnit', (await target.orm.em.fork().findOneOrFail(OrgUnit, { code })).id);

async function createClient(target: TestApp, options: { scopes?: string[]; costPerMinute?: number; costPerHour?: number } = {}) {
  const res = await target.gql(
    `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { key client { id } } }`,
    { input: { name: '额度测试', orgUnitId: await unitId(target, 'HY-GZ-YSF'), scopes: options.scopes ?? ['complaints:read'], costPerMinute: options.costPerMinute, costPerHour: options.costPerHour } },
    await target.tokenFor('admin'),
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createApiClient.key as string;
}

/** Costs 1 + 3 = 4: the field and three scalars under it. */
const SELF = '{ currentApiClient { id name scopes } }';

/** The budget windows are real minutes: start a sequence that must fit in one minute well away from its end. */
async function awayFromMinuteEdge() {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 8_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
}

describe('cost budgets', () => {
  it('report requested, actual, remaining and resetAt on every response, then refuse with RATE_LIMITED, 429 and Retry-After', async () => {
    const key = await createClient(app, { costPerMinute: 20 });
    await awayFromMinuteEdge();
    const remaining: number[] = [];
    for (let i = 0; i < 5; i++) {
      const reply = await call(app, SELF, {}, key);
      expect(reply.status).toBe(200);
      expect(reply.errors).toBeUndefined();
      expect(reply.cost).toMatchObject({ requested: 4, actual: 4 });
      expect(Date.parse(reply.cost.resetAt!)).toBeGreaterThan(Date.now());
      expect(Date.parse(reply.cost.resetAt!) - Date.now()).toBeLessThanOrEqual(60_000);
      remaining.push(reply.cost.remaining!);
    }
    expect(remaining).toEqual([16, 12, 8, 4, 0]);

    const refused = await call(app, SELF, {}, key);
    expect(refused.status).toBe(429);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors).toHaveLength(1);
    const error = refused.errors![0]!;
    expect(error.extensions.code).toBe('RATE_LIMITED');
    expect(error.extensions.http).toBeUndefined();
    expect(error.extensions.retryAfter).toBeGreaterThanOrEqual(1);
    expect(error.extensions.retryAfter).toBeLessThanOrEqual(60);
    expect(refused.retryAfter).toBe(String(error.extensions.retryAfter));
    expect(Date.parse(error.extensions.resetAt)).toBeGreaterThan(Date.now());
    expect(refused.cost).toEqual({ requested: 4, actual: 0, remaining: 0, resetAt: error.extensions.resetAt });
  });

  it('refuse a mutation over budget before it runs: nothing is written', async () => {
    const key = await createClient(app, { scopes: ['complaints:create', 'complaints:read'], costPerMinute: 12 });
    const input = {
      kind: 'COMPLAINT', projectId: await unitId(app, 'HY-GZ-YSF'), channel: 'APP', categoryCode: 'PM_ENVIRONMENT', title: '额度用尽时提交的投诉',
      description: '额度用尽时提交，不应写入。', receivedAt: new Date(Date.now() - 60_000).toISOString(), customers: [{ name: '王女士', phone: '13911112222', room: '3-1201' }],
    };
    const CREATE = 'mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { complaint { id } } }';
    await awayFromMinuteEdge();
    expect((await call(app, '{ currentApiClient { id } }', {}, key)).cost).toMatchObject({ requested: 2, remaining: 10 });
    const refused = await call(app, CREATE, { input }, key);
    expect(refused.status).toBe(429);
    expect(refused.errors![0]!.extensions.code).toBe('RATE_LIMITED');
    expect(refused.cost).toMatchObject({ requested: 12, actual: 0, remaining: 10 });
    expect(await app.orm.em.fork().count(Complaint, { title: input.title })).toBe(0);

    // The same mutation from an app with room runs: it was the budget, not the input.
    const roomy = await createClient(app, { scopes: ['complaints:create', 'complaints:read'] });
    const created = await call(app, CREATE, { input }, roomy);
    expect(created.errors).toBeUndefined();
    expect(created.cost).toMatchObject({ requested: 12, actual: 12 });
    expect(await app.orm.em.fork().count(Complaint, { title: input.title })).toBe(1);
  });

  it('are per principal: an exhausted app leaves other apps and staff untouched', async () => {
    const spent = await createClient(app, { costPerMinute: 8 });
    const other = await createClient(app, { costPerMinute: 8 });
    await awayFromMinuteEdge();
    await call(app, SELF, {}, spent);
    await call(app, SELF, {}, spent);
    expect((await call(app, SELF, {}, spent)).status).toBe(429);

    const fresh = await call(app, SELF, {}, other);
    expect(fresh.status).toBe(200);
    expect(fresh.cost.remaining).toBe(4);

    const staff = await call(app, '{ me { user { id name } } }', {}, await app.tokenFor('ysf.agent'));
    expect(staff.status).toBe(200);
    expect(staff.cost).toMatchObject({ requested: 4, actual: 4, remaining: 200_000 - 4 });
  });

  it('charge only what was actually returned: the rest of the estimate is refunded', async () => {
    const key = await createClient(app, { costPerMinute: 1000 });
    await awayFromMinuteEdge();
    const reply = await call(app, '{ complaints(first: 50) { edges { node { id } } } }', {}, key);
    expect(reply.errors).toBeUndefined();
    const items = reply.data!.complaints.edges.length as number;
    expect(items).toBeLessThan(50);
    // 1 (complaints) + 50 × (edges 1 + node 1 + id 1) asked; 2 + 2 per complaint returned.
    expect(reply.cost).toEqual({ requested: 151, actual: 2 + 2 * items, remaining: 1000 - (2 + 2 * items), resetAt: expect.any(String) });
  });

  it('are atomic: concurrent requests never spend more than the budget', async () => {
    const key = await createClient(app, { costPerMinute: 20 });
    await awayFromMinuteEdge();
    const replies = await Promise.all(Array.from({ length: 12 }, () => call(app, SELF, {}, key)));
    expect(replies.filter((r) => r.status === 200)).toHaveLength(5);
    expect(replies.filter((r) => r.status === 429)).toHaveLength(7);
  });

  it('do not touch unauthenticated requests, which still report their cost', async () => {
    const reply = await call(app, 'mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { login: 'admin', password: 'wrong-password' } });
    expect(reply.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    // 10 for the mutation field + 1 for `token`; the resolver ran (and refused), `token` never did.
    expect(reply.cost).toEqual({ requested: 11, actual: 10, remaining: null, resetAt: null });
  });

  it('are swept of ended windows, keeping the current ones', async () => {
    const em = app.orm.em.fork();
    const past = new Date(Date.now() - 3 * 3600_000);
    em.create(RateLimitWindow, { principal: 'user:gone', windowSeconds: 60, windowStart: past, expiresAt: new Date(past.getTime() + 60_000), used: 5, budget: 10 });
    await em.flush();
    const budgets = new CostBudgetService(() => app.orm.em.fork(), { perMinute: 100, perHour: 1000 });
    const principal = `user:new-${Date.now()}`;
    expect((await budgets.reserve(principal, budgets.defaults, 3)).granted).toBe(true);
    // Opening a window does no housekeeping inside the request; the periodic sweep does.
    expect(await app.orm.em.fork().count(RateLimitWindow, { principal: 'user:gone' })).toBe(1);
    await budgets.deleteExpiredWindows();
    expect(await app.orm.em.fork().count(RateLimitWindow, { principal: 'user:gone' })).toBe(0);
    expect(await app.orm.em.fork().count(RateLimitWindow, { principal })).toBe(2);
  });
});

describe('refunds', () => {
  const usedIn = async (principal: string) =>
    (await app.orm.em.fork().find(RateLimitWindow, { principal }, { orderBy: { windowSeconds: 'asc' } })).map((w) => w.used);

  it('ride along with the same principal\'s next reservation, or are written by the flush, never twice', async () => {
    await awayFromMinuteEdge();
    const budgets = new CostBudgetService(() => app.orm.em.fork(), { perMinute: 100, perHour: 1000 }, undefined, 60_000);
    const principal = `user:refund-${Date.now()}`;
    const first = await budgets.reserve(principal, budgets.defaults, 30);
    expect(first.granted).toBe(true);
    // The response reports the refund at once; the table still holds the whole reservation.
    const reported = budgets.release(principal, first.windows, 20);
    expect(reported.map((w) => w.used)).toEqual([10, 10]);
    expect(await usedIn(principal)).toEqual([30, 30]);

    // The next reservation (30) subtracts the refund (20) in its own statement: 30 + 30 − 20.
    const second = await budgets.reserve(principal, budgets.defaults, 30);
    expect(second.granted && second.windows.map((w) => w.used)).toEqual([40, 40]);
    expect(await usedIn(principal)).toEqual([40, 40]);

    // Two refunds pending, then two concurrent reservations: the refund is applied by exactly one of them.
    budgets.release(principal, second.windows, 25);
    await Promise.all([budgets.reserve(principal, budgets.defaults, 5), budgets.reserve(principal, budgets.defaults, 5)]);
    expect(await usedIn(principal)).toEqual([25, 25]);

    budgets.release(principal, second.windows, 7);
    await budgets.flush();
    await budgets.flush();
    expect(await usedIn(principal)).toEqual([18, 18]);
  });

  it('are kept when the reservation they rode on is refused, and written by the timer', async () => {
    await awayFromMinuteEdge();
    const budgets = new CostBudgetService(() => app.orm.em.fork(), { perMinute: 50, perHour: 1000 }, undefined, 200);
    const principal = `user:refused-${Date.now()}`;
    const first = await budgets.reserve(principal, budgets.defaults, 40);
    budgets.release(principal, first.windows, 10);
    // 40 − 10 + 30 = 60 > 50: refused, and the refund is not lost with it.
    const refused = await budgets.reserve(principal, budgets.defaults, 30);
    expect(refused.granted).toBe(false);
    // The minute refused and still owes the refund; the hour took it and gave back only the refused 30.
    expect(await usedIn(principal)).toEqual([40, 30]);
    await expect.poll(() => usedIn(principal), { timeout: 3000, interval: 50 }).toEqual([30, 30]);
  });
});

describe('cost budgets configured per client', () => {
  let small: TestApp;
  beforeAll(async () => {
    small = await startTestApp({ env: { KESU_COST_PER_MINUTE: '40', KESU_COST_PER_HOUR: '100000' } });
  });
  afterAll(() => small?.close());

  it('take the server default unless the client has its own', async () => {
    const byDefault = await createClient(small);
    const own = await createClient(small, { costPerMinute: 200 });
    await awayFromMinuteEdge();
    const defaultStatuses: number[] = [];
    const ownStatuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      defaultStatuses.push((await call(small, SELF, {}, byDefault)).status);
      ownStatuses.push((await call(small, SELF, {}, own)).status);
    }
    expect(defaultStatuses).toEqual([...Array<number>(10).fill(200), 429, 429]);
    expect(ownStatuses).toEqual(Array<number>(12).fill(200));
    expect((await call(small, SELF, {}, own)).cost.remaining).toBe(200 - 13 * 4);
  });
});
