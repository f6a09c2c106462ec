import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { createAuthLink } from './auth-link';
import { getToken } from './token-store';
import { createUnauthenticatedLink } from './unauthenticated-link';

export interface ApolloClientOptions {
  /** Called after the token was found invalid; the app decides where to send the user. */
  onUnauthenticated: () => void;
}

/** Subscriptions (live updates) over graphql-ws on the same origin and path as HTTP, with the caller's token. */
function createWsLink(): GraphQLWsLink {
  const { protocol, host } = globalThis.location ?? { protocol: 'http:', host: 'localhost' };
  return new GraphQLWsLink(
    createClient({
      url: `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`,
      // Read at each (re)connection, so a new login is used without rebuilding the client.
      connectionParams: () => {
        const token = getToken();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
      // Connect only while a page subscribes: the login page and most pages open no socket.
      lazy: true,
      retryAttempts: 5,
    }),
  );
}

export function createApolloClient({ onUnauthenticated }: ApolloClientOptions): ApolloClient {
  const http = ApolloLink.from([createUnauthenticatedLink(onUnauthenticated), createAuthLink(), new HttpLink({ uri: '/graphql' })]);
  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === OperationTypeNode.SUBSCRIPTION;
    },
    createWsLink(),
    http,
  );

  return new ApolloClient({
    link,
    cache: new InMemoryCache(),
  });
}
