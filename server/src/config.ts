import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, from src/ or dist/ alike: relative settings resolve against it, not the shell's folder. */
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
import { z } from 'zod';

const MAX_BUDGET = 2_000_000_000;

/**
 * Secrets that are published (tests, examples): anyone could sign tokens with them, so production refuses them
 * even though they are long enough.
 */
export const KNOWN_TOKEN_SECRETS = new Set([
  'test-secret-test-secret-test-secret-0123',
  'change-me-change-me-change-me-change-me',
  'kesu-demo-secret-kesu-demo-secret-kesu-demo',
]);

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const flag = z.enum(['true', 'false']);

/** `https://admin.example.com,http://localhost:5173`: each an origin (scheme, host, port), nothing after it. */
const corsOrigins = z
  .string()
  .default('')
  .transform((value, ctx) => {
    const origins: string[] = [];
    for (const item of value.split(',').map((part) => part.trim()).filter(Boolean)) {
      let url: URL | undefined;
      try {
        url = new URL(item);
      } catch {
        url = undefined;
      }
      if (!url || !/^https?:$/.test(url.protocol) || url.origin !== item.replace(/\/$/, '')) {
        ctx.addIssue({ code: 'custom', message: `KESU_CORS_ORIGINS: "${item}" is not an origin like https://admin.example.com (scheme, host and port only)` });
        continue;
      }
      origins.push(url.origin);
    }
    return origins;
  });

