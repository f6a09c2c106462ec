import { defineAbilityFor, type AppAbility } from '@kesu/permissions';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import type { Viewer } from '../graphql/context.js';
import { unauthenticated, type AppError } from '../graphql/errors.js';
import { loadViewer } from '../identity/identity.service.js';
import { TokenService } from '../identity/token.service.js';
import { authenticateApiKey, authenticateOwner, isApiKey, partnerAbility } from '../partner/api-client.service.js';

export interface Authentication {
  viewer: Viewer | null;
  /** Why the bearer was refused; raised only by fields that need a caller, so `login` still works. */
  authError: AppError | null;
  ability: AppAbility;
}

/**
 * `Authorization: Bearer …` → the caller: a person's token from `login`, a partner app's API key (`ksk_…`), or an
 * owner token a partner app issued. Each is verified its own way; none is taken for another.
 */
export async function authenticate(em: EntityManager, tokens: TokenService, authorization: string | undefined): Promise<Authentication> {
  let viewer: Viewer | null = null;
  let authError: AppError | null = null;
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    try {
      if (!match) throw unauthenticated('Authorization 头格式应为 “Bearer <令牌>”');
      const bearer = match[1]!;
      if (isApiKey(bearer)) viewer = await authenticateApiKey(em, bearer);
      else if (TokenService.isOwnerToken(bearer)) viewer = await authenticateOwner(em, await tokens.verifyOwner(bearer));
      else {
        viewer = await loadViewer(em, await tokens.verify(bearer));
        if (!viewer) throw unauthenticated('账号已停用或不存在，请重新登录');
      }
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      authError = error as AppError;
    }
  }
  const ability = (viewer && partnerAbility(viewer)) ?? defineAbilityFor({ userId: viewer?.user?.id ?? '', grants: viewer?.grants ?? [] });
  return { viewer, authError, ability };
}
