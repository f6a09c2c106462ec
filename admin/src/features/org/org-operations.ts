import { graphql } from '../../graphql/generated';
import type { OrgUnitsQuery } from '../../graphql/generated/graphql';

export type { OrgUnitFilter } from '../../graphql/generated/graphql';

export const ORG_UNITS_QUERY = graphql(`
  query OrgUnits($first: Int, $after: String, $filter: OrgUnitFilter) {
    orgUnits(first: $first, after: $after, filter: $filter) {
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
          code
          level
          levelLabel
          parent {
            id
          }
        }
      }
    }
  }
`);

export type OrgUnitNode = OrgUnitsQuery['orgUnits']['edges'][number]['node'];

/** The server refuses larger pages (DESIGN.md: `first` at most 100). */
export const MAX_PAGE_SIZE = 100;

/** One org unit by global id (`node`); null when it does not exist or lies outside the caller's scope. */
export const ORG_UNIT_BY_ID_QUERY = graphql(`
  query OrgUnitById($id: ID!) {
    node(id: $id) {
      ... on OrgUnit {
        id
        name
        code
        level
        levelLabel
        parent {
          id
        }
      }
    }
  }
`);

/** Everything the details panel shows and edits: `version` guards a rename, departments are listed. */
export const ORG_UNIT_DETAIL_QUERY = graphql(`
  query OrgUnitDetail($id: ID!) {
    node(id: $id) {
      ... on OrgUnit {
        id
        name
        code
        level
        levelLabel
        version
        parent {
          id
          name
        }
        children(first: 1) {
          totalCount
        }
        departments {
          id
          name
          type
          typeLabel
        }
      }
    }
  }
`);

/** Server-side search for the picker: with the parent's name, so two 「一期」 can be told apart. */
export const ORG_UNIT_SEARCH_QUERY = graphql(`
  query OrgUnitSearch($first: Int, $filter: OrgUnitFilter) {
    orgUnits(first: $first, filter: $filter) {
      totalCount
      edges {
        node {
          id
          name
          code
          level
          levelLabel
          parent {
            id
            name
          }
        }
      }
    }
  }
`);

/** What the tree and the details panel need back from any change to a unit. */
export const CHANGED_ORG_UNIT_FRAGMENT = graphql(`
  fragment ChangedOrgUnit on OrgUnit {
    id
    name
    code
    level
    levelLabel
    version
    parent {
      id
      name
    }
  }
`);

export const CREATE_ORG_UNIT_MUTATION = graphql(`
  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      orgUnit {
        ...ChangedOrgUnit
      }
    }
  }
`);

export const UPDATE_ORG_UNIT_MUTATION = graphql(`
  mutation UpdateOrgUnit($input: UpdateOrgUnitInput!) {
    updateOrgUnit(input: $input) {
      orgUnit {
        ...ChangedOrgUnit
      }
    }
  }
`);

export const MOVE_ORG_UNIT_MUTATION = graphql(`
  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {
    moveOrgUnit(input: $input) {
      orgUnit {
        ...ChangedOrgUnit
      }
    }
  }
`);

export const DELETE_ORG_UNIT_MUTATION = graphql(`
  mutation DeleteOrgUnit($input: DeleteOrgUnitInput!) {
    deleteOrgUnit(input: $input) {
      deletedId
    }
  }
`);

export const CREATE_DEPARTMENT_MUTATION = graphql(`
  mutation CreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      department {
        id
        name
        type
        typeLabel
      }
    }
  }
`);

export const DELETE_DEPARTMENT_MUTATION = graphql(`
  mutation DeleteDepartment($input: DeleteDepartmentInput!) {
    deleteDepartment(input: $input) {
      deletedId
    }
  }
`);
