import { describe, expect, it } from 'vitest';
import { abilityFromPackedRules, permittedFields, subject } from './index.js';

describe('field-level rules', () => {
  // Packed as the server sends them: read every User field in /g/, and the phone only inside /g/south/.
  const ability = abilityFromPackedRules([
    ['read', 'User', { 'orgUnit.path': { $startsWith: '/g/' } }, 0, 'name,login'],
    ['read', 'User', { 'orgUnit.path': { $startsWith: '/g/south/' } }, 0, 'phone'],
  ] as never);
  const FIELDS = ['name', 'login', 'phone'];

  it('allows a field only where its rule reaches', () => {
    const south = subject('User', { orgUnit: { path: '/g/south/p1/' } });
    const east = subject('User', { orgUnit: { path: '/g/east/p2/' } });
    expect(permittedFields(ability, 'read', south, FIELDS).sort()).toEqual(['login', 'name', 'phone']);
    expect(permittedFields(ability, 'read', east, FIELDS).sort()).toEqual(['login', 'name']);
    expect(ability.can('read', east, 'phone')).toBe(false);
  });

  it('allows every field when the rule names none', () => {
    const open = abilityFromPackedRules([['read', 'User', { 'orgUnit.path': { $startsWith: '/g/' } }]] as never);
    expect(permittedFields(open, 'read', subject('User', { orgUnit: { path: '/g/x/' } }), FIELDS)).toEqual(FIELDS);
  });
});
