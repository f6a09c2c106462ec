import 'reflect-metadata';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { seedDemoData } from './demo/demo-seed.js';
import { seedDemoComplaints } from './demo/demo-complaints.js';
import { seedDemoCases } from './demo/demo-cases.js';
import { createApp } from './http/app.js';
import { provisionAllGroups } from './org/group-provisioning.service.js';
import { TokenService } from './identity/token.service.js';
import { JobRunner } from './jobs/job-runner.js';
import { CostBudgetService } from './limits/cost-budget.service.js';
import { createPgPubSub } from './realtime/pubsub.js';
import { runOverdueClock } from './sla/overdue-clock.service.js';
import { startWebhookJobs } from './webhooks/webhook-dispatch.service.js';

/** `pnpm start`: database (embedded unless DATABASE_URL), migrations, demo data on first start, API + admin. */
const config = loadConfig();
const db = await openDatabase(config);
if (config.seedDemoData) {
  const seeded = await seedDemoData(db.orm.em.fork(), { adminPassword: config.adminPassword });
  if (seeded) console.log('Seeded the demo group (login: admin).');
}
await provisionAllGroups(db.orm.em.fork());
const tokens = await TokenService.fromConfig(config);
if (config.seedDemoData) {
  const count = await seedDemoComplaints(db.orm, tokens);
  if (count > 0) console.log(`Seeded ${count} demo complaints.`);
  const cases = await seedDemoCases(db.orm);
  if (cases > 0) console.log(`Seeded ${cases} demo cases.`);
}
const realtime = await createPgPubSub(db.url);
const app = await createApp({ orm: db.orm, config, tokens, pubSub: realtime.pubSub });
// The resolution clock: once a minute across all instances (pg-boss runs each tick on one of them).
const jobs = await JobRunner.start({ connectionString: db.url, log: (message) => console.log(`[jobs] ${message}`) });
await jobs.every('sla-overdue-check', 60, async () => {
  const result = await runOverdueClock(db.orm, new Date(), {
    onChanged: (complaint) =>
      realtime.pubSub.publish('COMPLAINT_UPDATED', { id: complaint.id, scope: { projectPath: complaint.project.path, groupVisible: complaint.groupVisible } }),
  });
  if (result.markedOverdue > 0) console.log(`[clock] overdue ${result.markedOverdue}, upgraded ${result.gradeRaised}, escalated ${result.escalated}`);
});
// Webhooks: a fan-out every 10 s turns new complaint events and published cases into deliveries; each delivery is
// a job, retried with backoff (webhooks/webhook-dispatch.service.ts).
await startWebhookJobs(jobs, db.orm);
// Cost budgets: ended minute and hour windows are swept away every 5 minutes (limits/cost-budget.service.ts).
const budgets = new CostBudgetService(() => db.orm.em.fork(), config.costBudget);
await jobs.every('rate-limit-window-sweep', 300, () => budgets.deleteExpiredWindows());
const port = await app.listen(config.port);
console.log(`Kesu listening on http://localhost:${port} (GraphQL at /graphql)`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: shutting down`);
  await app.close();
  await jobs.stop();
  await realtime.close();
  await db.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
