import DataLoader from 'dataloader';
import { raw } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { AppAbility } from '@kesu/permissions';
import { OrgUnit } from '../org/org-unit.entity.js';
import { Department } from '../org/department.entity.js';
import { Category } from '../category/category.entity.js';
import { RoleAssignment } from '../identity/role-assignment.entity.js';
import { User } from '../identity/user.entity.js';
import { scopeFilter } from './scope-filter.js';
import { Accountability } from '../accountability/accountability.entity.js';
import { CaseView } from '../cases/case-view.entity.js';

/**
 * Merge options for rows read straight from their table (`em.map` passes them on to `em.merge`, though its type
 * names only `schema`): no validation, no cascade into relations that are bare references anyway.
 */
export const ROW_MERGE = { validate: false, cascade: false } as { schema?: string };

/**
 * Request-scoped batchers: a list of 50 units asking for their parents, departments or children costs one
 * statement per field, not one per row. They return rows unscoped by id or scoped by the caller's rules as
 * their names say; resolvers still check single objects with the ability.
 */
export function createLoaders(em: EntityManager, ability: AppAbility) {
  // By primary key, one statement per batch written out directly: building it through the query builder cost more
  // than running it (docs/performance.md "Where the time goes"). `em.map` merges the rows into the request's
  // identity map as `find` would; rows straight from the table need no validation, and a merge cascading into
  // their relations (bare references here) only costs time.
  const byIds = <T extends { id: string }>(entity: new () => T) =>
    new DataLoader<string, T | null>(async (ids) => {
      const table = em.getMetadata().get(entity.name).tableName;
      const placeholders = ids.map(() => '?').join(', ');
      const rows = await em.getConnection().execute<Record<string, unknown>[]>(`select * from "${table}" where "id" in (${placeholders})`, [...ids], 'all');
      const map = new Map(rows.map((row) => [String(row.id), em.map(entity, row, ROW_MERGE)]));
      return ids.map((id) => map.get(id) ?? null);
    });

  const groupBy = <T, K>(rows: T[], key: (row: T) => K) => {
    const map = new Map<K, T[]>();
    for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
    return map;
  };

  return {
    orgUnitById: byIds(OrgUnit),
    userById: byIds(User),
    categoryById: byIds(Category),
    /** Departments of units, filtered by the caller's rules. */
    departmentsByUnit: new DataLoader<string, Department[]>(async (unitIds) => {
      const rows = await em.find(
        Department,
        { $and: [{ orgUnit: { $in: [...unitIds] } }, scopeFilter(ability, 'read', 'Department')] } as FilterQuery<Department>,
        { orderBy: { type: 'asc' } },
      );
      const grouped = groupBy(rows, (row) => row.orgUnit.id);
      return unitIds.map((id) => grouped.get(id) ?? []);
    }),
    /** Role assignments of users that the caller may see. */
    assignmentsByUser: new DataLoader<string, RoleAssignment[]>(async (userIds) => {
      const rows = await em.find(
        RoleAssignment,
        { $and: [{ user: { $in: [...userIds] } }, scopeFilter(ability, 'read', 'RoleAssignment')] } as FilterQuery<RoleAssignment>,
        { populate: ['orgUnit'], orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      const grouped = groupBy(rows, (row) => row.user.id);
      return userIds.map((id) => grouped.get(id) ?? []);
    }),
    /**
     * The first `limit` children of each parent the caller may read, in one statement (a window function per
     * parent), plus one row to tell whether more follow. Keys are `parentId|limit`.
     */
    childrenPage: new DataLoader<string, OrgUnit[]>(async (keys) => {
      const parsed = keys.map((key) => {
        const [parentId, limit] = key.split('|');
        return { parentId: parentId!, limit: Number(limit) };
      });
      const maxLimit = Math.max(...parsed.map((k) => k.limit));
      const inner = em
        .createQueryBuilder(OrgUnit, 'o')
        .select(['o.*'])
        .addSelect(raw('row_number() over (partition by o.parent_id order by o.name, o.id) as child_rank'))
        .where({ $and: [{ parent: { $in: parsed.map((k) => k.parentId) } }, scopeFilter(ability, 'read', 'OrgUnit')] } as never);
      const knex = em.getKnex();
      const rows: Record<string, unknown>[] = await knex
        .select('*')
        .from(inner.getKnexQuery().as('ranked'))
        .where('child_rank', '<=', maxLimit + 1)
        .orderBy([{ column: 'parent_id' }, { column: 'child_rank' }]);
      const units = rows.map(({ child_rank: _rank, ...row }) => em.map(OrgUnit, row, ROW_MERGE));
      const grouped = groupBy(units, (unit) => unit.parent?.id);
      return parsed.map((k) => (grouped.get(k.parentId) ?? []).slice(0, k.limit + 1));
    }),
    childCount: new DataLoader<string, number>(async (parentIds) => {
      const rows: { parent_id: string; count: string }[] = await em
        .createQueryBuilder(OrgUnit, 'o')
        .select(['o.parent_id', raw('count(*) as count')])
        .where({ $and: [{ parent: { $in: [...parentIds] } }, scopeFilter(ability, 'read', 'OrgUnit')] } as never)
        .groupBy('o.parent_id')
        .execute('all', false);
      const counts = new Map(rows.map((row) => [row.parent_id, Number(row.count)]));
      return parentIds.map((id) => counts.get(id) ?? 0);
    }),
    /** The accountability record of complaints, with parties and comments; callers check the read rule first. */
    accountabilityByComplaint: new DataLoader<string, Accountability | null>(async (complaintIds) => {
      const rows = await em.find(Accountability, { complaint: { $in: [...complaintIds] } }, { populate: ['parties', 'comments'] });
      const map = new Map(rows.map((row) => [row.complaint.id, row]));
      return complaintIds.map((id) => map.get(id) ?? null);
    }),
    /** All-time reads of cases (sum over months). */
    caseViewCount: new DataLoader<string, number>(async (caseIds) => {
      const rows: { case_id: string; views: string }[] = await em
        .createQueryBuilder(CaseView, 'v')
        .select(['v.case_id', raw('sum(v.views) as views')])
        .where({ case: { $in: [...caseIds] } })
        .groupBy('v.case_id')
        .execute('all', false);
      const counts = new Map(rows.map((row) => [row.case_id, Number(row.views)]));
      return caseIds.map((id) => counts.get(id) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
