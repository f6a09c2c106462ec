import { ReferenceKind, type EntityMetadata, type Platform } from '@mikro-orm/core';

/** A row of a table as the GraphQL resolvers read it: property names, each to-one relation as `{ id }`. */
export type RowReader<R> = (columns: Record<string, unknown>) => R;

const readers = new WeakMap<EntityMetadata, RowReader<unknown>>();

/**
 * Turns the columns of one table row straight into a read-only record (for lists that are read, never changed):
 * property names as the entity names them, to-one relations as `{ id }`, and `__typename` for the Node id and
 * for CASL. One compiled function per entity, building an object of one fixed shape in a single pass; the ORM's
 * result mapping followed by a copy into the record was two passes and a large object built key by key
 * (docs/performance.md "Where the time goes"). Timestamps are parsed as the ORM parses them and booleans made
 * booleans; other values are the driver's as they are (JSON, arrays, numbers). A test compares every column of
 * real rows with the ORM's own mapping.
 */
export function rowReader<R>(meta: EntityMetadata, platform: Platform): RowReader<R> {
  const known = readers.get(meta);
  if (known) return known as RowReader<R>;
  // The GraphQL type is named as the entity class, which is also what `typeNameOf` reads off a managed entity.
  const fields: string[] = [`__typename: ${JSON.stringify(meta.className)}`];
  for (const prop of meta.props) {
    const column = prop.fieldNames?.[0];
    if (!column || prop.fieldNames.length > 1 || prop.persist === false) continue;
    const value = `row[${JSON.stringify(column)}]`;
    if (prop.kind === ReferenceKind.SCALAR && prop.runtimeType === 'Date') {
      // The driver hands timestamps over as text (the ORM parses them itself, with its time zone).
      fields.push(`${JSON.stringify(prop.name)}: ${value} == null || ${value} instanceof Date ? ${value} : parseDate(${value})`);
    } else if (prop.kind === ReferenceKind.SCALAR && prop.runtimeType === 'boolean') {
      fields.push(`${JSON.stringify(prop.name)}: ${value} == null ? ${value} : !!${value}`);
    } else if (prop.kind === ReferenceKind.SCALAR) fields.push(`${JSON.stringify(prop.name)}: ${value}`);
    else if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) {
      fields.push(`${JSON.stringify(prop.name)}: ${value} == null ? null : { id: String(${value}) }`);
    }
  }
  const compiled = new Function('parseDate', `return (row) => ({ ${fields.join(', ')} });`) as (parseDate: (value: string) => Date) => RowReader<R>;
  const reader = compiled((value) => platform.parseDate(value));
  readers.set(meta, reader);
  return reader;
}
