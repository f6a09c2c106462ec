import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Complaint } from '../complaint/complaint.entity.js';
import { ComplaintEvent } from '../complaint/complaint-event.entity.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { seedDemoComplaints } from './demo-complaints.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

describe('demo complaints', () => {
  it('takes records through the real services into many states, once', async () => {
    // The same count as `npm start` seeds: a path the random walk takes only at that size must work here too.
    expect(await seedDemoComplaints(app.orm, app.tokens)).toBe(240);
    const em = app.orm.em.fork();
    const rows = await em.find(Complaint, {});
    const states = new Set(rows.map((row) => row.status));
    expect(states.size).toBeGreaterThanOrEqual(7);
    for (const state of ['REGISTERED', 'HANDLING', 'ESCALATED', 'EXTERNAL_REVIEW', 'RETURN_VISITED', 'ARCHIVED', 'INVALID', 'WARNING']) {
      expect(states).toContain(state);
    }
    expect(new Set(rows.map((row) => row.kind))).toEqual(new Set(['COMPLAINT', 'DEMAND', 'WARNING']));
    // Every record has its file: at least the creating event, and one more per step taken.
    expect(await em.count(ComplaintEvent, {})).toBeGreaterThan(rows.length * 2);
    expect(await seedDemoComplaints(app.orm, app.tokens)).toBe(0);
  }, 90_000); // 240 complaints walked through the real services twice: about 10 s alone, three times that on a busy machine

  it('is visible through the API to the people of each region', async () => {
    const south = await app.gql(`{ complaints(first: 5) { totalCount } }`, {}, await app.tokenFor('south.cr.exec'));
    const east = await app.gql(`{ complaints(first: 5) { totalCount } }`, {}, await app.tokenFor('east.cr.exec'));
    expect(south.data!.complaints.totalCount).toBeGreaterThan(0);
    expect(east.data!.complaints.totalCount).toBeGreaterThan(0);
  });
});
