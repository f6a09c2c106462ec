import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from './errors.js';
import { rowReader } from './row-reader.js';

export const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `向后取的条数，最多 ${MAX_PAGE_SIZE}` })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `向前取的条数，最多 ${MAX_PAGE_SIZE}` })
  last?: number | null;

  @Field(() => String, { nullable: true })
  before?: string | null;
}

@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Counted only when asked for: graphql-js awaits the thenable only when the field is selected. */
  totalCount: PromiseLike<number>;
}

/** A promise-like whose work starts on the first `then`, i.e. only if somebody reads it. */
export function lazy<T>(load: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | undefined;
  return {
    then: (onFulfilled, onRejected) => (started ??= load()).then(onFulfilled, onRejected),
  };
}

/** Declares `<Name>Connection` and `<Name>Edge` for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String) cursor!: string;
    @Field(() => nodeType) node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: '满足条件的总数' }) totalCount!: number;
  }
  return ConnectionClass;
}

type Keyed = { id: string };

interface PaginateOptions<T extends Keyed> {
  em: EntityManager;
  entity: ClassType<T>;
  /**
   * The filter, or a function making it: a filter holding `raw()` fragments must be made anew for each statement
   * (MikroORM consumes a raw key when it builds SQL), and the page and `totalCount` are two statements.
   */
  where: FilterQuery<T> | (() => FilterQuery<T>);
  args: ConnectionArgs;
  /** The sort column; `id` breaks ties so the order (and every cursor) is total. */
  sortBy: keyof T & string;
  populate?: readonly string[];
  /**
   * Makes each row of the page a read-only record (`rowReader`) instead of a managed entity. For lists that are only
   * read: it skips the unit of work (hydration and identity map), the largest cost of a 50-row page. Not with
   * `populate`.
   */
  asRecords?: boolean;
}

/**
 * Relay pagination by keyset (`(sortBy, id) > cursor`), never OFFSET, so page 1,000 costs what page 1 costs.
 * One query for the page (+1 row to learn whether another page follows), one more only if totalCount is asked.
 */
export async function paginate<T extends Keyed, N extends Keyed = T>(options: PaginateOptions<T>): Promise<Connection<N>> {
  const { em, entity, args, sortBy } = options;
  const where = () => (typeof options.where === 'function' ? options.where() : options.where);
  const backwards = args.last != null && args.first == null;
  const size = pageSize(backwards ? args.last : args.first, backwards ? 'last' : 'first');
  const cursor = backwards ? args.before : args.after;
  const conditions: FilterQuery<T>[] = [where()];
  if (cursor) {
    const [value, id] = decodeCursor(cursor, backwards ? 'before' : 'after');
    const cmp = backwards ? '$lt' : '$gt';
    conditions.push({ $or: [{ [sortBy]: { [cmp]: value } }, { [sortBy]: value, id: { [cmp]: id } }] } as FilterQuery<T>);
  }
  const direction = backwards ? 'desc' : 'asc';
  const orderBy = { [sortBy]: direction, id: direction } as never;
  const filter = { $and: conditions } as FilterQuery<T>;
  const rows: N[] = options.asRecords
    ? ((await em.createQueryBuilder(entity).select('*').where(filter).orderBy(orderBy).limit(size + 1).execute('all', false)) as Record<string, unknown>[]).map(
        rowReader<N>(em.getMetadata().get(entity.name), em.getPlatform()),
      )
    : ((await em.find(entity, filter, { orderBy, limit: size + 1, populate: (options.populate ?? []) as never })) as unknown as N[]);
  const hasMore = rows.length > size;
  const page = rows.slice(0, size);
  if (backwards) page.reverse();
  const edges = page.map((node) => ({ node, cursor: encodeCursor([(node as Record<string, unknown>)[sortBy], node.id]) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: backwards ? Boolean(args.before) : hasMore,
      hasPreviousPage: backwards ? hasMore : Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: lazy(() => em.count(entity, where())),
  };
}

export function pageSize(requested: number | null | undefined, field: string): number {
  if (requested == null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(requested) || requested < 0 || requested > MAX_PAGE_SIZE) {
    throw badInput(field, `${field} 必须在 0 到 ${MAX_PAGE_SIZE} 之间`);
  }
  return requested;
}

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, field: string): [unknown, string] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === 2 && typeof key[1] === 'string') return [key[0], key[1]];
  } catch {
    // fall through to the error below
  }
  throw badInput(field, `${field} 不是有效的分页游标`);
}
