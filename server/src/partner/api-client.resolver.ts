import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Authenticated, Can } from '../graphql/access.js';
import { ConnectionArgs, ConnectionType } from '../graphql/connection.js';
import type { Context } from '../graphql/context.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { findReadableOrgUnit } from '../org/org.service.js';
import { ApiClient } from './api-client.entity.js';
import {
  ApiClientIdInput,
  ApiClientPayload,
  CreateApiClientInput,
  CreateApiClientPayload,
  IssueOwnerTokenInput,
  OwnerTokenPayload,
  UpdateApiClientInput,
} from './api-client.inputs.js';
import * as partners from './api-client.service.js';

export const ApiClientConnection = ConnectionType(ApiClient, 'ApiClient');

@Resolver(() => ApiClient)
export class ApiClientResolver {
  @Query(() => ApiClientConnection, { description: '调用者管理范围内的合作方应用（按创建时间）' })
  @Can('read', 'ApiClient')
  apiClients(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return partners.listApiClients(ctx, args);
  }

  @Query(() => ApiClient, { nullable: true, description: '以 API 密钥或业主令牌调用时：调用的应用本身；员工登录时为 null' })
  @Authenticated()
  currentApiClient(@Ctx() ctx: Context) {
    return ctx.viewer?.client ?? null;
  }

  @Mutation(() => CreateApiClientPayload, { description: '创建合作方应用；完整密钥只在返回中出现一次' })
  @Can('create', 'ApiClient')
  createApiClient(@Arg('input', () => CreateApiClientInput) input: CreateApiClientInput, @Ctx() ctx: Context) {
    return partners.createApiClient(ctx, input);
  }

  @Mutation(() => ApiClientPayload, { description: '修改名称、授权范围、额度或持久化查询设置' })
  @Can('update', 'ApiClient')
  async updateApiClient(@Arg('input', () => UpdateApiClientInput) input: UpdateApiClientInput, @Ctx() ctx: Context) {
    return { client: await partners.updateApiClient(ctx, input) };
  }

  @Mutation(() => ApiClientPayload, { description: '吊销：密钥与其签发的业主令牌立即失效' })
  @Can('update', 'ApiClient')
  async revokeApiClient(@Arg('input', () => ApiClientIdInput) input: ApiClientIdInput, @Ctx() ctx: Context) {
    return { client: await partners.revokeApiClient(ctx, input) };
  }

  @Mutation(() => CreateApiClientPayload, { description: '轮换密钥：旧密钥立即失效，新密钥只显示这一次' })
  @Can('update', 'ApiClient')
  rotateApiClientKey(@Arg('input', () => ApiClientIdInput) input: ApiClientIdInput, @Ctx() ctx: Context) {
    return partners.rotateApiClientKey(ctx, input);
  }

  @Mutation(() => OwnerTokenPayload, { description: '为应用已验证的业主签发业主令牌（需 owner-delegation）' })
  @Can('create', 'OwnerToken')
  issueOwnerToken(@Arg('input', () => IssueOwnerTokenInput) input: IssueOwnerTokenInput, @Ctx() ctx: Context) {
    return partners.issueOwnerToken(ctx, input);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: '应用可以访问的组织单元（含下级）' })
  orgUnit(@Root() client: ApiClient, @Ctx() ctx: Context) {
    return findReadableOrgUnit(ctx, client.orgUnit.id);
  }

  @FieldResolver(() => Boolean, { description: '未吊销' })
  active(@Root() client: ApiClient): boolean {
    return client.revokedAt === null;
  }
}
