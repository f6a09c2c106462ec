import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppAbility, RoleGrant } from '@kesu/permissions';
import type { AppError } from './errors.js';
import type { User } from '../identity/user.entity.js';
import type { Loaders } from './loaders.js';
import type { TokenService } from '../identity/token.service.js';
import type { KesuPubSub } from '../realtime/pubsub.js';
import type { ApiClient } from '../partner/api-client.entity.js';
import { forbidden } from './errors.js';

/** An owner (业主) a partner app vouched for with an owner token: one room of one project. */
export interface OwnerIdentity {
  key: string;
  projectId: string;
  phone: string;
  room: string;
}

/**
 * Who is calling. A person signed in (`user` with their grants), or a partner app by its key (`client`, no user),
 * or an owner through a partner app's owner token (`client` and `owner`).
 */
export interface Viewer {
  user: User | null;
  grants: RoleGrant[];
  client: ApiClient | null;
  owner: OwnerIdentity | null;
}

/** The signed-in person; partner apps and owners are refused work that only staff do. */
export function staffUser(ctx: Pick<Context, 'viewer'>): User {
  const user = ctx.viewer?.user;
  if (!user) throw forbidden('此操作只能由登录的员工执行，合作方应用和业主不能执行');
  return user;
}

/** Who to record on an event or a record: the person, or the partner app acting (for itself or an owner). */
export function actorOf(ctx: Pick<Context, 'viewer'>): { actor: User | null; actorClient: ApiClient | null } {
  return { actor: ctx.viewer?.user ?? null, actorClient: ctx.viewer?.user ? null : (ctx.viewer?.client ?? null) };
}

/** Everything a resolver may use; built once per request, nothing shared between requests but the services. */
export interface Context {
  em: EntityManager;
  viewer: Viewer | null;
  ability: AppAbility;
  /** Why the bearer token was refused; raised only by fields that need a viewer, so `login` still works. */
  authError: AppError | null;
  loaders: Loaders;
  tokens: TokenService;
  /** Publish after the transaction commits, never inside it: a rolled-back change must not be announced. */
  pubSub: KesuPubSub;
}
