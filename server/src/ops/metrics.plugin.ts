import type { ApolloServerPlugin } from '@apollo/server';
import type { Context, Viewer } from '../graphql/context.js';
import { requestNoteFor } from './logger.js';
import type { Metrics } from './metrics.js';

/**
 * Counts and times every GraphQL request over HTTP. Only `requestDidStart` and `willSendResponse`: a per-field
 * hook (`willResolveField`) would make Apollo wrap every resolver, which the hot lists pay for.
 */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ response, operationName, operation, contextValue }) {
          const body = response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
          const codes = errors?.map((error) => (typeof error.extensions?.code === 'string' ? error.extensions.code : 'UNKNOWN'));
          const name = operationName ?? (operation ? 'anonymous' : 'invalid');
          const label = metrics.observeRequest(name, (performance.now() - started) / 1000, codes);
          const note = requestNoteFor(contextValue);
          if (note) {
            note.operation = label;
            note.actor = actorOf(contextValue.viewer);
            if (codes) note.errorCodes = codes;
          }
        },
      };
    },
  };
}

/** Ids only: a user's or a partner app's (an owner acting through an app is logged as that app). */
function actorOf(viewer: Viewer | null | undefined): string | undefined {
  if (viewer?.user) return `user:${viewer.user.id}`;
  if (viewer?.client) return `client:${viewer.client.id}`;
  return undefined;
}
