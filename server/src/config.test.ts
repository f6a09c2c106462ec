import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('takes cost budgets from the environment, with defaults', () => {
    expect(loadConfig({}).costBudget).toEqual({ perMinute: 200_000, perHour: 5_000_000 });
    expect(loadConfig({ KESU_COST_PER_MINUTE: '5000', KESU_COST_PER_HOUR: '90000' }).costBudget).toEqual({ perMinute: 5000, perHour: 90_000 });
  });

  it('refuses budgets that are not positive integers or do not fit the database, naming the variable', () => {
    expect(() => loadConfig({ KESU_COST_PER_MINUTE: '0' })).toThrow(/KESU_COST_PER_MINUTE/);
    expect(() => loadConfig({ KESU_COST_PER_HOUR: '1.5' })).toThrow(/KESU_COST_PER_HOUR/);
    expect(() => loadConfig({ KESU_COST_PER_MINUTE: '1000000000000' })).toThrow(/KESU_COST_PER_MINUTE must be at most 2000000000/);
  });

  it('takes the first group from KESU_BOOTSTRAP_GROUP, and in production only with an administrator password of its own', () => {
    expect(loadConfig({}).bootstrapGroup).toBeNull();
    expect(loadConfig({ KESU_BOOTSTRAP_GROUP: 'XY:新阳集团' }).bootstrapGroup).toEqual({ code: 'XY', name: '新阳集团' });
    expect(() => loadConfig({ KESU_BOOTSTRAP_GROUP: '新阳集团' })).toThrow(/KESU_BOOTSTRAP_GROUP looks like HY:华耀集团/);
    expect(() => loadConfig({ KESU_BOOTSTRAP_GROUP: 'X Y:新阳' })).toThrow(/KESU_BOOTSTRAP_GROUP/);
    const production = { NODE_ENV: 'production', KESU_TOKEN_SECRET: 'a-secret-of-our-own-that-is-long-enough-0123', KESU_BOOTSTRAP_GROUP: 'XY:新阳集团' };
    expect(() => loadConfig(production)).toThrow(/KESU_ADMIN_PASSWORD must be set to your own password/);
    expect(loadConfig({ ...production, KESU_ADMIN_PASSWORD: 'our-own-admin-password' }).bootstrapGroup).toEqual({ code: 'XY', name: '新阳集团' });
  });

  it('needs a long token secret', () => {
    expect(() => loadConfig({ KESU_TOKEN_SECRET: 'short' })).toThrow(/KESU_TOKEN_SECRET must be at least 32 characters/);
  });

  it('requires a token secret in production and refuses the published example ones', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/KESU_TOKEN_SECRET is required in production/);
    expect(() => loadConfig({ NODE_ENV: 'production', KESU_TOKEN_SECRET: 'test-secret-test-secret-test-secret-0123' })).toThrow(/published example value/);
    expect(() => loadConfig({ NODE_ENV: 'production', KESU_TOKEN_SECRET: 'change-me-change-me-change-me-change-me' })).toThrow(/KESU_TOKEN_SECRET: /);
    expect(loadConfig({ NODE_ENV: 'production', KESU_TOKEN_SECRET: 'a-real-secret-a-real-secret-a-real-secret' }).tokenSecret).toBe('a-real-secret-a-real-secret-a-real-secret');
    // Outside production a secret is generated and kept under the data folder.
    expect(loadConfig({ NODE_ENV: 'development' }).tokenSecret).toBeUndefined();
  });

  it('reads CORS origins as a comma list of origins and names a bad one', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ KESU_CORS_ORIGINS: 'https://admin.example.com, http://localhost:5173/' }).corsOrigins).toEqual(['https://admin.example.com', 'http://localhost:5173']);
    expect(() => loadConfig({ KESU_CORS_ORIGINS: 'admin.example.com' })).toThrow(/KESU_CORS_ORIGINS: "admin.example.com" is not an origin/);
    expect(() => loadConfig({ KESU_CORS_ORIGINS: 'https://ok.example.com,https://admin.example.com/app' })).toThrow(/"https:\/\/admin.example.com\/app" is not an origin/);
    expect(() => loadConfig({ KESU_CORS_ORIGINS: 'ftp://files.example.com' })).toThrow(/KESU_CORS_ORIGINS/);
  });

  it('takes the pool size, log level and operations settings, with defaults per environment', () => {
    const dev = loadConfig({});
    expect(dev).toMatchObject({ dbPoolMax: 10, logLevel: 'info', migrateOnStart: true, clockIntervalSeconds: 60, shutdownDelaySeconds: 2, shutdownTimeoutSeconds: 30 });
    expect(loadConfig({ NODE_ENV: 'test' }).logLevel).toBe('silent');
    expect(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
    expect(loadConfig({ KESU_DB_POOL_MAX: '25', KESU_MIGRATE_ON_START: 'false', KESU_CLOCK_INTERVAL_SECONDS: '2' })).toMatchObject({ dbPoolMax: 25, migrateOnStart: false, clockIntervalSeconds: 2 });
  });

  it('says which value is wrong and what would be right', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/);
    expect(() => loadConfig({ KESU_DB_POOL_MAX: '0' })).toThrow(/KESU_DB_POOL_MAX must be from 1 to 100/);
    expect(() => loadConfig({ KESU_DB_POOL_MAX: 'many' })).toThrow(/KESU_DB_POOL_MAX/);
    expect(() => loadConfig({ KESU_MIGRATE_ON_START: 'yes' })).toThrow(/KESU_MIGRATE_ON_START/);
    expect(() => loadConfig({ KESU_SHUTDOWN_DELAY_SECONDS: '-1' })).toThrow(/KESU_SHUTDOWN_DELAY_SECONDS must be from 0 to 60/);
  });
});
