import { gql, type TypedDocumentNode } from '@apollo/client';

// Hand-written operation types until `pnpm codegen` generates them from schema/schema.graphql.

export interface LoginInput {
  login: string;
  password: string;
}

export interface LoginMutationData {
  login: { token: string; user: { id: string; name: string } };
}

export const LOGIN_MUTATION: TypedDocumentNode<LoginMutationData, { input: LoginInput }> = gql`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      user {
        id
        name
      }
    }
  }
`;

export interface ViewerOrgUnit {
  id: string;
  name: string;
  level: string;
}

export interface ViewerRole {
  role: string;
  orgUnit: ViewerOrgUnit | null;
}

export interface Viewer {
  user: { id: string; name: string };
  roles: ViewerRole[];
  /** Packed CASL rules (JSON scalar), the same the server enforces. */
  rules: unknown;
}

export const ME_QUERY: TypedDocumentNode<{ me: Viewer }, Record<string, never>> = gql`
  query Me {
    me {
      user {
        id
        name
      }
      roles {
        role
        orgUnit {
          id
          name
          level
        }
      }
      rules
    }
  }
`;
