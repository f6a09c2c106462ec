import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../src/testing/test-app.js';
import { createComplaint, southCase } from './reliability-fixtures.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

/** Runs SQL through the application's own pool (the role and connection the server writes with). */
const appSql = (sql: string) => app.orm.em.getConnection().execute<any[]>(sql);

describe('audit tables are append-only for the application role', () => {
  it('refuses UPDATE, DELETE and TRUNCATE of complaint events and keeps every row', async () => {
    const complaint = await createComplaint(app, 'ysf.agent', 'HY-GZ-YSF');
    const [{ count: before }] = await appSql('select count(*)::int as count from complaint_event');
    expect(before).toBeGreaterThan(0);

    await expect(appSql(`update complaint_event set reason = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(appSql('delete from complaint_event')).rejects.toThrow(/append-only/);
    await expect(appSql('truncate complaint_event cascade')).rejects.toThrow(/append-only/);
    // Deleting the complaint would cascade into its events: refused too, so no history disappears sideways.
    await expect(appSql(`delete from complaint where number = '${complaint.number}'`)).rejects.toThrow(/append-only/);

    const [{ count: after }] = await appSql('select count(*)::int as count from complaint_event');
    expect(after).toBe(before);
    const [{ reasons }] = await appSql(`select count(*)::int as reasons from complaint_event where reason = 'rewritten'`);
    expect(reasons).toBe(0);
  });

  it('refuses UPDATE and DELETE of case revisions', async () => {
    await southCase(app, 'PUBLISHED');
    const [{ count }] = await appSql('select count(*)::int as count from case_revision');
    expect(count).toBe(1);
    await expect(appSql(`update case_revision set revision = revision + 1`)).rejects.toThrow(/append-only/);
    await expect(appSql('delete from case_revision')).rejects.toThrow(/append-only/);
    const [{ count: after }] = await appSql('select count(*)::int as count from case_revision');
    expect(after).toBe(1);
  });

  it('still appends: a transition adds its event', async () => {
    const complaint = await createComplaint(app, 'ysf.agent', 'HY-GZ-YSF');
    const res = await app.gql(
      'mutation($input: RespondToComplaintInput!) { respondToComplaint(input: $input) { complaint { status events(first: 10) { totalCount } } } }',
      { input: { id: complaint.id, version: complaint.version, note: '已联系' } },
      await app.tokenFor('ysf.head'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.respondToComplaint.complaint).toMatchObject({ status: 'RESPONDED', events: { totalCount: 2 } });
  });
});
