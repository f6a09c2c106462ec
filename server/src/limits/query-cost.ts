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
  // Apollo hands the same parsed document to every request with the same text, so the estimate is remembered per
  // document, schema, operation and variables: clients send the same few operations over and over.
  let bySchema = estimates.get(document);
  if (!bySchema) estimates.set(document, (bySchema = new WeakMap()));
  let known = bySchema.get(schema);
  if (!known) bySchema.set(schema, (known = new Map()));
  const key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
  const remembered = known.get(key);
  if (remembered !== undefined) return remembered;
  let cost: number;
  try {
    cost = Math.max(1, getComplexity({ schema, query: document, variables: variables ?? {}, operationName, estimators: [estimator] }));
  } catch {
    cost = 1;
  }
  if (key.length > MAX_KEY_LENGTH) return cost; // large inputs (a long description) are estimated each time, not kept
  if (known.size >= ESTIMATES_PER_DOCUMENT) known.delete(known.keys().next().value!);
  known.set(key, cost);
  return cost;
}

/** Variables differ per request (ids, filters): at most this many estimates are kept per document. */
const ESTIMATES_PER_DOCUMENT = 200;
const MAX_KEY_LENGTH = 1024;
const estimates = new WeakMap<DocumentNode, WeakMap<GraphQLSchema, Map<string, number>>>();

/**
 * The actual cost: the same points as the estimate, counted on what was returned — every root field that ran (a
 * mutation's {@link MUTATION_COST} even when it failed), then every field inside the data, item by item. Counted
 * once on the result rather than per resolved field, so no hook runs on every field of every row.
 */
export function returnedCost(data: Record<string, unknown> | null | undefined, rootFields: number, isMutation: boolean): number {
  let cost = rootFields * (isMutation ? MUTATION_COST : 1);
  if (data) for (const key in data) cost += fieldsIn(data[key]);
  return cost;
}

/** Every field inside a returned value, item by item (for-in, not Object.values: a 50-row page has ~1,500 of them). */
function fieldsIn(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) count += fieldsIn(value[i]);
    return count;
  }
  const object = value as Record<string, unknown>;
  for (const key in object) count += 1 + fieldsIn(object[key]);
  return count;
}
