import { SetContextLink } from '@apollo/client/link/context';
import { getToken } from './token-store';

/** Reads the token per request (not once at start-up) so a login or logout takes effect immediately. */
export function createAuthLink(): SetContextLink {
  return new SetContextLink((prevContext) => {
    const token = getToken();
    if (!token) return {};
    return { headers: { ...prevContext.headers, Authorization: `Bearer ${token}` } };
  });
}
