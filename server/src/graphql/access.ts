import type { Action, SubjectType } from '@kesu/permissions';
import { defaultFieldResolver, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { Extensions } from 'type-graphql';
import type { Context } from './context.js';
import { forbidden, unauthenticated } from './errors.js';

/**
 * Every root field declares who may call it, through one of these decorators. `guardRootFields` below refuses
 * any root field that declares nothing, and a test walks the schema to catch such a field before it ships.
 */
export type Access = { public: true } | { authenticated: true } | { action: Action; subject: SubjectType };

/** Callable without a token (login, health-like queries). */
export const Public = () => Extensions({ access: { public: true } satisfies Access });
/** Any signed-in caller; the resolver scopes what it returns to the caller. */
export const Authenticated = () => Extensions({ access: { authenticated: true } satisfies Access });
/** Callers whose rules allow `action` on some `subject`; the service then checks the exact object. */
export const Can = (action: Action, subject: SubjectType) => Extensions({ access: { action, subject } satisfies Access });

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

export function accessOf(type: GraphQLObjectType, fieldName: string): Access | undefined {
  return type.getFields()[fieldName]?.extensions?.access as Access | undefined;
}

/** Refuses the caller unless the root field's declared access lets them in. */
function checkAccess(access: Access | undefined, fieldName: string, context: Context): void {
  if (access && 'public' in access) return;
  if (!context.viewer) throw context.authError ?? unauthenticated();
  if (!access) throw forbidden(`字段 ${fieldName} 未声明访问规则`);
  if ('action' in access && !context.ability.can(access.action, access.subject)) throw forbidden();
}

/**
 * Puts the access check in front of every root field's resolver (and nowhere else). A type-graphql global
 * middleware would do the same but wraps every field of every row, which the large lists pay for; a refusal is
 * still a field error of that root field, so other root fields of the same request keep their results.
 */
export function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!type || !ROOT_TYPES.has(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      const access = field.extensions?.access as Access | undefined;
      field.resolve = (source, args, context: Context, info) => {
        checkAccess(access, info.fieldName, context);
        return resolve(source, args, context, info);
      };
      // A subscription's events go through `resolve`, but the subscription itself starts in `subscribe`: checked
      // there too, so a caller without the right is refused at once instead of holding a stream that stays silent.
      const subscribe = field.subscribe;
      if (subscribe) {
        field.subscribe = (source, args, context: Context, info) => {
          checkAccess(access, info.fieldName, context);
          return subscribe(source, args, context, info);
        };
      }
    }
  }
  return schema;
}
