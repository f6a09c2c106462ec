import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../identity/password.js';
import { RoleAssignment } from '../identity/role-assignment.entity.js';
import { User } from '../identity/user.entity.js';
import { OrgUnit } from './org-unit.entity.js';

export interface BootstrapGroup {
  code: string;
  name: string;
}

/**
 * A production database starts empty, and every other account is created by an administrator: the first start
 * with `KESU_BOOTSTRAP_GROUP` creates that group and its administrator `admin` (password `KESU_ADMIN_PASSWORD`).
 * Once any group exists it does nothing, so the setting may stay in place; instances starting together take an
 * advisory lock, and only one creates anything.
 */
export async function bootstrapGroup(em: EntityManager, group: BootstrapGroup, adminPassword: string): Promise<boolean> {
  const passwordHash = await hashPassword(adminPassword);
  return em.transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', ['kesu:bootstrap-group']);
    if ((await tx.count(OrgUnit, { level: 'GROUP' })) > 0) return false;
    const unit = tx.create(OrgUnit, { name: group.name, code: group.code, level: 'GROUP', parent: null, groupId: '', path: '', depth: 0 });
    unit.groupId = unit.id;
    unit.path = `/${unit.id}/`;
    const admin = tx.create(User, { name: '系统管理员', login: 'admin', passwordHash, orgUnit: unit });
    tx.create(RoleAssignment, { user: admin, role: 'ADMIN', orgUnit: unit });
    return true;
  });
}
