import { randomUUID } from 'node:crypto';
import { subject } from '@kesu/permissions';
import { DEPARTMENT_TYPE_LABELS, ORG_LEVEL_LABELS, canBeChildOf, describeAllowedParents } from '@kesu/domain';
import { UniqueConstraintViolationException, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import type { Context } from '../graphql/context.js';
import { badInput, forbidden, notFound, staleVersion } from '../graphql/errors.js';
import { idOf } from '../graphql/global-id.js';
import { paginate, type ConnectionArgs } from '../graphql/connection.js';
import { scopeFilter } from '../graphql/scope-filter.js';
import { parseInput } from '../graphql/validation.js';
import { containsPattern, startsWithPattern } from '../graphql/like.js';
import { User } from '../identity/user.entity.js';
import { RoleAssignment } from '../identity/role-assignment.entity.js';
import { Department } from './department.entity.js';
import { OrgUnit } from './org-unit.entity.js';
import {
  createDepartmentSchema,
  createOrgUnitSchema,
  updateOrgUnitSchema,
  type CreateDepartmentInput,
  type CreateOrgUnitInput,
  type DeleteOrgUnitInput,
  type MoveOrgUnitInput,
  type OrgUnitFilter,
  type UpdateOrgUnitInput,
} from './org.inputs.js';

/**
 * Structure changes in one group are serialized by a transaction-scoped advisory lock, so a move that rewrites
 * a subtree's paths never interleaves with a create or move that read the old paths.
 */
async function lockGroup(em: EntityManager, groupId: string): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`org:${groupId}`]);
}

export async function listOrgUnits(ctx: Context, args: ConnectionArgs, filter: OrgUnitFilter | null | undefined) {
  const where: FilterQuery<OrgUnit>[] = [scopeFilter(ctx.ability, 'read', 'OrgUnit')];
  if (filter?.parentId) where.push({ parent: idOf('OrgUnit', filter.parentId, 'filter.parentId') });
  if (filter?.level) where.push({ level: filter.level });
  const search = filter?.search?.trim();
  if (search) {
    const pattern = containsPattern(search);
    where.push({ $or: [{ name: { $ilike: pattern } }, { code: { $ilike: pattern } }] });
  }
  return paginate({ em: ctx.em, entity: OrgUnit, where: { $and: where }, args, sortBy: 'path' });
}

/** One unit if the caller may read it, else null (never an error: existence outside the scope is not revealed). */
export async function findReadableOrgUnit(ctx: Context, id: string): Promise<OrgUnit | null> {
  const unit = await ctx.loaders.orgUnitById.load(id);
  return unit && ctx.ability.can('read', unit) ? unit : null;
}

async function loadForChange(em: EntityManager, globalId: string, field = 'id'): Promise<OrgUnit> {
  const unit = await em.findOne(OrgUnit, { id: idOf('OrgUnit', globalId, field) });
  if (!unit) throw notFound('组织单元');
  return unit;
}

