import 'reflect-metadata';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { seedDemoData } from './demo/demo-seed.js';
import { createApp } from './http/app.js';
import { provisionAllGroups } from './org/group-provisioning.service.js';
import { TokenService } from './identity/token.service.js';

/** `pnpm start`: database (embedded unless DATABASE_URL), migrations, demo data on first start, API + admin. */
const config = loadConfig();
const db = await openDatabase(config);
if (config.seedDemoData) {
  const seeded = await seedDemoData(db.orm.em.fork(), { adminPassword: config.adminPassword });
  if (seeded) console.log('Seeded the demo group (login: admin).');
}
await provisionAllGroups(db.orm.em.fork());
const tokens = await TokenService.fromConfig(config);
const app = await createApp({ orm: db.orm, config, tokens });
const port = await app.listen(config.port);
console.log(`Kesu listening on http://localhost:${port} (GraphQL at /graphql)`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: shutting down`);
  await app.close();
  await db.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
