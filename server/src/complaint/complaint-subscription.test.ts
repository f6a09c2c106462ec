import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../graphql/global-id.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';

let app: TestApp;
const clients: Client[] = [];
beforeAll(async () => {
  app = await startTestApp({ pgPubSub: true });
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await app?.close();
});

function subscribe(token: string, query: string, variables: Record<string, unknown> = {}) {
  const client = createClient({ url: `${app.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, lazy: false });
  clients.push(client);
  const received: any[] = [];
  let ready!: () => void;
  const acknowledged = new Promise<void>((resolve) => (ready = resolve));
  client.on('connected', () => ready());
  client.subscribe({ query, variables }, { next: (value) => received.push(value), error: (error) => received.push({ error }), complete: () => undefined });
  return { received, acknowledged };
}

const until = async (check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
};

describe('complaintUpdated', () => {
  it('reaches subscribers in scope through LISTEN/NOTIFY and nobody else', async () => {
    const mine = subscribe(await app.tokenFor('ysf.head'), `subscription { complaintUpdated { number status } }`);
    const other = subscribe(await app.tokenFor('xxl.head'), `subscription { complaintUpdated { number } }`);
    await Promise.all([mine.acknowledged, other.acknowledged]);
    await new Promise((r) => setTimeout(r, 200)); // the subscribe message follows the ack

    const projectId = toGlobalId('OrgUnit', (await app.orm.em.fork().findOneOrFail(OrgUnit, { code: 'HY-GZ-YSF' })).id);
    const created = await app.gql(`mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { complaint { id number version } } }`, {
      input: { kind: 'COMPLAINT', projectId, channel: 'APP', categoryCode: 'DEV_ENGINEERING', title: '电梯异响', description: '2 号梯运行异响', receivedAt: new Date(Date.now() - 60_000).toISOString(), customers: [{ name: '李女士' }] },
    }, await app.tokenFor('ysf.agent'));
    const complaint = created.data!.createComplaint.complaint;
    await app.gql(`mutation($input: RespondToComplaintInput!) { respondToComplaint(input: $input) { complaint { status } } }`, { input: { id: complaint.id, version: complaint.version } }, await app.tokenFor('ysf.head'));

    await until(() => mine.received.length >= 2);
    expect(mine.received.map((m) => m.data?.complaintUpdated)).toEqual([
      { number: complaint.number, status: 'REGISTERED' },
      { number: complaint.number, status: 'RESPONDED' },
    ]);
    await new Promise((r) => setTimeout(r, 300));
    expect(other.received).toEqual([]);
  });

  it('refuses a subscriber without the right to read complaints', async () => {
    const reader = subscribe(await app.tokenFor('reader'), `subscription { complaintUpdated { number } }`);
    await reader.acknowledged;
    await new Promise((r) => setTimeout(r, 200));
    const projectId = toGlobalId('OrgUnit', (await app.orm.em.fork().findOneOrFail(OrgUnit, { code: 'HY-GZ-YSF' })).id);
    await app.gql(`mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { complaint { id } } }`, {
      input: { kind: 'COMPLAINT', projectId, channel: 'APP', categoryCode: 'DEV_ENGINEERING', title: '门禁故障', description: '单元门禁失灵', receivedAt: new Date(Date.now() - 60_000).toISOString(), customers: [{ name: '赵先生' }] },
    }, await app.tokenFor('ysf.agent'));
    await new Promise((r) => setTimeout(r, 500));
    expect(reader.received.filter((m) => m.data?.complaintUpdated)).toEqual([]);
  });
});
