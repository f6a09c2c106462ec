import { describe, expect, it } from 'vitest';
import { childLevelsOf, parentLevelsOf, roleLevels } from './org-level-rules';

describe('org level rules for the admin', () => {
  it('offers under a city only what @kesu/domain allows there', () => {
    expect(childLevelsOf('CITY')).toEqual(['AREA', 'PROJECT']);
    expect(childLevelsOf('GROUP')).toEqual(['REGION', 'PROPERTY_COMPANY']);
    expect(childLevelsOf('PROJECT')).toEqual(['SERVICE_CENTER']);
  });

  it('offers nothing under a service centre or an unknown level', () => {
    expect(childLevelsOf('SERVICE_CENTER')).toEqual([]);
    expect(childLevelsOf('MOON_BASE')).toEqual([]);
  });

  it('names the parents a unit may be moved under', () => {
    expect(parentLevelsOf('PROJECT')).toEqual(['REGION', 'CITY', 'AREA']);
    expect(parentLevelsOf('GROUP')).toEqual([]);
  });

  it('pins positions to their level and leaves staff roles free', () => {
    expect(roleLevels('PROJECT_HEAD')).toEqual(['PROJECT']);
    expect(roleLevels('CS_AGENT')).toBeUndefined();
  });
});
