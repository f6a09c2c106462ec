import { ReferenceKind } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComplaintEvent } from '../complaint/complaint-event.entity.js';
import { Complaint } from '../complaint/complaint.entity.js';
import { seedDemoComplaints } from '../demo/demo-complaints.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { rowReader } from './row-reader.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  // Records walked through the real services into many states: set and empty relations, JSON, arrays, dates.
  await seedDemoComplaints(app.orm, app.tokens, 60);
}, 60_000);
afterAll(() => app?.close());

describe('rowReader', () => {
  // The reference is the ORM's own result mapping (what `execute('all', true)` gave the lists before), with each
  // to-one relation reduced to `{ id }`: every property of every row must come out the same.
  for (const [entity, typename, table] of [
    [Complaint, 'Complaint', 'complaint'],
    [ComplaintEvent, 'ComplaintEvent', 'complaint_event'],
  ] as const) {
    it(`reads ${table} rows exactly as the ORM maps them`, async () => {
      const em = app.orm.em.fork();
      const meta = em.getMetadata().get(entity.name);
      const rows = await em.getConnection().execute<Record<string, unknown>[]>(`select * from "${table}" order by id limit 500`, [], 'all');
      expect(rows.length).toBeGreaterThan(20);
      const read = rowReader<Record<string, unknown>>(meta, em.getPlatform());
      for (const row of rows) {
        const mapped = em.getDriver().mapResult({ ...row }, meta) as Record<string, unknown>;
        const expected: Record<string, unknown> = { __typename: typename };
        for (const prop of meta.props) {
          if (!(prop.name in mapped)) continue;
          const value = mapped[prop.name];
          expected[prop.name] = prop.kind === ReferenceKind.SCALAR ? value : value == null ? null : { id: String(value) };
        }
        expect(read(row)).toStrictEqual(expected);
      }
    });
  }

  it('is compiled once per entity', () => {
    const meta = app.orm.getMetadata().get(Complaint.name);
    const platform = app.orm.em.getPlatform();
    expect(rowReader(meta, platform)).toBe(rowReader(meta, platform));
  });
});