async function assertCodeFree(em: EntityManager, groupId: string, code: string, exceptId?: string) {
  const clash = await em.findOne(OrgUnit, { groupId, code, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
  if (clash) throw badInput('code', `编码 ${code} 已被「${clash.name}」使用`);
}

/** A unique index can still fire when two requests race past the pre-check; report it like the pre-check. */
function translateUniqueViolation(error: unknown, code: string | undefined): never {
  if (error instanceof UniqueConstraintViolationException && code) {
    throw badInput('code', `编码 ${code} 已被使用`);
  }
  throw error;
}

export async function createOrgUnit(ctx: Context, rawInput: CreateOrgUnitInput): Promise<OrgUnit> {
  const input = parseInput(createOrgUnitSchema, rawInput);
  const parentId = idOf('OrgUnit', input.parentId, 'parentId');
  try {
    return await ctx.em.transactional(async (em) => {
      const probe = await em.findOne(OrgUnit, { id: parentId });
      if (!probe) throw badInput('parentId', '上级单元不存在');
      await lockGroup(em, probe.groupId);
      const parent = await em.refresh(probe);
      if (!parent) throw badInput('parentId', '上级单元不存在');
      // Every check runs before the entity exists: MikroORM auto-flushes pending entities before a query.
      const id = randomUUID();
      const path = `${parent.path}${id}/`;
      if (!ctx.ability.can('create', subject('OrgUnit', { path }))) throw forbidden('您不能在该单元下创建组织');
      if (!canBeChildOf(input.level, parent.level)) {
        throw badInput('level', `${describeAllowedParents(input.level)}，不能放在${ORG_LEVEL_LABELS[parent.level]}「${parent.name}」之下`);
      }
      await assertCodeFree(em, parent.groupId, input.code);
      const unit = em.create(OrgUnit, {
        id,
        name: input.name,
        code: input.code,
        level: input.level,
        parent,
        groupId: parent.groupId,
        path,
        depth: parent.depth + 1,
      });
      return unit;
    });
  } catch (error) {
    translateUniqueViolation(error, input.code);
  }
}

export async function updateOrgUnit(ctx: Context, rawInput: UpdateOrgUnitInput): Promise<OrgUnit> {
  const input = parseInput(updateOrgUnitSchema, rawInput);
  try {
    return await ctx.em.transactional(async (em) => {
      const unit = await loadForChange(em, input.id);
      if (!ctx.ability.can('update', unit)) throw forbidden('您不能修改该组织单元');
      if (input.version != null && input.version !== unit.version) throw staleVersion('组织单元');
      if (input.code && input.code !== unit.code) await assertCodeFree(em, unit.groupId, input.code, unit.id);
      if (input.name) unit.name = input.name;
      if (input.code) unit.code = input.code;
      return unit;
    });
  } catch (error) {
    translateUniqueViolation(error, input.code ?? undefined);
  }
}

export async function moveOrgUnit(ctx: Context, input: MoveOrgUnitInput): Promise<OrgUnit> {
  const unitId = idOf('OrgUnit', input.id, 'id');
  const newParentId = idOf('OrgUnit', input.newParentId, 'newParentId');
  return ctx.em.transactional(async (em) => {
    const probe = await em.findOne(OrgUnit, { id: unitId });
    if (!probe) throw notFound('组织单元');
    await lockGroup(em, probe.groupId);
    // Re-read under the lock: paths may have changed while we waited.
    const unit = (await em.refresh(probe))!;
    const newParent = await em.findOne(OrgUnit, { id: newParentId });
    if (!newParent) throw badInput('newParentId', '目标上级单元不存在');
    if (!ctx.ability.can('move', unit)) throw forbidden('您不能移动该组织单元');
    const newPath = `${newParent.path}${unit.id}/`;
    if (!ctx.ability.can('create', subject('OrgUnit', { path: newPath }))) throw forbidden('您不能把单元移动到该上级之下');
    if (newParent.path.startsWith(unit.path)) throw badInput('newParentId', '不能把单元移动到它自己或它的下级之下');
    if (newParent.groupId !== unit.groupId) throw badInput('newParentId', '不能把单元移动到另一个集团');
    if (!canBeChildOf(unit.level, newParent.level)) {
      throw badInput('newParentId', `${describeAllowedParents(unit.level)}，不能放在${ORG_LEVEL_LABELS[newParent.level]}「${newParent.name}」之下`);
    }
    if (unit.parent?.id === newParent.id) return unit;

    const oldPath = unit.path;
    const depthDelta = newParent.depth + 1 - unit.depth;
    // One statement rewrites the whole subtree, including the unit itself.
    await em.execute(
      `update org_unit set path = ? || substr(path, ?), depth = depth + ?, updated_at = now()
       where path like ? escape '\\'`,
      [newPath, oldPath.length + 1, depthDelta, startsWithPattern(oldPath)],
    );
    unit.parent = newParent;
    await em.flush();
    return (await em.refresh(unit))!;
  });
}

export async function deleteOrgUnit(ctx: Context, input: DeleteOrgUnitInput): Promise<string> {
  return ctx.em.transactional(async (em) => {
    const unit = await loadForChange(em, input.id);
    if (!ctx.ability.can('delete', unit)) throw forbidden('您不能删除该组织单元');
    await lockGroup(em, unit.groupId);
    const [children, members, grants] = await Promise.all([
      em.count(OrgUnit, { parent: unit }),
      em.count(User, { orgUnit: unit }),
      em.count(RoleAssignment, { orgUnit: unit }),
    ]);
    if (children > 0) throw badInput('id', `「${unit.name}」还有 ${children} 个下级单元，请先移走或删除它们`);
    if (members > 0) throw badInput('id', `「${unit.name}」还有 ${members} 名所属人员，请先调整他们的所属组织`);
    if (grants > 0) throw badInput('id', `「${unit.name}」上还有 ${grants} 个角色授权，请先撤销`);
    em.remove(unit);
    return unit.id;
  });
}

export async function createDepartment(ctx: Context, rawInput: CreateDepartmentInput): Promise<Department> {
  const input = parseInput(createDepartmentSchema, rawInput);
  return ctx.em.transactional(async (em) => {
    const unit = await em.findOne(OrgUnit, { id: idOf('OrgUnit', input.orgUnitId, 'orgUnitId') });
    if (!unit) throw badInput('orgUnitId', '组织单元不存在');
    if (!ctx.ability.can('create', subject('Department', { orgUnit: unit }))) throw forbidden('您不能为该单元设置部门');
    if (await em.findOne(Department, { orgUnit: unit, type: input.type })) {
      throw badInput('type', `「${unit.name}」已有该类型的部门`);
    }
    return em.create(Department, { orgUnit: unit, type: input.type, name: input.name ?? DEPARTMENT_TYPE_LABELS[input.type] });
  });
}

export async function deleteDepartment(ctx: Context, globalId: string): Promise<string> {
  return ctx.em.transactional(async (em) => {
    const department = await em.findOne(Department, { id: idOf('Department', globalId, 'id') }, { populate: ['orgUnit'] });
    if (!department) throw notFound('部门');
    if (!ctx.ability.can('delete', department)) throw forbidden('您不能删除该部门');
    em.remove(department);
    return department.id;
  });
}
