import { graphql } from '../../graphql/generated';
import type { MeQuery } from '../../graphql/generated/graphql';

export type { LoginInput } from '../../graphql/generated/graphql';

export const LOGIN_MUTATION = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      user {
        id
        name
      }
    }
  }
`);

export const ME_QUERY = graphql(`
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
`);

/** The signed-in person: user, role assignments and packed CASL rules (`rules`, the same the server enforces). */
export type Viewer = MeQuery['me'];
export type ViewerRole = Viewer['roles'][number];
