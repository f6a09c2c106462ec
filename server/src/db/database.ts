import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { ormConfig } from './orm-config.js';

export interface Database {
  orm: MikroORM;
  url: string;
  close(): Promise<void>;
}

/**
 * With DATABASE_URL: that server. Without: an embedded PostgreSQL whose cluster lives under KESU_DATA_DIR and
 * survives restarts. Either way the committed migrations are applied before anything else runs.
 */
export async function openDatabase(config: Config, options: { migrate?: boolean } = {}): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  const url = config.databaseUrl ?? (embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, persistent: true })).url;
  const orm = await MikroORM.init(ormConfig(url, { pool: { min: 0, max: config.dbPoolMax } }));
  if (options.migrate ?? config.migrateOnStart) {
    await migrate(orm);
  } else {
    // A server started before the deploy's one-shot migration ran would fail later in confusing ways.
    const pending = await orm.getMigrator().getPendingMigrations();
    if (pending.length > 0) {
      await orm.close(true);
      await embedded?.stop();
      throw new Error(`the database lacks ${pending.length} migration(s) (first: ${pending[0]!.name}); run the migrate step first (node server/dist/db/migrate-cli.js) or set KESU_MIGRATE_ON_START=true`);
    }
  }
  return {
    orm,
    url,
    async close() {
      await orm.close(true);
      await embedded?.stop();
    },
  };
}

/**
 * Applies pending migrations under a session advisory lock, so two instances starting together never migrate
 * concurrently: the second waits and then finds nothing to do.
 */
export async function migrate(orm: MikroORM): Promise<void> {
  const knex = orm.em.getConnection().getKnex();
  const connection = await knex.client.acquireConnection();
  try {
    await connection.query('select pg_advisory_lock(hashtext($1))', ['kesu:migrations']);
    await orm.getMigrator().up();
  } finally {
    await connection.query('select pg_advisory_unlock(hashtext($1))', ['kesu:migrations']).catch(() => undefined);
    await knex.client.releaseConnection(connection);
  }
}
