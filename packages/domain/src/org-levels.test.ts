import { describe, expect, it } from 'vitest';
import { ALLOWED_PARENT_LEVELS, ORG_LEVELS, canBeChildOf, describeAllowedParents } from './org-levels.js';

describe('org level rules', () => {
  it('only a group may be a root', () => {
    expect(ORG_LEVELS.filter((level) => canBeChildOf(level, null))).toEqual(['GROUP']);
  });

  it('follows the developer and property chains of RULES.md §1', () => {
    expect(canBeChildOf('REGION', 'GROUP')).toBe(true);
    expect(canBeChildOf('CITY', 'REGION')).toBe(true);
    expect(canBeChildOf('PROJECT', 'CITY')).toBe(true);
    expect(canBeChildOf('SERVICE_CENTER', 'PROJECT')).toBe(true);
    expect(canBeChildOf('SERVICE_CENTER', 'PROJECT_MGMT_CENTER')).toBe(true);
    expect(canBeChildOf('PROJECT_MGMT_CENTER', 'PROPERTY_COMPANY')).toBe(true);
  });

  it('refuses skipping up or inverting the chain', () => {
    expect(canBeChildOf('REGION', 'CITY')).toBe(false);
    expect(canBeChildOf('GROUP', 'GROUP')).toBe(false);
    expect(canBeChildOf('PROJECT', 'GROUP')).toBe(false);
    expect(canBeChildOf('SERVICE_CENTER', 'CITY')).toBe(false);
  });

  it('has no level that can be its own ancestor through the allowed-parent graph', () => {
    const reaches = (from: string, target: string, seen = new Set<string>()): boolean =>
      (ALLOWED_PARENT_LEVELS as Record<string, readonly string[]>)[from]!.some(
        (p) => p === target || (!seen.has(p) && (seen.add(p), reaches(p, target, seen))),
      );
    for (const level of ORG_LEVELS) expect(reaches(level, level)).toBe(false);
  });

  it('explains the rule in Chinese', () => {
    expect(describeAllowedParents('REGION')).toBe('区域公司的上级只能是：集团');
    expect(describeAllowedParents('GROUP')).toContain('顶级');
  });
});
