import { describe, expect, it } from 'vitest';
import { abilityFromPackedRules, defineAbilityFor, packAbility, subject } from './index.js';

const G = '/g/';
const SOUTH = '/g/south/';
const EAST = '/g/east/';
const PROJECT = '/g/south/gz/p1/';

describe('defineAbilityFor', () => {
  const regionAdmin = defineAbilityFor({ userId: 'u1', grants: [{ role: 'ADMIN', orgUnitId: 'south', orgPath: SOUTH }] });
  const projectHead = defineAbilityFor({ userId: 'u2', grants: [{ role: 'PROJECT_HEAD', orgUnitId: 'p1', orgPath: PROJECT }] });

  it('reads exactly the subtree of a grant', () => {
    expect(projectHead.can('read', subject('OrgUnit', { path: PROJECT }))).toBe(true);
    expect(projectHead.can('read', subject('OrgUnit', { path: `${PROJECT}sc1/` }))).toBe(true);
    expect(projectHead.can('read', subject('OrgUnit', { path: SOUTH }))).toBe(false);
    expect(projectHead.can('read', subject('OrgUnit', { path: '/g/south/gz/p2/' }))).toBe(false);
  });

  it('does not let a path that merely shares a textual prefix in', () => {
    // Paths end with a slash, so '/g/south/' never matches '/g/southwest/'.
    expect(regionAdmin.can('read', subject('OrgUnit', { path: '/g/southwest/' }))).toBe(false);
  });

  it('lets an admin shape below their unit but not move or delete the unit itself', () => {
    expect(regionAdmin.can('update', subject('OrgUnit', { path: SOUTH }))).toBe(true);
    expect(regionAdmin.can('move', subject('OrgUnit', { path: SOUTH }))).toBe(false);
    expect(regionAdmin.can('delete', subject('OrgUnit', { path: SOUTH }))).toBe(false);
    expect(regionAdmin.can('delete', subject('OrgUnit', { path: PROJECT }))).toBe(true);
    expect(regionAdmin.can('update', subject('OrgUnit', { path: EAST }))).toBe(false);
  });

  it('scopes users and role assignments through their org unit, failing closed when it is not loaded', () => {
    expect(regionAdmin.can('create', subject('RoleAssignment', { orgUnit: { path: PROJECT } }))).toBe(true);
    expect(regionAdmin.can('create', subject('RoleAssignment', { orgUnit: { path: EAST } }))).toBe(false);
    expect(regionAdmin.can('update', subject('User', { orgUnit: {} }))).toBe(false);
    expect(projectHead.can('create', subject('RoleAssignment', { orgUnit: { path: PROJECT } }))).toBe(false);
  });

  it('always lets a person read themselves', () => {
    expect(projectHead.can('read', subject('User', { id: 'u2', orgUnit: { path: G } }))).toBe(true);
  });

  it('survives packing for the admin with the same answers', () => {
    const unpacked = abilityFromPackedRules(JSON.parse(JSON.stringify(packAbility(regionAdmin))));
    expect(unpacked.can('delete', subject('OrgUnit', { path: PROJECT }))).toBe(true);
    expect(unpacked.can('delete', subject('OrgUnit', { path: SOUTH }))).toBe(false);
    expect(unpacked.can('read', subject('OrgUnit', { path: EAST }))).toBe(false);
  });
});
