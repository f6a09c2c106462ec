import { getNamedType, getNullableType, isListType, isObjectType, type DocumentNode, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
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

/** The actual cost of one resolved field, counted as execution goes: the same points as the estimate, per item. */
export function resolvedFieldCost(info: Pick<GraphQLResolveInfo, 'parentType'>): number {
  return info.parentType.name === 'Mutation' ? MUTATION_COST : 1;
}
