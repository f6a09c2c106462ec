import type { EntityManager } from '@mikro-orm/postgresql';
import { OrgUnit } from '../org/org-unit.entity.js';
import { RoleAssignment } from './role-assignment.entity.js';
import type { User } from './user.entity.js';

/**
 * 第一责任人 of a project (RULES.md §6; CG §4.4, §5.4): its 项目总; where the project has none, the 城市总 or
 * 片区总 of the nearest city or area above it. Among several holders the earliest grant wins, so the answer is
 * stable. `null` when nobody holds any of these roles.
 */
export async function firstResponsibleFor(em: EntityManager, project: OrgUnit): Promise<User | null> {
  const head = await em.findOne(
    RoleAssignment,
    { role: 'PROJECT_HEAD', orgUnit: project, user: { active: true } },
    { populate: ['user'], orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  if (head) return head.user;

  const ancestors = await em.find(OrgUnit, { id: { $in: project.ancestorIds() }, level: { $in: ['CITY', 'AREA'] } });
  const nearestFirst = ancestors.sort((a, b) => b.depth - a.depth);
  for (const unit of nearestFirst) {
    const grant = await em.findOne(
      RoleAssignment,
      { role: unit.level === 'CITY' ? 'CITY_HEAD' : 'AREA_HEAD', orgUnit: unit, user: { active: true } },
      { populate: ['user'], orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    if (grant) return grant.user;
  }
  return null;
}
