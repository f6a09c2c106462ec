import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { ErrorLike } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';

/** The login mutation answers bad credentials with UNAUTHENTICATED; that is a form error, not an expired session. */
const OPERATIONS_EXEMPT_FROM_LOGOUT = new Set(['Login']);

export function isUnauthenticatedError(error: ErrorLike): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
  }
  return ServerError.is(error) && error.statusCode === 401;
}

export function createUnauthenticatedLink(onUnauthenticated: () => void): ErrorLink {
  return new ErrorLink(({ error, operation }) => {
    if (operation.operationName && OPERATIONS_EXEMPT_FROM_LOGOUT.has(operation.operationName)) return;
    if (isUnauthenticatedError(error)) onUnauthenticated();
  });
}
