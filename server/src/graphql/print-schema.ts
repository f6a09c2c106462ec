import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

const HEADER = '# Emitted by `pnpm schema:emit` from the server code. Do not edit by hand; a test fails when it is stale.\n\n';

/** Sorted so the file changes only when the schema does, not when resolver order does. */
export function printSchemaWithDirectives(schema: GraphQLSchema): string {
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
