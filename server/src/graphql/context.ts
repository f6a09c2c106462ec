import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppAbility, RoleGrant } from '@kesu/permissions';
import type { AppError } from './errors.js';
import type { User } from '../identity/user.entity.js';
import type { Loaders } from './loaders.js';
import type { TokenService } from '../identity/token.service.js';
import type { KesuPubSub } from '../realtime/pubsub.js';

export interface Viewer {
  user: User;
  grants: RoleGrant[];
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
