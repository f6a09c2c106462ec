import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { printSchemaWithDirectives } from './print-schema.js';
import { buildAppSchema } from './schema.js';

/** `pnpm schema:emit` writes the contract partners and the admin build on. */
const target = fileURLToPath(new URL('../../../schema/schema.graphql', import.meta.url));
const schema = await buildAppSchema();
await writeFile(target, printSchemaWithDirectives(schema));
console.log(`wrote ${target}`);
