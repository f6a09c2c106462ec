import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { ConnectionArgs, ConnectionType } from '../graphql/connection.js';
import { badInput } from '../graphql/errors.js';
import { idOf } from '../graphql/global-id.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { findReadableOrgUnit } from '../org/org.service.js';
import { firstResponsibleFor } from './first-responsible.service.js';
import {
  AssignRoleInput,
  AssignRolePayload,
  CreateUserInput,
  ResetUserPasswordInput,
  RevokeRoleInput,
  UserFilter,
  UserPayload,
} from './identity.inputs.js';
import * as identity from './identity.service.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { User } from './user.entity.js';

export const UserConnection = ConnectionType(User, 'User');

@Resolver(() => User)
export class UserResolver {
  @Query(() => UserConnection, { description: '调用者权限范围内的人员' })
  @Can('read', 'User')
  users(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => UserFilter, { nullable: true }) filter: UserFilter | null,
    @Ctx() ctx: Context,
  ) {
    return identity.listUsers(ctx, args, filter);
  }

  @Query(() => User, { nullable: true, description: '项目的第一责任人：项目总；没有时为上级城市总或片区总' })
  @Can('read', 'OrgUnit')
  async firstResponsiblePerson(@Arg('projectId', () => ID) projectId: string, @Ctx() ctx: Context) {
    const project = await findReadableOrgUnit(ctx, idOf('OrgUnit', projectId, 'projectId'));
    if (!project) return null;
    if (project.level !== 'PROJECT') throw badInput('projectId', `「${project.name}」不是项目`);
    return firstResponsibleFor(ctx.em, project);
  }

  @FieldResolver(() => String, { nullable: true, description: '手机号；业主（经业主令牌）看不到员工的手机号' })
  phone(@Root() user: User, @Ctx() ctx: Context): string | null {
    return ctx.viewer?.owner ? null : user.phone;
  }

  @FieldResolver(() => String, { description: '登录账号；业主看到的是空字符串' })
  login(@Root() user: User, @Ctx() ctx: Context): string {
    return ctx.viewer?.owner ? '' : user.login;
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: '所属组织；不在权限范围内时为 null' })
  orgUnit(@Root() user: User, @Ctx() ctx: Context) {
    return findReadableOrgUnit(ctx, user.orgUnit.id);
  }

  @FieldResolver(() => [RoleAssignment], { description: '调用者可见范围内的角色授权' })
  roles(@Root() user: User, @Ctx() ctx: Context) {
    return ctx.loaders.assignmentsByUser.load(user.id);
  }

  @Mutation(() => UserPayload)
  @Can('create', 'User')
  async createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context) {
    return { user: await identity.createUser(ctx, input) };
  }

  @Mutation(() => UserPayload, { description: '管理员为用户重设密码' })
  @Can('update', 'User')
  async resetUserPassword(@Arg('input', () => ResetUserPasswordInput) input: ResetUserPasswordInput, @Ctx() ctx: Context) {
    return { user: await identity.resetUserPassword(ctx, input) };
  }

  @Mutation(() => AssignRolePayload, { description: '在某组织单元授予角色，作用于其整个下级' })
  @Can('create', 'RoleAssignment')
  assignRole(@Arg('input', () => AssignRoleInput) input: AssignRoleInput, @Ctx() ctx: Context) {
    return identity.assignRole(ctx, input);
  }

  @Mutation(() => UserPayload)
  @Can('delete', 'RoleAssignment')
  async revokeRole(@Arg('input', () => RevokeRoleInput) input: RevokeRoleInput, @Ctx() ctx: Context) {
    return { user: await identity.revokeRole(ctx, input) };
  }
}

@Resolver(() => RoleAssignment)
export class RoleAssignmentResolver {
  @FieldResolver(() => OrgUnit, { nullable: true })
  orgUnit(@Root() assignment: RoleAssignment, @Ctx() ctx: Context) {
    return findReadableOrgUnit(ctx, assignment.orgUnit.id);
  }

  @FieldResolver(() => User, { nullable: true })
  async user(@Root() assignment: RoleAssignment, @Ctx() ctx: Context) {
    const user = await ctx.loaders.userById.load(assignment.user.id);
    return user && ctx.ability.can('read', user) ? user : null;
  }
}