/** The demo administrator's password (README); never accepted for a production administrator. */
const DEMO_ADMIN_PASSWORD = 'kesu-admin';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z.string().url().optional(),
  KESU_DATA_DIR: z.string().min(1).default('.data'),
  KESU_TOKEN_SECRET: z.string().min(32, 'KESU_TOKEN_SECRET must be at least 32 characters').optional(),
  KESU_TOKEN_TTL: z.string().regex(/^\d+[smhd]$/, 'KESU_TOKEN_TTL looks like 12h, 30m or 7d').default('12h'),
  KESU_ADMIN_PASSWORD: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.string().min(8, 'KESU_ADMIN_PASSWORD must be at least 8 characters').default(DEMO_ADMIN_PASSWORD),
  ),
  KESU_DEMO_DATA: flag.default('true'),
  // The first group and its administrator on an empty production database (org/group-bootstrap.service.ts).
  // Empty counts as unset: compose passes `${KESU_BOOTSTRAP_GROUP:-}` through.
  KESU_BOOTSTRAP_GROUP: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.string().regex(/^[A-Za-z0-9_-]{1,50}:\S.{0,99}$/, 'KESU_BOOTSTRAP_GROUP looks like HY:华耀集团 (the group code, a colon, its name)').optional(),
  ),
  KESU_INTROSPECTION: flag.optional(),
  KESU_ADMIN_DIST: z.string().optional(),
  // Budgets are stored as PostgreSQL integers: at most about two billion cost points per window.
  KESU_COST_PER_MINUTE: z.coerce.number().int().min(1, 'KESU_COST_PER_MINUTE must be a positive integer').max(MAX_BUDGET, `KESU_COST_PER_MINUTE must be at most ${MAX_BUDGET}`).default(200_000),
  KESU_COST_PER_HOUR: z.coerce.number().int().min(1, 'KESU_COST_PER_HOUR must be a positive integer').max(MAX_BUDGET, `KESU_COST_PER_HOUR must be at most ${MAX_BUDGET}`).default(5_000_000),
  KESU_CORS_ORIGINS: corsOrigins,
  KESU_DB_POOL_MAX: z.coerce.number().int('KESU_DB_POOL_MAX must be a whole number').min(1, 'KESU_DB_POOL_MAX must be from 1 to 100').max(100, 'KESU_DB_POOL_MAX must be from 1 to 100').default(10),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` }).optional(),
  // Off on the server instances of a multi-instance deploy, where a one-shot `migrate` run applies them first.
  KESU_MIGRATE_ON_START: flag.default('true'),
  KESU_CLOCK_INTERVAL_SECONDS: z.coerce.number().int().min(1, 'KESU_CLOCK_INTERVAL_SECONDS must be from 1 to 3600').max(3600, 'KESU_CLOCK_INTERVAL_SECONDS must be from 1 to 3600').default(60),
  KESU_SHUTDOWN_DELAY_SECONDS: z.coerce.number().min(0, 'KESU_SHUTDOWN_DELAY_SECONDS must be from 0 to 60').max(60, 'KESU_SHUTDOWN_DELAY_SECONDS must be from 0 to 60').default(2),
  KESU_SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().min(1, 'KESU_SHUTDOWN_TIMEOUT_SECONDS must be from 1 to 600').max(600, 'KESU_SHUTDOWN_TIMEOUT_SECONDS must be from 1 to 600').default(30),
}).superRefine((v, ctx) => {
  if (v.NODE_ENV !== 'production') return;
  if (!v.KESU_TOKEN_SECRET) {
    ctx.addIssue({ code: 'custom', path: ['KESU_TOKEN_SECRET'], message: 'KESU_TOKEN_SECRET is required in production (at least 32 random characters, e.g. `openssl rand -base64 48`)' });
  } else if (KNOWN_TOKEN_SECRETS.has(v.KESU_TOKEN_SECRET)) {
    ctx.addIssue({ code: 'custom', path: ['KESU_TOKEN_SECRET'], message: 'KESU_TOKEN_SECRET is a published example value; generate your own (e.g. `openssl rand -base64 48`)' });
  }
  if (v.KESU_BOOTSTRAP_GROUP && v.KESU_ADMIN_PASSWORD === DEMO_ADMIN_PASSWORD) {
    ctx.addIssue({ code: 'custom', path: ['KESU_ADMIN_PASSWORD'], message: 'KESU_ADMIN_PASSWORD must be set to your own password when KESU_BOOTSTRAP_GROUP creates the administrator' });
  }
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  tokenSecret: string | undefined;
  tokenTtl: string;
  adminPassword: string;
  seedDemoData: boolean;
  /** `KESU_BOOTSTRAP_GROUP`: the group (and its `admin`) to create when the database has none. */
  bootstrapGroup: { code: string; name: string } | null;
  introspection: boolean;
  adminDist: string | undefined;
  /** Default cost budgets (points per fixed window) for staff and for partner apps without their own. */
  costBudget: { perMinute: number; perHour: number };
  /** Browser origins allowed to call /graphql from another site; empty: same origin only. */
  corsOrigins: string[];
  dbPoolMax: number;
  /** Default `silent` under test, `info` otherwise. */
  logLevel: LogLevel;
  migrateOnStart: boolean;
  /** How often the resolution clock (overdue checks) ticks across all instances. */
  clockIntervalSeconds: number;
  /** After SIGTERM: how long to keep serving while /readyz says 503, so load balancers stop sending first. */
  shutdownDelaySeconds: number;
  /** After SIGTERM: the longest the drain may take before the process gives up and exits 1. */
  shutdownTimeoutSeconds: number;
}

/** Reads the environment once at start; a bad value stops the start with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const v = parsed.data;
  return {
    env: v.NODE_ENV,
    port: v.PORT,
    databaseUrl: v.DATABASE_URL,
    dataDir: resolve(REPO_ROOT, v.KESU_DATA_DIR),
    tokenSecret: v.KESU_TOKEN_SECRET,
    tokenTtl: v.KESU_TOKEN_TTL,
    adminPassword: v.KESU_ADMIN_PASSWORD,
    seedDemoData: v.KESU_DEMO_DATA === 'true',
    bootstrapGroup: v.KESU_BOOTSTRAP_GROUP ? splitGroup(v.KESU_BOOTSTRAP_GROUP) : null,
    introspection: v.KESU_INTROSPECTION ? v.KESU_INTROSPECTION === 'true' : v.NODE_ENV !== 'production',
    adminDist: v.KESU_ADMIN_DIST,
    costBudget: { perMinute: v.KESU_COST_PER_MINUTE, perHour: v.KESU_COST_PER_HOUR },
    corsOrigins: v.KESU_CORS_ORIGINS,
    dbPoolMax: v.KESU_DB_POOL_MAX,
    logLevel: v.LOG_LEVEL ?? (v.NODE_ENV === 'test' ? 'silent' : 'info'),
    migrateOnStart: v.KESU_MIGRATE_ON_START === 'true',
    clockIntervalSeconds: v.KESU_CLOCK_INTERVAL_SECONDS,
    shutdownDelaySeconds: v.KESU_SHUTDOWN_DELAY_SECONDS,
    shutdownTimeoutSeconds: v.KESU_SHUTDOWN_TIMEOUT_SECONDS,
  };
}

function splitGroup(value: string): { code: string; name: string } {
  const colon = value.indexOf(':');
  return { code: value.slice(0, colon), name: value.slice(colon + 1).trim() };
}
