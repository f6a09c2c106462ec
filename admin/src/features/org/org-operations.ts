import { gql, type TypedDocumentNode } from '@apollo/client';

export interface OrgUnitFilter {
  parentId?: string;
  level?: string;
  search?: string;
}

export interface OrgUnitNode {
  id: string;
  name: string;
  code: string;
  level: string;
  levelLabel: string;
  parent: { id: string } | null;
}

export interface OrgUnitsQueryData {
  orgUnits: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: OrgUnitNode }[];
  };
}

export interface OrgUnitsQueryVariables {
  first?: number;
  after?: string | null;
  filter?: OrgUnitFilter;
}

export const ORG_UNITS_QUERY: TypedDocumentNode<OrgUnitsQueryData, OrgUnitsQueryVariables> = gql`
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
`;

/** The server refuses larger pages (DESIGN.md: `first` at most 100). */
export const MAX_PAGE_SIZE = 100;
