import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * Cross-origin access to /graphql for the origins in KESU_CORS_ORIGINS (a separately hosted admin, a partner's web
 * app). None configured: no CORS headers at all, so browsers allow the same origin only.
 */
export function corsFor(origins: string[]): RequestHandler[] {
  if (origins.length === 0) return [];
  return [
    cors({
      origin: origins,
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight'],
      exposedHeaders: ['x-request-id', 'retry-after'],
      maxAge: 600,
    }),
  ];
}
