import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { migrate } from '../db/database.js';
import { ormConfig } from '../db/orm-config.js';

export const TEMPLATE_DATABASE = 'kesu_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `postgres://…/` of the run's throw-away server, without a database name. */
    pgServerUrl: string;
  }
}

/**
 * Once per run: a throw-away embedded PostgreSQL and a template database migrated by the real migrations.
 * Each test file then clones the template (`create database … template`), which takes milliseconds.
 */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(join(tmpdir(), 'kesu-test-pg-'));
  const pg = await startEmbeddedPostgres({ dataDir, persistent: false, database: TEMPLATE_DATABASE });
  const orm = await MikroORM.init(ormConfig(pg.url));
  await migrate(orm);
  await orm.close(true);
  project.provide('pgServerUrl', pg.url.slice(0, pg.url.lastIndexOf('/') + 1));
  return async () => {
    await pg.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
