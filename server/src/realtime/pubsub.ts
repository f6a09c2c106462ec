import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import type { PubSub as TypeGraphQLPubSub } from 'type-graphql';
import { PgEventTarget, type PgEventTargetOptions } from './pg-event-target.js';

/**
 * What every topic carries: the global id of what changed, nothing more. Subscribers load the object through
 * the usual resolvers (and so the usual access checks), and the payload always fits in a NOTIFY.
 */
export interface ChangedPayload {
  id: string;
  /** Where the object sits, so each subscriber's rules can filter events without a query per event. */
  scope?: { projectPath: string; groupVisible: boolean };
}

/** Topic → publish arguments: `publish(topic, payload)`, or `publish(topic, id, payload)` for a per-object topic. */
export type KesuTopics = Record<string, [ChangedPayload] | [string, ChangedPayload]>;

export type KesuPubSub = PubSub<KesuTopics> & TypeGraphQLPubSub;

export interface PgPubSub {
  /** Pass to `buildSchema({ pubSub })`; resolvers publish through it after their transaction commits. */
  pubSub: KesuPubSub;
  eventTarget: PgEventTarget;
  close(): Promise<void>;
}

/**
 * An in-process pub/sub for one instance: tests and `schema:emit`, where there is no second instance to reach.
 * type-graphql refuses to build a schema with subscriptions and no pubSub.
 */
export function createLocalPubSub(): KesuPubSub {
  return createPubSub<KesuTopics>();
}

/** A pub/sub shared by every server instance on the database at `connectionString`. */
export async function createPgPubSub(connectionString: string, options: Omit<PgEventTargetOptions, 'connectionString'> = {}): Promise<PgPubSub> {
  const eventTarget = await PgEventTarget.connect({ ...options, connectionString });
  const pubSub: KesuPubSub = createPubSub<KesuTopics>({ eventTarget });
  return { pubSub, eventTarget, close: () => eventTarget.close() };
}
