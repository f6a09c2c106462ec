import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ESCALATION_CHAIN,
  isEscalationUpward,
  nextEscalationLevel,
  possibleAncestorLevels,
  validateEscalationChain,
} from './escalation.js';

describe('escalation up the org hierarchy (RULES.md §6; XX 4.2.1 item 3)', () => {
  it('follows project → city/area → region → group and service centre → project management centre → group', () => {
    expect(nextEscalationLevel('PROJECT')).toBe('CITY');
    expect(nextEscalationLevel('CITY')).toBe('REGION');
    expect(nextEscalationLevel('AREA')).toBe('REGION');
    expect(nextEscalationLevel('REGION')).toBe('GROUP');
    expect(nextEscalationLevel('GROUP')).toBeNull();
    expect(nextEscalationLevel('SERVICE_CENTER')).toBe('PROJECT_MGMT_CENTER');
    expect(nextEscalationLevel('PROJECT_MGMT_CENTER')).toBe('GROUP');
  });

  it('uses the actual ancestors: a project under a 片区 goes to the 片区; a missing level is skipped', () => {
    expect(nextEscalationLevel('PROJECT', DEFAULT_ESCALATION_CHAIN, ['AREA', 'CITY', 'REGION', 'GROUP'])).toBe('AREA');
    expect(nextEscalationLevel('PROJECT', DEFAULT_ESCALATION_CHAIN, ['REGION', 'GROUP'])).toBe('REGION');
    expect(nextEscalationLevel('SERVICE_CENTER', DEFAULT_ESCALATION_CHAIN, ['PROJECT', 'CITY', 'REGION', 'GROUP'])).toBe('GROUP');
    expect(nextEscalationLevel('REGION', DEFAULT_ESCALATION_CHAIN, [])).toBeNull();
  });

  it('accepts a group-specific chain', () => {
    expect(nextEscalationLevel('PROJECT', { PROJECT: ['REGION'] })).toBe('REGION');
    expect(nextEscalationLevel('PROJECT', {})).toBeNull();
  });

  it('only goes up (reusing the org-level parent rules), so a chain cannot loop', () => {
    expect(validateEscalationChain(DEFAULT_ESCALATION_CHAIN)).toEqual([]);
    expect(validateEscalationChain({ REGION: ['PROJECT'] })).toEqual(['区域公司不能升级到项目：升级只能向上级组织']);
    expect(isEscalationUpward('SERVICE_CENTER', 'GROUP')).toBe(true);
    expect(isEscalationUpward('GROUP', 'REGION')).toBe(false);
    expect(possibleAncestorLevels('PROJECT')).toEqual(['GROUP', 'REGION', 'CITY', 'AREA']);
  });
});
