import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { Can } from '../graphql/access.js';
import { ConnectionArgs, ConnectionType, encodeCursor, lazy, pageSize, paginate } from '../graphql/connection.js';
import { scopeFilter } from '../graphql/scope-filter.js';
import { OrgUnit } from './org-unit.entity.js';
import { Department } from './department.entity.js';
import {
  CreateDepartmentInput,
  CreateOrgUnitInput,
  DeleteDepartmentInput,
  DeleteOrgUnitInput,
  DeleteOrgUnitPayload,
  DepartmentPayload,
  MoveOrgUnitInput,
  OrgUnitFilter,
  OrgUnitPayload,
  UpdateOrgUnitInput,
} from './org.inputs.js';
import * as orgService from './org.service.js';

export const OrgUnitConnection = ConnectionType(OrgUnit, 'OrgUnit');

@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  @Query(() => OrgUnitConnection, { description: '调用者权限范围内的组织单元' })
  @Can('read', 'OrgUnit')
  orgUnits(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => OrgUnitFilter, { nullable: true }) filter: OrgUnitFilter | null,
    @Ctx() ctx: Context,
  ) {
    return orgService.listOrgUnits(ctx, args, filter);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: '上级单元；不在权限范围内时为 null' })
  async parent(@Root() unit: OrgUnit, @Ctx() ctx: Context) {
    return unit.parent ? orgService.findReadableOrgUnit(ctx, unit.parent.id) : null;
  }

  @FieldResolver(() => [OrgUnit], { description: '权限范围内的上级单元，从集团往下' })
  async ancestors(@Root() unit: OrgUnit, @Ctx() ctx: Context) {
    const units = await ctx.loaders.orgUnitById.loadMany(unit.ancestorIds());
    return units.filter((u): u is OrgUnit => u instanceof OrgUnit && ctx.ability.can('read', u));
  }

  @FieldResolver(() => OrgUnitConnection, { description: '直接下级单元（按名称排序）' })
  async children(@Root() unit: OrgUnit, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    // The first page of many parents is batched into one statement; later pages go one parent at a time.
    if (args.after || args.before || args.last != null) {
      return paginate<OrgUnit>({
        em: ctx.em,
        entity: OrgUnit,
        where: { $and: [{ parent: unit.id }, scopeFilter(ctx.ability, 'read', 'OrgUnit')] },
        args,
        sortBy: 'name',
      });
    }
    const limit = pageSize(args.first, 'first');
    const rows = await ctx.loaders.childrenPage.load(`${unit.id}|${limit}`);
    const page = rows.slice(0, limit);
    const edges = page.map((node) => ({ node, cursor: encodeCursor([node.name, node.id]) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > limit,
        hasPreviousPage: false,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount: lazy(() => ctx.loaders.childCount.load(unit.id)),
    };
  }

  @FieldResolver(() => [Department], { description: '该单元的专业部门' })
  departments(@Root() unit: OrgUnit, @Ctx() ctx: Context) {
    return ctx.loaders.departmentsByUnit.load(unit.id);
  }

  @Mutation(() => OrgUnitPayload, { description: '在上级单元下创建组织单元；层级须符合上下级规则' })
  @Can('create', 'OrgUnit')
  async createOrgUnit(@Arg('input', () => CreateOrgUnitInput) input: CreateOrgUnitInput, @Ctx() ctx: Context) {
    return { orgUnit: await orgService.createOrgUnit(ctx, input) };
  }

  @Mutation(() => OrgUnitPayload)
  @Can('update', 'OrgUnit')
  async updateOrgUnit(@Arg('input', () => UpdateOrgUnitInput) input: UpdateOrgUnitInput, @Ctx() ctx: Context) {
    return { orgUnit: await orgService.updateOrgUnit(ctx, input) };
  }

  @Mutation(() => OrgUnitPayload, { description: '把单元连同整个下级移到新的上级之下' })
  @Can('move', 'OrgUnit')
  async moveOrgUnit(@Arg('input', () => MoveOrgUnitInput) input: MoveOrgUnitInput, @Ctx() ctx: Context) {
    return { orgUnit: await orgService.moveOrgUnit(ctx, input) };
  }

  @Mutation(() => DeleteOrgUnitPayload, { description: '删除没有下级、人员和授权的单元' })
  @Can('delete', 'OrgUnit')
  async deleteOrgUnit(@Arg('input', () => DeleteOrgUnitInput) input: DeleteOrgUnitInput, @Ctx() ctx: Context) {
    await orgService.deleteOrgUnit(ctx, input);
    return { deletedId: input.id };
  }

  @Mutation(() => DepartmentPayload)
  @Can('create', 'Department')
  async createDepartment(@Arg('input', () => CreateDepartmentInput) input: CreateDepartmentInput, @Ctx() ctx: Context) {
    return { department: await orgService.createDepartment(ctx, input) };
  }

  @Mutation(() => DeleteOrgUnitPayload)
  @Can('delete', 'Department')
  async deleteDepartment(@Arg('input', () => DeleteDepartmentInput) input: DeleteDepartmentInput, @Ctx() ctx: Context) {
    await orgService.deleteDepartment(ctx, input.id);
    return { deletedId: input.id };
  }
}
