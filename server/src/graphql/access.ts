import type { Action, SubjectType } from '@kesu/permissions';
import { GraphQLObjectType } from 'graphql';
import { Extensions, type MiddlewareFn } from 'type-graphql';
import type { Context } from './context.js';
import { forbidden, unauthenticated } from './errors.js';

/**
 * Every root field declares who may call it, through one of these decorators. The middleware below refuses
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

export const AccessGuard: MiddlewareFn<Context> = async ({ info, context }, next) => {
  if (!ROOT_TYPES.has(info.parentType.name)) return next();
  const access = accessOf(info.parentType, info.fieldName);
  if (access && 'public' in access) return next();
  if (!context.viewer) throw context.authError ?? unauthenticated();
  if (!access) throw forbidden(`字段 ${info.fieldName} 未声明访问规则`);
  if ('action' in access && !context.ability.can(access.action, access.subject)) throw forbidden();
  return next();
};
