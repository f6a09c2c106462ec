import { canHoldRoleAt, ORG_LEVEL_LABELS, ROLE_LABELS } from '@kesu/domain';
import { subject, type RoleGrant } from '@kesu/permissions';
import { UniqueConstraintViolationException, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import type { Context, Viewer } from '../graphql/context.js';
import { badInput, forbidden, notFound, unauthenticated } from '../graphql/errors.js';
import { idOf } from '../graphql/global-id.js';
import { paginate, type ConnectionArgs } from '../graphql/connection.js';
import { scopeFilter } from '../graphql/scope-filter.js';
import { ROW_MERGE } from '../graphql/loaders.js';
import { parseInput } from '../graphql/validation.js';
import { containsPattern, startsWithPattern } from '../graphql/like.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import {
  createUserSchema,
  resetUserPasswordSchema,
  roleGrantSchema,
  type AssignRoleInput,
  type CreateUserInput,
  type LoginInput,
  type ResetUserPasswordInput,
  type RevokeRoleInput,
  type UserFilter,
} from './identity.inputs.js';
import { hashPassword, timingDummyHash, verifyPassword } from './password.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { User } from './user.entity.js';

const WRONG_CREDENTIALS = '账号或密码错误';

/** Unknown login and wrong password answer the same words, at the same cost. */
export async function login(ctx: Context, input: LoginInput): Promise<{ token: string; user: User }> {
  const user = await ctx.em.findOne(
    User,
    { login: String(input.login ?? '').trim().toLowerCase(), active: true },
    { populate: ['passwordHash'] },
  );
  const ok = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), String(input.password ?? ''));
  if (!user || !ok) throw unauthenticated(WRONG_CREDENTIALS);
  return { token: await ctx.tokens.issue(user.id), user };
}

/** The signed-in person with their grants; `null` when the account is gone or disabled. */
export async function loadViewer(em: EntityManager, userId: string): Promise<Viewer | null> {
  // Every staff request starts here, so it is one written-out statement: the user with their grants (role, unit,
  // unit path) aggregated in. Through the ORM (a joined find hydrating the grants and their units) it was the
  // largest single cost of a request that does little else (docs/performance.md).
  const [row] = await em.getConnection().execute<(Record<string, unknown> & { viewer_grants: RoleGrant[] })[]>(
    `select u.*, coalesce(
         json_agg(json_build_object('role', ra.role, 'orgUnitId', o.id, 'orgPath', o.path) order by ra.created_at, ra.id)
           filter (where ra.id is not null),
         '[]') as viewer_grants
       from app_user u
       left join role_assignment ra on ra.user_id = u.id
       left join org_unit o on o.id = ra.org_unit_id
       where u.id = ? and u.active
       group by u.id`,
    [userId],
    'all',
  );
  if (!row) return null;
  const { viewer_grants: grants, ...userColumns } = row;
  return { user: em.map(User, userColumns, ROW_MERGE), grants, client: null, owner: null };
}

export async function listUsers(ctx: Context, args: ConnectionArgs, filter: UserFilter | null | undefined) {
  const where: FilterQuery<User>[] = [scopeFilter(ctx.ability, 'read', 'User')];
  if (filter?.orgUnitId) {
    const unit = await ctx.em.findOne(OrgUnit, { id: idOf('OrgUnit', filter.orgUnitId, 'filter.orgUnitId') });
    if (!unit) return paginate({ em: ctx.em, entity: User, where: { id: { $in: [] } }, args, sortBy: 'login' });
    where.push({ orgUnit: { path: { $like: startsWithPattern(unit.path) } } });
  }
  if (filter?.role) {
    // Only grants the caller can see count: holding a role elsewhere is not revealed.
    const grants = await ctx.em.find(
      RoleAssignment,
      { $and: [{ role: filter.role }, scopeFilter(ctx.ability, 'read', 'RoleAssignment')] } as FilterQuery<RoleAssignment>,
      { fields: ['user'] },
    );
    where.push({ id: { $in: [...new Set(grants.map((grant) => grant.user.id))] } });
  }
  const search = filter?.search?.trim();
  if (search) {
    const pattern = containsPattern(search);
    where.push({ $or: [{ name: { $ilike: pattern } }, { login: { $ilike: pattern } }, { phone: { $ilike: pattern } }] });
  }
  return paginate({ em: ctx.em, entity: User, where: { $and: where }, args, sortBy: 'login' });
}

export async function findReadableUser(ctx: Context, id: string): Promise<User | null> {
  const user = await ctx.em.findOne(User, { $and: [{ id }, scopeFilter(ctx.ability, 'read', 'User')] } as FilterQuery<User>);
  return user;
}

