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

  it('needs a long token secret', () => {
    expect(() => loadConfig({ KESU_TOKEN_SECRET: 'short' })).toThrow(/KESU_TOKEN_SECRET must be at least 32 characters/);
  });
});
