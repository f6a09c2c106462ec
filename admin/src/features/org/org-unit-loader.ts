import type { ApolloClient } from '@apollo/client';
import type { OrgLevel, OrgUnitsQuery } from '../../graphql/generated/graphql';
import { MAX_PAGE_SIZE, ORG_UNITS_QUERY, type OrgUnitFilter, type OrgUnitNode } from './org-operations';
import type { OrgUnitSummary } from './org-tree-model';

/** A runaway cursor must not freeze the page; 50 pages is 5 000 siblings, far beyond any real org. */
const MAX_PAGES = 50;

export function toSummary(node: OrgUnitNode): OrgUnitSummary {
  return {
    id: node.id,
    name: node.name,
    code: node.code,
    level: node.level,
    levelLabel: node.levelLabel,
    parentId: node.parent?.id ?? null,
  };
}

/** Loads every unit matching the filter, following `after` cursors page by page. */
export async function loadAllOrgUnits(client: ApolloClient, filter: OrgUnitFilter): Promise<OrgUnitSummary[]> {
  const units: OrgUnitSummary[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    // Annotated because `after` feeds back into the variables, which defeats inference.
    const result: ApolloClient.QueryResult<OrgUnitsQuery> = await client.query({
      query: ORG_UNITS_QUERY,
      variables: { first: MAX_PAGE_SIZE, after, filter },
      fetchPolicy: 'network-only',
    });
    const connection = result.data?.orgUnits;
    if (!connection) break;
    units.push(...connection.edges.map((edge) => toSummary(edge.node)));
    const { hasNextPage, endCursor } = connection.pageInfo;
    if (!hasNextPage || !endCursor) break;
    after = endCursor;
  }
  return units;
}

/**
 * Role units from `me` lack code and label; the contract has no lookup by id, so find each one through the
 * server-side search on its exact name and level, and keep the thin version if that finds nothing.
 */
export async function enrichUnit(client: ApolloClient, unit: OrgUnitSummary): Promise<OrgUnitSummary> {
  try {
    const { data } = await client.query({
      query: ORG_UNITS_QUERY,
      // `level` came from the server as an OrgLevel (via `me`); the summary keeps it as a plain string.
      variables: { first: 20, filter: { level: unit.level as OrgLevel, search: unit.name } },
      fetchPolicy: 'network-only',
    });
    const match = data?.orgUnits.edges.find((edge) => edge.node.id === unit.id);
    return match ? toSummary(match.node) : unit;
  } catch {
    return unit;
  }
}
