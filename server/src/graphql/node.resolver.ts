import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { SubjectType } from '@kesu/permissions';
import { Category } from '../category/category.entity.js';
import { Complaint } from '../complaint/complaint.entity.js';
import { Case } from '../cases/case.entity.js';
import { Department } from '../org/department.entity.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { RoleAssignment } from '../identity/role-assignment.entity.js';
import { User } from '../identity/user.entity.js';
import { ApiClient } from '../partner/api-client.entity.js';
import { PersistedOperation } from '../partner/persisted-operation.entity.js';
import { WebhookEndpoint } from '../webhooks/webhook-endpoint.entity.js';
import { Authenticated } from './access.js';
import type { Context } from './context.js';
import { parseGlobalId, toGlobalId } from './global-id.js';
import { NodeInterface, typeNameOf } from './node.js';
import { scopeFilter } from './scope-filter.js';

/** Types reachable through `node(id)`; each is read through the caller's scope like any list. */
const NODE_TYPES: Record<string, new () => { id: string }> = { OrgUnit, User, Department, RoleAssignment, Category, Complaint, Case, ApiClient, WebhookEndpoint };

@Resolver(() => NodeInterface)
export class NodeResolver {
  @Query(() => NodeInterface, { nullable: true, description: '按全局 ID 取对象；不存在或不在权限范围内时为 null' })
  @Authenticated()
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const parsed = parseGlobalId(id);
    if (parsed?.type === 'PersistedOperation') {
      // No rules of its own: a persisted operation is read by whoever reads its app (persistedOperations(clientId)).
      return ctx.em.findOne(PersistedOperation, {
        $and: [{ id: parsed.id }, { client: scopeFilter(ctx.ability, 'read', 'ApiClient') }],
      } as FilterQuery<PersistedOperation>);
    }
    const entity = parsed && NODE_TYPES[parsed.type];
    if (!parsed || !entity) return null;
    return ctx.em.findOne(entity, {
      $and: [{ id: parsed.id }, scopeFilter(ctx.ability, 'read', parsed.type as SubjectType)],
    } as FilterQuery<{ id: string }>);
  }

  /** Every Node exposes its global id, never the database key. */
  @FieldResolver(() => ID)
  id(@Root() node: { id: string; __typename?: string; constructor: { name: string } }) {
    return toGlobalId(typeNameOf(node), node.id);
  }
}
