import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { OrgUnitResolver } from '../org/org-unit.resolver.js';
import { RoleAssignmentResolver, UserResolver } from '../identity/user.resolver.js';
import { ViewerResolver } from '../identity/viewer.resolver.js';
import { NodeResolver } from './node.resolver.js';
import { AccessGuard } from './access.js';

export const resolvers = [NodeResolver, ViewerResolver, OrgUnitResolver, UserResolver, RoleAssignmentResolver] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The schema is the same for every instance and request, so it is built once per process. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    globalMiddlewares: [AccessGuard],
    validate: false, // inputs are validated by zod in the services, with Chinese messages naming the field
    emitSchemaFile: false,
  });
  return built;
}
