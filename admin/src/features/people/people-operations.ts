import { graphql } from '../../graphql/generated';
import type { UsersQuery } from '../../graphql/generated/graphql';

export type { Role, UserFilter } from '../../graphql/generated/graphql';

/** One page of people in the caller's scope, with their home unit and the role grants the caller may see. */
export const USERS_QUERY = graphql(`
  query Users($first: Int, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          login
          phone
          active
          version
          orgUnit {
            id
            name
            level
            levelLabel
          }
          roles {
            id
            role
            roleLabel
            orgUnit {
              id
              name
              level
              levelLabel
            }
          }
        }
      }
    }
  }
`);

export type UserRow = UsersQuery['users']['edges'][number]['node'];
export type RoleAssignmentRow = UserRow['roles'][number];

export const CREATE_USER_MUTATION = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        id
        name
        login
      }
    }
  }
`);

export const RESET_USER_PASSWORD_MUTATION = graphql(`
  mutation ResetUserPassword($input: ResetUserPasswordInput!) {
    resetUserPassword(input: $input) {
      user {
        id
      }
    }
  }
`);

/** Answers the user with all visible grants, so the cached row shows the new role at once. */
export const ASSIGN_ROLE_MUTATION = graphql(`
  mutation AssignRole($input: AssignRoleInput!) {
    assignRole(input: $input) {
      assignment {
        id
        role
      }
      user {
        id
        roles {
          id
          role
          roleLabel
          orgUnit {
            id
            name
            level
            levelLabel
          }
        }
      }
    }
  }
`);

export const REVOKE_ROLE_MUTATION = graphql(`
  mutation RevokeRole($input: RevokeRoleInput!) {
    revokeRole(input: $input) {
      user {
        id
        roles {
          id
          role
          roleLabel
          orgUnit {
            id
            name
            level
            levelLabel
          }
        }
      }
    }
  }
`);

/** The server refuses larger pages (DESIGN.md: `first` at most 100). */
export const MAX_PAGE_SIZE = 100;
