import { getNamedType, getNullableType, isListType, isObjectType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from '../graphql/connection.js';

/** What a page costs when the caller names no size: the connections' own default. */
export const DEFAULT_PAGE_SIZE = 20;
/** Every field of `Mutation` costs this much more than a read: writes take locks, events and transactions. */
export const MUTATION_COST = 10;

/**
 * GitHub/Shopify-style costs, in points: every field 1 (a root mutation field {@link MUTATION_COST}); a connection
 * (`…Connection`) or any list taking `first`/`last` multiplies what is selected inside it by the page size asked
 * for (default {@link DEFAULT_PAGE_SIZE}, at most {@link MAX_PAGE_SIZE}). Plain lists without paging arguments
 * (a complaint's customers, an org unit's ancestors) are short and count once; the actual cost counts them item
 * by item but is capped at the estimate.
 */
const estimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const base = type.name === 'Mutation' ? MUTATION_COST : 1;
  const named = getNamedType(field.type);
  const paged = field.args.some((arg) => arg.name === 'first' || arg.name === 'last');
  const isConnection = isObjectType(named) && named.name.endsWith('Connection');
  if (!isConnection && !(paged && isListType(getNullableType(field.type)))) return base + childComplexity;
  return base + pageSizeOf(args) * childComplexity;
};

function pageSizeOf(args: Record<string, unknown>): number {
  const asked = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : DEFAULT_PAGE_SIZE;
  return Math.min(Math.max(asked, 0), MAX_PAGE_SIZE);
}

/**
 * The requested cost: a static estimate of the operation before anything runs (graphql-query-complexity walks
 * fragments, `@include`/`@skip` and variables). Bad variables cannot be estimated; execution refuses them before
 * any resolver runs, so they cost the minimum.
 */
export function requestedCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined): number {
  try {
    return Math.max(1, getComplexity({ schema, query: document, variables: variables ?? {}, operationName, estimators: [estimator] }));
  } catch {
    return 1;
  }
}

/**
 * The actual cost: the same points as the estimate, counted on what was returned — every root field that ran (a
 * mutation's {@link MUTATION_COST} even when it failed), then every field inside the data, item by item. Counted
 * once on the result rather than per resolved field, so no hook runs on every field of every row.
 */
export function returnedCost(data: Record<string, unknown> | null | undefined, rootFields: number, isMutation: boolean): number {
  let cost = rootFields * (isMutation ? MUTATION_COST : 1);
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
    } else if (value !== null && typeof value === 'object') {
      for (const child of Object.values(value)) {
        cost += 1;
        walk(child);
      }
    }
  };
  for (const value of Object.values(data ?? {})) walk(value);
  return cost;
}
