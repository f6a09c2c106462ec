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
