import { loadConfig } from '../config.js';
import { openDatabase } from './database.js';

/** `pnpm db:migrate`: apply pending migrations (openDatabase does it) and exit. */
const db = await openDatabase(loadConfig(), { migrate: true });
const executed = await db.orm.getMigrator().getExecutedMigrations();
console.log(`database is at migration ${executed.at(-1)?.name ?? '(none)'}`);
await db.close();
