import { graphql } from '../../graphql/generated';
import type { ApiClientsQuery } from '../../graphql/generated/graphql';

/** Partner apps in the admin's scope, newest last (the server pages by creation time). */
export const API_CLIENTS_QUERY = graphql(`
  query ApiClients($first: Int, $after: String) {
    apiClients(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ApiClientRow
        }
      }
    }
  }
`);

export const API_CLIENT_ROW = graphql(`
  fragment ApiClientRow on ApiClient {
    id
    name
    scopes
    keyPrefix
    active
    createdAt
    revokedAt
    lastUsedAt
    costPerMinute
    costPerHour
    persistedOnly
    version
    orgUnit {
      id
      name
    }
  }
`);

export type ApiClientRow = ApiClientsQuery['apiClients']['edges'][number]['node'];

export const CREATE_API_CLIENT_MUTATION = graphql(`
  mutation CreateApiClient($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      key
      client {
        ...ApiClientRow
      }
    }
  }
`);

export const REVOKE_API_CLIENT_MUTATION = graphql(`
  mutation RevokeApiClient($input: ApiClientIdInput!) {
    revokeApiClient(input: $input) {
      client {
        ...ApiClientRow
      }
    }
  }
`);

export const ROTATE_API_CLIENT_KEY_MUTATION = graphql(`
  mutation RotateApiClientKey($input: ApiClientIdInput!) {
    rotateApiClientKey(input: $input) {
      key
      client {
        ...ApiClientRow
      }
    }
  }
`);
