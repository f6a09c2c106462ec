import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { User } from '../identity/user.entity.js';
import { seedDemoData } from '../demo/demo-seed.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { openDatabase } from './database.js';

describe('migrations', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: false });
  });
  afterAll(() => app?.close());

  it('leave no difference between the entities and the migrated database (run `pnpm db:migration:create`)', async () => {
    const diff = await app.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });

  it('are all applied', async () => {
    expect(await app.orm.getMigrator().getPendingMigrations()).toEqual([]);
  });
});

describe('demo data and the embedded database', () => {
  it('seeds once: a second run adds nothing', async () => {
    const app = await startTestApp({ seed: true });
    try {
      const count = () => Promise.all([app.orm.em.fork().count(OrgUnit, {}), app.orm.em.fork().count(User, {})]);
      const before = await count();
      expect(await seedDemoData(app.orm.em.fork(), { adminPassword: 'kesu-admin' })).toBe(false);
      expect(await count()).toEqual(before);
      expect(before[0]).toBeGreaterThanOrEqual(15);
    } finally {
      await app.close();
    }
  });

  it('keeps its data under KESU_DATA_DIR across a stop and a start', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'kesu-persist-'));
    const config = { ...loadConfig({ NODE_ENV: 'test', KESU_DATA_DIR: dataDir }), databaseUrl: undefined };
    try {
      const first = await openDatabase(config);
      await seedDemoData(first.orm.em.fork(), { adminPassword: 'kesu-admin' });
      const em = first.orm.em.fork();
      const group = await em.findOneOrFail(OrgUnit, { code: 'HY' });
      group.name = '改名后的集团';
      await em.flush();
      await first.close();

      const second = await openDatabase(config);
      try {
        expect((await second.orm.em.fork().findOneOrFail(OrgUnit, { code: 'HY' })).name).toBe('改名后的集团');
        expect(await seedDemoData(second.orm.em.fork(), { adminPassword: 'kesu-admin' })).toBe(false);
      } finally {
        await second.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
