import { describe, expect, it } from 'vitest';
import { defineAbilityFor, defineAbilityForClient, defineAbilityForOwner, isApiScope, ownerKeyOf, subject } from './index.js';

const P1 = '/g/south/gz/p1/';
const P2 = '/g/south/gz/p2/';

describe('defineAbilityForClient', () => {
  const reader = defineAbilityForClient({ clientId: 'c1', orgPath: P1, scopes: ['complaints:read'] });
  const handler = defineAbilityForClient({ clientId: 'c2', orgPath: '/g/south/', scopes: ['complaints:transition', 'owner-delegation'] });

  it('reads complaints of its subtree only, phones masked without the transition scope', () => {
    expect(reader.can('read', subject('Complaint', { project: { path: P1 } }))).toBe(true);
    expect(reader.can('read', subject('Complaint', { project: { path: P2 } }))).toBe(false);
    expect(reader.can('readContact', subject('Complaint', { project: { path: P1 } }))).toBe(false);
    expect(reader.can('update', subject('Complaint', { project: { path: P1 } }))).toBe(false);
    expect(reader.can('create', 'Complaint')).toBe(false);
    expect(handler.can('readContact', subject('Complaint', { project: { path: P2 } }))).toBe(true);
  });

  it('never reads people, accountability or drafts, and issues owner tokens only with owner-delegation', () => {
    for (const type of ['User', 'RoleAssignment', 'Accountability'] as const) expect(reader.can('read', type)).toBe(false);
    expect(handler.can('read', subject('Case', { groupId: 'g', status: 'DRAFT' }))).toBe(false);
    expect(reader.can('create', 'OwnerToken')).toBe(false);
    expect(handler.can('create', subject('OwnerToken', { project: { path: P1 } }))).toBe(true);
    expect(handler.can('create', subject('OwnerToken', { project: { path: '/g/east/x/' } }))).toBe(false);
  });

  it('manages its own webhook endpoints and no other client’s', () => {
    expect(reader.can('update', subject('WebhookEndpoint', { client: { id: 'c1' } }))).toBe(true);
    expect(reader.can('update', subject('WebhookEndpoint', { client: { id: 'c2' } }))).toBe(false);
    expect(reader.can('delete', subject('WebhookEndpoint', { client: { id: 'c1' } }))).toBe(true);
    expect(reader.can('delete', subject('WebhookEndpoint', { client: { id: 'c2' } }))).toBe(false);
  });

  it('lets an admin manage the webhooks of clients in their subtree only', () => {
    const southAdmin = defineAbilityFor({ userId: 'u1', grants: [{ role: 'ADMIN', orgUnitId: 'south', orgPath: '/g/south/' }] });
    const inSouth = subject('WebhookEndpoint', { client: { id: 'c1', orgUnit: { path: P1 } } });
    const inEast = subject('WebhookEndpoint', { client: { id: 'c3', orgUnit: { path: '/g/east/x/' } } });
    for (const action of ['create', 'read', 'update', 'delete'] as const) {
      expect(southAdmin.can(action, inSouth)).toBe(true);
      expect(southAdmin.can(action, inEast)).toBe(false);
    }
    const agent = defineAbilityFor({ userId: 'u2', grants: [{ role: 'CS_AGENT', orgUnitId: 'p1', orgPath: P1 }] });
    expect(agent.can('read', inSouth)).toBe(false);
  });

  it('knows the scopes of API.md and nothing else', () => {
    expect(isApiScope('cases:read')).toBe(true);
    expect(isApiScope('complaints:delete')).toBe(false);
  });
});

describe('defineAbilityForOwner', () => {
  const key = ownerKeyOf('p1', '13800138000', '1-2-301');
  const owner = defineAbilityForOwner({ ownerKey: key, projectId: 'p1' });

  it('reads and rates only complaints naming their key', () => {
    expect(owner.can('read', subject('Complaint', { ownerKeys: ['other', key] }))).toBe(true);
    expect(owner.can('rate', subject('Complaint', { ownerKeys: [key] }))).toBe(true);
    expect(owner.can('read', subject('Complaint', { ownerKeys: [ownerKeyOf('p1', '13800138000', '1-2-302')] }))).toBe(false);
    expect(owner.can('read', subject('Complaint', { ownerKeys: [] }))).toBe(false);
    expect(owner.can('update', subject('Complaint', { ownerKeys: [key] }))).toBe(false);
    expect(owner.can('readContact', subject('Complaint', { ownerKeys: [key] }))).toBe(false);
  });

  it('files complaints for their own project only', () => {
    expect(owner.can('create', subject('Complaint', { project: { id: 'p1' } }))).toBe(true);
    expect(owner.can('create', subject('Complaint', { project: { id: 'p2' } }))).toBe(false);
  });

  it('normalises phone and room so one room has one key', () => {
    expect(ownerKeyOf('p1', '+86 138-0013-8000', ' １-２-３０１ ')).toBe(key);
    expect(ownerKeyOf('p1', '13800138000', '1-2-301b')).toBe(ownerKeyOf('p1', '13800138000', '1-2-301B'));
    expect(ownerKeyOf('p2', '13800138000', '1-2-301')).not.toBe(key);
  });
});
