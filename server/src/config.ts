import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, from src/ or dist/ alike: relative settings resolve against it, not the shell's folder. */
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
import { z } from 'zod';

const MAX_BUDGET = 2_000_000_000;

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z.string().url().optional(),
  KESU_DATA_DIR: z.string().min(1).default('.data'),
  KESU_TOKEN_SECRET: z.string().min(32, 'KESU_TOKEN_SECRET must be at least 32 characters').optional(),
  KESU_TOKEN_TTL: z.string().regex(/^\d+[smhd]$/, 'KESU_TOKEN_TTL looks like 12h, 30m or 7d').default('12h'),
  KESU_ADMIN_PASSWORD: z.string().min(8, 'KESU_ADMIN_PASSWORD must be at least 8 characters').default('kesu-admin'),
  KESU_DEMO_DATA: z.enum(['true', 'false']).default('true'),
  KESU_INTROSPECTION: z.enum(['true', 'false']).optional(),
  KESU_ADMIN_DIST: z.string().optional(),
  // Budgets are stored as PostgreSQL integers: at most about two billion cost points per window.
  KESU_COST_PER_MINUTE: z.coerce.number().int().min(1, 'KESU_COST_PER_MINUTE must be a positive integer').max(MAX_BUDGET, `KESU_COST_PER_MINUTE must be at most ${MAX_BUDGET}`).default(200_000),
  KESU_COST_PER_HOUR: z.coerce.number().int().min(1, 'KESU_COST_PER_HOUR must be a positive integer').max(MAX_BUDGET, `KESU_COST_PER_HOUR must be at most ${MAX_BUDGET}`).default(5_000_000),
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
  introspection: boolean;
  adminDist: string | undefined;
  /** Default cost budgets (points per fixed window) for staff and for partner apps without their own. */
  costBudget: { perMinute: number; perHour: number };
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
    introspection: v.KESU_INTROSPECTION ? v.KESU_INTROSPECTION === 'true' : v.NODE_ENV !== 'production',
    adminDist: v.KESU_ADMIN_DIST,
    costBudget: { perMinute: v.KESU_COST_PER_MINUTE, perHour: v.KESU_COST_PER_HOUR },
  };
}
