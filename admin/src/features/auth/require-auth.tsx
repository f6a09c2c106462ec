import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { getToken } from '../../graphql/token-store';

/** Without a token there is nothing to ask the server; go straight to the login page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  if (!getToken()) return <Navigate to="/login" replace />;
  return children;
}
