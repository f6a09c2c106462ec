import 'reflect-metadata';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { takeOverShutdownSignals } from './db/embedded-postgres.js';
import { seedDemoData } from './demo/demo-seed.js';
import { seedDemoComplaints } from './demo/demo-complaints.js';
import { seedDemoCases } from './demo/demo-cases.js';
import { createApp } from './http/app.js';
import { bootstrapGroup } from './org/group-bootstrap.service.js';
import { provisionAllGroups } from './org/group-provisioning.service.js';
import { TokenService } from './identity/token.service.js';
import { JobRunner } from './jobs/job-runner.js';
import { CostBudgetService } from './limits/cost-budget.service.js';
import { installGracefulShutdown } from './ops/graceful-shutdown.js';
import { createLogger, errorFields } from './ops/logger.js';
import { createPgPubSub } from './realtime/pubsub.js';
import { runOverdueClock } from './sla/overdue-clock.service.js';
import { startWebhookJobs } from './webhooks/webhook-dispatch.service.js';

/** `pnpm start`: database (embedded unless DATABASE_URL), migrations, demo data on first start, API + admin. */
let config;
try {
  config = loadConfig();
} catch (error) {
  // Before a logger exists: the message names the variable and what it should look like.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const logger = createLogger({ level: config.logLevel });
process.on('unhandledRejection', (error) => logger.error({ err: errorFields(error) }, 'unhandled rejection'));

const db = await openDatabase(config);
if (config.seedDemoData) {
  const seeded = await seedDemoData(db.orm.em.fork(), { adminPassword: config.adminPassword });
  if (seeded) logger.info('seeded the demo group (login: admin)');
}
if (config.bootstrapGroup) {
  const created = await bootstrapGroup(db.orm.em.fork(), config.bootstrapGroup, config.adminPassword);
  if (created) logger.info({ group: config.bootstrapGroup.code }, 'created the first group and its administrator (login: admin)');
}
await provisionAllGroups(db.orm.em.fork());
const tokens = await TokenService.fromConfig(config);
if (config.seedDemoData) {
  const complaints = await seedDemoComplaints(db.orm, tokens);
  const cases = await seedDemoCases(db.orm);
  if (complaints > 0 || cases > 0) logger.info({ complaints, cases }, 'seeded demo complaints and cases');
}
const realtime = await createPgPubSub(db.url, { log: (message) => logger.warn({ component: 'realtime' }, message) });
const app = await createApp({ orm: db.orm, config, tokens, pubSub: realtime.pubSub, logger });
// The resolution clock: once per interval across all instances (pg-boss runs each tick on one of them).
const jobs = await JobRunner.start({ connectionString: db.url, log: (message) => logger.warn({ component: 'jobs' }, message) });
await jobs.every('sla-overdue-check', config.clockIntervalSeconds, async () => {
  const result = await runOverdueClock(db.orm, new Date(), {
    onChanged: (complaint) =>
      realtime.pubSub.publish('COMPLAINT_UPDATED', { id: complaint.id, scope: { projectPath: complaint.project.path, groupVisible: complaint.groupVisible } }),
  });
  logger[result.markedOverdue > 0 ? 'info' : 'debug']({ job: 'sla-overdue-check', ...result }, 'clock: ran');
});
// Webhooks: a fan-out every 10 s turns new complaint events and published cases into deliveries; each delivery is
// a job, retried with backoff (webhooks/webhook-dispatch.service.ts).
await startWebhookJobs(jobs, db.orm, { log: (message) => logger.warn({ component: 'webhooks' }, message) });
// Cost budgets: ended minute and hour windows are swept away every 5 minutes (limits/cost-budget.service.ts).
const budgets = new CostBudgetService(() => db.orm.em.fork(), config.costBudget);
await jobs.every('rate-limit-window-sweep', 300, () => budgets.deleteExpiredWindows());
app.metrics.setQueueDepth(() => jobs.queueDepth());
app.ready.markJobsStarted();

const { shutdown } = installGracefulShutdown({
  logger,
  ready: app.ready,
  delaySeconds: config.shutdownDelaySeconds,
  timeoutSeconds: config.shutdownTimeoutSeconds,
  stages: [
    // New connections are refused from here; requests and jobs in flight finish.
    [
      { name: 'http', run: () => app.close() },
      { name: 'jobs', run: () => jobs.stop({ timeoutMs: config.shutdownTimeoutSeconds * 1000 }) },
    ],
    [{ name: 'realtime', run: () => realtime.close() }],
    // Last: the ORM pool, then the embedded PostgreSQL, which stops with a checkpoint (no recovery at next start).
    [{ name: 'database', run: () => db.close() }],
  ],
});
takeOverShutdownSignals();
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

const port = await app.listen(config.port);
logger.info({ port, env: config.env }, `Kesu listening on http://localhost:${port} (GraphQL at /graphql)`);
