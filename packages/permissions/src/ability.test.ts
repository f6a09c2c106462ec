import { describe, expect, it } from 'vitest';
import { abilityFromPackedRules, defineAbilityFor, packAbility, subject } from './index.js';

const G = '/g/';
const SOUTH = '/g/south/';
const EAST = '/g/east/';
const PROJECT = '/g/south/gz/p1/';

const regionAdmin = defineAbilityFor({ userId: 'u1', grants: [{ role: 'ADMIN', orgUnitId: 'south', orgPath: SOUTH }] });
const projectHead = defineAbilityFor({ userId: 'u2', grants: [{ role: 'PROJECT_HEAD', orgUnitId: 'p1', orgPath: PROJECT }] });

describe('defineAbilityFor', () => {

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

describe('complaints and configuration', () => {
  const headOf = (path: string) => defineAbilityFor({ userId: 'h', grants: [{ role: 'PROJECT_HEAD', orgUnitId: 'p', orgPath: path }] });
  const complaintIn = (path: string, groupVisible = false) => subject('Complaint', { project: { path }, groupVisible });

  it('a project head reads, takes in and handles complaints of the project, not of a sibling', () => {
    const head = headOf(PROJECT);
    for (const action of ['read', 'create', 'update', 'readContact'] as const) {
      expect(head.can(action, complaintIn(PROJECT))).toBe(true);
      expect(head.can(action, complaintIn('/g/south/gz/p2/'))).toBe(false);
    }
  });

  it('group customer relations sees only what is sent to the group', () => {
    const groupCr = defineAbilityFor({ userId: 'c', grants: [{ role: 'GROUP_CR', orgUnitId: 'g', orgPath: G }] });
    expect(groupCr.can('read', complaintIn(PROJECT))).toBe(false);
    expect(groupCr.can('read', complaintIn(PROJECT, true))).toBe(true);
  });

  it('staff outside the contact roles read complaints but not customer phones', () => {
    const perf = defineAbilityFor({ userId: 'f', grants: [{ role: 'PERFORMANCE', orgUnitId: 'south', orgPath: SOUTH }] });
    expect(perf.can('read', complaintIn(PROJECT))).toBe(true);
    expect(perf.can('readContact', complaintIn(PROJECT))).toBe(false);
    expect(perf.can('update', complaintIn(PROJECT))).toBe(false);
  });

  it('case readers see no complaints at all', () => {
    const reader = defineAbilityFor({ userId: 'r', grants: [{ role: 'CASE_READER', orgUnitId: 'g', orgPath: G }] });
    expect(reader.can('read', 'Complaint')).toBe(false);
  });

  it('only an admin of the group root edits the taxonomy and calendar; everyone in the group reads them', () => {
    const groupAdmin = defineAbilityFor({ userId: 'a', grants: [{ role: 'ADMIN', orgUnitId: 'g', orgPath: G }] });
    expect(groupAdmin.can('update', subject('Category', { groupId: 'g' }))).toBe(true);
    expect(groupAdmin.can('update', subject('Category', { groupId: 'other' }))).toBe(false);
    expect(regionAdmin.can('update', subject('Category', { groupId: 'g' }))).toBe(false);
    expect(regionAdmin.can('update', subject('GradeScheme', { orgUnit: { path: SOUTH } }))).toBe(true);
    expect(regionAdmin.can('update', subject('GradeScheme', { orgUnit: { path: G } }))).toBe(false);
    expect(projectHead.can('read', subject('CalendarDay', { groupId: 'g' }))).toBe(true);
    expect(projectHead.can('read', subject('GradeScheme', { groupId: 'other' }))).toBe(false);
  });
});

describe('accountability, cases and reports', () => {
  const grantAt = (role: Parameters<typeof defineAbilityFor>[0]['grants'][number]['role'], orgPath: string) =>
    defineAbilityFor({ userId: `${role}-user`, grants: [{ role, orgUnitId: 'x', orgPath }] });
  const onProject = (path: string) => subject('Accountability', { project: { path } });

  it('the regional CR executive records, performance enforces, each in their region only', () => {
    expect(grantAt('REGION_CR_EXECUTIVE', SOUTH).can('create', onProject(PROJECT))).toBe(true);
    expect(grantAt('REGION_CR_EXECUTIVE', SOUTH).can('update', onProject(PROJECT))).toBe(false);
    expect(grantAt('PERFORMANCE', SOUTH).can('update', onProject(PROJECT))).toBe(true);
    expect(grantAt('PERFORMANCE', SOUTH).can('create', onProject(PROJECT))).toBe(false);
    expect(grantAt('REGION_CR_EXECUTIVE', EAST).can('create', onProject(PROJECT))).toBe(false);
    expect(grantAt('PROJECT_HEAD', PROJECT).can('create', onProject(PROJECT))).toBe(false);
  });

  it('everyone in the group reads published cases; drafts stay with authors and CR roles', () => {
    const reader = grantAt('CASE_READER', G);
    expect(reader.can('read', subject('Case', { groupId: 'g', status: 'PUBLISHED', orgUnit: { path: SOUTH } }))).toBe(true);
    expect(reader.can('read', subject('Case', { groupId: 'g', status: 'DRAFT', orgUnit: { path: SOUTH } }))).toBe(false);
    expect(reader.can('read', subject('Case', { groupId: 'other', status: 'PUBLISHED', orgUnit: { path: '/other/' } }))).toBe(false);
    expect(grantAt('REGION_CR_LEAD', SOUTH).can('publish', subject('Case', { groupId: 'g', status: 'DRAFT', orgUnit: { path: PROJECT } }))).toBe(true);
    expect(reader.can('update', subject('Case', { authorId: 'CASE_READER-user', status: 'DRAFT', orgUnit: { path: SOUTH } }))).toBe(true);
  });

  it('reports follow complaint reading over the unit subtree', () => {
    expect(grantAt('PROJECT_HEAD', PROJECT).can('read', subject('Report', { path: PROJECT }))).toBe(true);
    expect(grantAt('PROJECT_HEAD', PROJECT).can('read', subject('Report', { path: SOUTH }))).toBe(false);
    expect(grantAt('CASE_READER', G).can('read', subject('Report', { path: G }))).toBe(false);
  });
});