/** The unit a new account belongs to when the admin names none: the first unit where the caller is ADMIN. */
function defaultHomeUnitId(ctx: Context): string | undefined {
  return ctx.viewer?.grants.find((grant) => grant.role === 'ADMIN')?.orgUnitId;
}

export async function createUser(ctx: Context, rawInput: CreateUserInput): Promise<User> {
  const input = parseInput(createUserSchema, rawInput);
  const homeId = input.orgUnitId ? idOf('OrgUnit', input.orgUnitId, 'orgUnitId') : defaultHomeUnitId(ctx);
  if (!homeId) throw badInput('orgUnitId', '请选择所属组织');
  const passwordHash = await hashPassword(input.password);
  try {
    return await ctx.em.transactional(async (em) => {
      const home = await em.findOne(OrgUnit, { id: homeId });
      if (!home) throw badInput('orgUnitId', '所属组织不存在');
      if (!ctx.ability.can('create', subject('User', { orgUnit: home }))) throw forbidden('您不能在该组织下创建用户');
      if (await em.findOne(User, { login: input.login })) throw badInput('login', `账号 ${input.login} 已存在`);
      return em.create(User, { name: input.name, login: input.login, phone: input.phone ?? null, passwordHash, orgUnit: home });
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw badInput('login', `账号 ${input.login} 已存在`);
    throw error;
  }
}

async function loadUserForChange(em: EntityManager, ctx: Context, globalId: string, field: string): Promise<User> {
  const user = await em.findOne(User, { id: idOf('User', globalId, field) }, { populate: ['orgUnit'] });
  if (!user) throw notFound('用户');
  if (!ctx.ability.can('update', user)) throw forbidden('该用户不在您的管理范围内');
  return user;
}

export async function resetUserPassword(ctx: Context, rawInput: ResetUserPasswordInput): Promise<User> {
  const input = parseInput(resetUserPasswordSchema, rawInput);
  const passwordHash = await hashPassword(input.password);
  return ctx.em.transactional(async (em) => {
    const user = await loadUserForChange(em, ctx, input.userId, 'userId');
    user.passwordHash = passwordHash;
    return user;
  });
}

export async function assignRole(ctx: Context, rawInput: AssignRoleInput): Promise<{ user: User; assignment: RoleAssignment }> {
  const input = parseInput(roleGrantSchema, rawInput);
  return ctx.em.transactional(async (em) => {
    const user = await loadUserForChange(em, ctx, input.userId, 'userId');
    const unit = await em.findOne(OrgUnit, { id: idOf('OrgUnit', input.orgUnitId, 'orgUnitId') });
    if (!unit) throw badInput('orgUnitId', '组织单元不存在');
    if (!ctx.ability.can('create', subject('RoleAssignment', { orgUnit: unit }))) throw forbidden('您不能在该单元授予角色');
    if (!canHoldRoleAt(input.role, unit.level)) {
      throw badInput('role', `${ROLE_LABELS[input.role]}不能授予在${ORG_LEVEL_LABELS[unit.level]}「${unit.name}」`);
    }
    const existing = await em.findOne(RoleAssignment, { user, role: input.role, orgUnit: unit });
    if (existing) return { user, assignment: existing };
    // A concurrent identical grant is absorbed by the unique index: the grant exists either way.
    await em.getConnection().execute(
      `insert into role_assignment (id, user_id, role, org_unit_id) values (gen_random_uuid(), ?, ?, ?)
       on conflict on constraint role_assignment_unique do nothing`,
      [user.id, input.role, unit.id],
      'run',
      em.getTransactionContext(),
    );
    const assignment = await em.findOneOrFail(RoleAssignment, { user, role: input.role, orgUnit: unit }, { populate: ['orgUnit'] });
    return { user, assignment };
  });
}

export async function revokeRole(ctx: Context, rawInput: RevokeRoleInput): Promise<User> {
  const input = parseInput(roleGrantSchema, rawInput);
  return ctx.em.transactional(async (em) => {
    const user = await loadUserForChange(em, ctx, input.userId, 'userId');
    const unitId = idOf('OrgUnit', input.orgUnitId, 'orgUnitId');
    const assignment = await em.findOne(RoleAssignment, { user, role: input.role, orgUnit: unitId }, { populate: ['orgUnit'] });
    if (!assignment) throw badInput('role', '该用户在该单元没有这个角色');
    if (!ctx.ability.can('delete', assignment)) throw forbidden('您不能撤销该单元的角色');
    em.remove(assignment);
    return user;
  });
}
