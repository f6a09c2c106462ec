import { defineAbilityFor } from '@kesu/permissions';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Context } from '../src/graphql/context.js';
import { createLoaders } from '../src/graphql/loaders.js';
import { loadViewer } from '../src/identity/identity.service.js';
import type { TokenService } from '../src/identity/token.service.js';
import { User } from '../src/identity/user.entity.js';
import { createLocalPubSub } from '../src/realtime/pubsub.js';

/** What every server benchmark shares: its demo admin, a token secret, timing and percentiles, a caller context. */
export const ADMIN_PASSWORD = 'kesu-bench-admin';
export const TOKEN_SECRET = 'bench-secret-bench-secret-bench-secret-0123';

export const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
export const log = (message: string) => console.log(`[bench] ${message}`);

export function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest-rank percentiles.
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  return { runs: sorted.length, min: sorted[0]!, median: at(0.5), p975: at(0.975), max: sorted[sorted.length - 1]! };
}
export const showStats = (s: ReturnType<typeof stats>) =>
  `median ${fmt(s.median)} ms, p97.5 ${fmt(s.p975)} ms (min ${fmt(s.min)}, max ${fmt(s.max)}, ${s.runs} runs)`;

export async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = process.hrtime.bigint();
  const result = await work();
  return [Number(process.hrtime.bigint() - started) / 1e6, result];
}

/** The request context the GraphQL layer would build for `login`, to call services directly. */
export async function contextFor(orm: MikroORM, tokens: TokenService, login: string): Promise<Context> {
  const em = orm.em.fork();
  const user = await em.findOneOrFail(User, { login });
  const viewer = (await loadViewer(em, user.id))!;
  const ability = defineAbilityFor({ userId: user.id, grants: viewer.grants });
  return { em, viewer, ability, authError: null, loaders: createLoaders(em, ability), tokens, pubSub: createLocalPubSub() };
}
