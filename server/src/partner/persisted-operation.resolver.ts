import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import { Can } from '../graphql/access.js';
import { ConnectionArgs, ConnectionType } from '../graphql/connection.js';
import type { Context } from '../graphql/context.js';
import { PersistedOperation } from './persisted-operation.entity.js';
import {
  DeletePersistedOperationInput,
  DeletePersistedOperationPayload,
  RegisterPersistedOperationsInput,
  RegisterPersistedOperationsPayload,
} from './persisted-operation.inputs.js';
import * as persisted from './persisted-operation.service.js';

export const PersistedOperationConnection = ConnectionType(PersistedOperation, 'PersistedOperation');

@Resolver(() => PersistedOperation)
export class PersistedOperationResolver {
  @Query(() => PersistedOperationConnection, { description: '为某合作方应用登记的持久化查询（按登记时间）' })
  @Can('read', 'ApiClient')
  persistedOperations(@Arg('clientId', () => ID) clientId: string, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return persisted.listPersistedOperations(ctx, clientId, args);
  }

  @Mutation(() => RegisterPersistedOperationsPayload, { description: '为合作方应用登记查询（管理员操作；应用不能给自己登记）' })
  @Can('update', 'ApiClient')
  async registerPersistedOperations(
    @Arg('input', () => RegisterPersistedOperationsInput) input: RegisterPersistedOperationsInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return { operations: await persisted.registerPersistedOperations(ctx, info.schema, input) };
  }

  @Mutation(() => DeletePersistedOperationPayload, { description: '删除一个持久化查询；应用之后再用该哈希会被拒绝' })
  @Can('update', 'ApiClient')
  deletePersistedOperation(@Arg('input', () => DeletePersistedOperationInput) input: DeletePersistedOperationInput, @Ctx() ctx: Context) {
    return persisted.deletePersistedOperation(ctx, input);
  }
}
