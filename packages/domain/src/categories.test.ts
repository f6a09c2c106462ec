import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES, taxonomyKindFor } from './categories.js';
import { DEPARTMENT_TYPES } from './departments.js';

describe('default taxonomy (RULES.md §3)', () => {
  it('has unique codes and known departments', () => {
    const codes = DEFAULT_CATEGORIES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const category of DEFAULT_CATEGORIES) expect(DEPARTMENT_TYPES).toContain(category.department);
  });

  it('covers the five developer classes, the five property classes and the seven demand classes', () => {
    const count = (prefix: string) => DEFAULT_CATEGORIES.filter((c) => c.code.startsWith(prefix)).length;
    expect([count('DEV_'), count('PM_'), count('DM_')]).toEqual([5, 5, 7]);
    expect(DEFAULT_CATEGORIES.filter((c) => c.kind === 'DEMAND').every((c) => c.code.startsWith('DM_'))).toBe(true);
  });

  it('classifies warnings with the complaint taxonomy', () => {
    expect(taxonomyKindFor('WARNING')).toBe('COMPLAINT');
    expect(taxonomyKindFor('DEMAND')).toBe('DEMAND');
  });
});
