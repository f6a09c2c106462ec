import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { createAuthLink } from './auth-link';
import { createUnauthenticatedLink } from './unauthenticated-link';

export interface ApolloClientOptions {
  /** Called after the token was found invalid; the app decides where to send the user. */
  onUnauthenticated: () => void;
}

export function createApolloClient({ onUnauthenticated }: ApolloClientOptions): ApolloClient {
  const link = ApolloLink.from([
    createUnauthenticatedLink(onUnauthenticated),
    createAuthLink(),
    new HttpLink({ uri: '/graphql' }),
  ]);

  return new ApolloClient({
    link,
    cache: new InMemoryCache(),
  });
}
