import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGlobalId } from '../src/graphql/global-id.js';
import { runOverdueClock } from '../src/sla/overdue-clock.service.js';
import { startTestApp, type TestApp } from '../src/testing/test-app.js';
import { codesOf, complaintInput, createComplaint, unitId } from './reliability-fixtures.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const PAIRS = Number(process.env.KESU_RACE_PAIRS ?? 1000);
const OVERRIDE = 'mutation($input: OverrideComplaintGradeInput!) { overrideComplaintGrade(input: $input) { complaint { version grade { code } } } }';
const ESCALATE = 'mutation($input: EscalateComplaintInput!) { escalateComplaint(input: $input) { complaint { version status } } }';
const RESPOND = 'mutation($input: RespondToComplaintInput!) { respondToComplaint(input: $input) { complaint { version } } }';
const START = 'mutation($input: StartHandlingInput!) { startHandling(input: $input) { complaint { version } } }';
const sql = <T>(query: string, params: unknown[] = []) => app.orm.em.getConnection().execute<T[]>(query, params);
const rowId = (globalId: string) => parseGlobalId(globalId)!.id;

describe('races', () => {
  it(`${PAIRS} racing pairs of transitions on one complaint: exactly one of each pair wins, no update is lost`, async () => {
    const complaint = await createComplaint(app, 'south.cr.exec', 'HY-GZ-YSF');
    const racers = [await app.tokenFor('south.cr.exec'), await app.tokenFor('south.cr.lead')];
    const grades = ['A1', 'A2', 'GENERAL'];
    let version = complaint.version;
    let current = 'GENERAL';
    let wins = 0;
    let conflicts = 0;
    const winnerGrades: string[] = [];
    const started = Date.now();
    for (let pair = 0; pair < PAIRS; pair++) {
      // Both sides read the same version and ask for different grades: a lost update would leave one grade
      // written over the other with both calls acknowledged.
      // Neither asks for the grade it already has (that is a refused no-op, not a race).
      const targets = grades.filter((code) => code !== current);
      if (pair % 2 === 1) targets.reverse();
      const results = await Promise.all(
        racers.map((token, side) => app.gql(OVERRIDE, { input: { id: complaint.id, version, gradeCode: targets[side], reason: `竞争 ${pair}` } }, token)),
      );
      const won = results.filter((res) => res.data?.overrideComplaintGrade);
      const lost = results.filter((res) => codesOf(res).join() === 'CONFLICT');
      expect(won.length, `pair ${pair}: ${JSON.stringify(results.map((r) => r.errors))}`).toBe(1);
      expect(lost.length, `pair ${pair}: ${JSON.stringify(results.map((r) => r.errors))}`).toBe(1);
      wins += won.length;
      conflicts += lost.length;
      const winner = won[0]!.data!.overrideComplaintGrade.complaint;
      expect(winner.version).toBe(version + 1);
      winnerGrades.push(winner.grade.code);
      current = winner.grade.code;
      version = winner.version;
    }
    const elapsed = Date.now() - started;
    console.log(`races: ${PAIRS} pairs, ${wins} won, ${conflicts} CONFLICT, ${elapsed} ms`);

    const [row] = await sql<{ version: number; grade_code: string }>('select version, grade_code from complaint where id = ?', [rowId(complaint.id)]);
    expect(row).toEqual({ version: complaint.version + PAIRS, grade_code: winnerGrades.at(-1) });
    // Every acknowledged win is in the file, in order, and nothing else is.
    const events = await sql<{ to_grade: string }>(
      `select data->>'toGrade' as to_grade from complaint_event where complaint_id = ? and type = 'GRADE_OVERRIDDEN' order by id`,
      [rowId(complaint.id)],
    );
    expect(events.map((event) => event.to_grade)).toEqual(winnerGrades);
  });

  it('the overdue clock and a user escalating the same complaints: each change happens once and is recorded once', async () => {
    const complaints = [];
    const token = await app.tokenFor('ysf.head');
    for (let i = 0; i < 12; i++) {
      // In handling, where a user may escalate on the customer's disagreement whatever the clock says.
      const created = await createComplaint(app, 'ysf.agent', 'HY-GZ-YSF');
      const responded = await app.gql(RESPOND, { input: { id: created.id, version: created.version } }, token);
      const handling = await app.gql(START, { input: { id: created.id, version: responded.data!.respondToComplaint.complaint.version } }, token);
      complaints.push({ id: created.id, version: handling.data!.startHandling.complaint.version as number });
    }
    // Past its resolution limit, so the clock escalates it too.
    await sql(`update complaint set resolution_due_at = now() - interval '1 day' where id = any(string_to_array(?, ',')::uuid[])`, [complaints.map((c) => rowId(c.id)).join(',')]);
    // The users' calls go out one every 25 ms and the two clock ticks start at 150 ms, so the first complaints
    // are taken by the user, the last ones by the clock, and those in between meet in the middle.
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const userCalls = complaints.map(async (c, i) => {
      await sleep(i * 25);
      return app.gql(ESCALATE, { input: { id: c.id, version: c.version, reason: 'CUSTOMER_DISAGREES', note: '业主不同意方案' } }, token);
    });
    await sleep(150);
    // A second instance's tick at the same moment (pg-boss would not start one, a stuck lock might).
    const [clockA, clockB, ...users] = await Promise.all([runOverdueClock(app.orm, new Date()), runOverdueClock(app.orm, new Date()), ...userCalls]);
    for (const res of users) expect(res.data?.escalateComplaint ? 'ok' : codesOf(res).join(), JSON.stringify(res.errors)).toMatch(/^(ok|CONFLICT)$/);
    const userWins = users.filter((res) => res.data?.escalateComplaint).length;
    console.log(`clock vs user: ${complaints.length} complaints, user won ${userWins}, clock escalated ${clockA.escalated + clockB.escalated}`);

    const rows = await sql<{ id: string; version: number; escalation_count: number; overdue_events: number; escalations: number; all_events: number }>(
      `select c.id, c.version, c.escalation_count,
              (select count(*)::int from complaint_event e where e.complaint_id = c.id and e.type = 'MARKED_OVERDUE') as overdue_events,
              (select count(*)::int from complaint_event e where e.complaint_id = c.id and e.type = 'COMPLAINT_ESCALATED') as escalations,
              (select count(*)::int from complaint_event e where e.complaint_id = c.id) as all_events
       from complaint c where c.id = any(string_to_array(?, ',')::uuid[])`,
      [complaints.map((c) => rowId(c.id)).join(',')],
    );
    expect(rows).toHaveLength(complaints.length);
    for (const row of rows) {
      // Marked overdue at most once although two ticks ran; not at all when the user's escalation (which restarts
      // the clock at the escalated limit) committed first.
      expect(row.overdue_events).toBeLessThanOrEqual(1);
      // The counter on the row and the events agree: neither side's escalation was written over.
      expect(row.escalations).toBe(row.escalation_count);
      expect(row.escalations).toBeGreaterThanOrEqual(1);
    }
    expect(rows.reduce((sum, row) => sum + row.overdue_events, 0)).toBe(clockA.markedOverdue + clockB.markedOverdue);
    expect(rows.reduce((sum, row) => sum + row.escalations, 0)).toBe(userWins + clockA.escalated + clockB.escalated);
  });

  it('concurrent creates with one idempotency key make one complaint', async () => {
    const token = await app.tokenFor('ysf.agent');
    const projectId = await unitId(app, 'HY-GZ-YSF');
    const before = await sql<{ count: number }>('select count(*)::int as count from complaint');
    const KEYS = 10;
    const CALLS = 8;
    for (let k = 0; k < KEYS; k++) {
      const input = complaintInput(projectId, { idempotencyKey: `race-${k}-${Date.now()}`, title: `幂等竞争 ${k}` });
      const results = await Promise.all(
        Array.from({ length: CALLS }, () => app.gql('mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { complaint { id } } }', { input }, token)),
      );
      for (const res of results) expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      expect(new Set(results.map((res) => res.data!.createComplaint.complaint.id)).size).toBe(1);
    }
    const after = await sql<{ count: number }>('select count(*)::int as count from complaint');
    expect(after[0]!.count - before[0]!.count).toBe(KEYS);
    const created = await sql<{ count: number }>(`select count(*)::int as count from complaint_event where type = 'COMPLAINT_CREATED'`);
    const complaints = await sql<{ count: number }>('select count(*)::int as count from complaint');
    expect(created[0]!.count).toBe(complaints[0]!.count);
  });
});
