import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { OrgUnitResolver } from '../org/org-unit.resolver.js';
import { RoleAssignmentResolver, UserResolver } from '../identity/user.resolver.js';
import { ViewerResolver } from '../identity/viewer.resolver.js';
import { NodeResolver } from './node.resolver.js';
import { CategoryResolver } from '../category/category.resolver.js';
import { GradeSchemeResolver } from '../grading/grade-scheme.resolver.js';
import { CalendarResolver } from '../sla/calendar.resolver.js';
import { ComplaintEventResolver, ComplaintResolver } from '../complaint/complaint.resolver.js';
import { AccessGuard } from './access.js';

export const resolvers = [
  NodeResolver,
  ViewerResolver,
  OrgUnitResolver,
  UserResolver,
  RoleAssignmentResolver,
  CategoryResolver,
  GradeSchemeResolver,
  CalendarResolver,
  ComplaintResolver,
  ComplaintEventResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The schema is the same for every instance and request, so it is built once per process. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    globalMiddlewares: [AccessGuard],
    // Instants are `DateTime` (ISO 8601 with offset), as API.md names them.
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: false, // inputs are validated by zod in the services, with Chinese messages naming the field
    emitSchemaFile: false,
  });
  return built;
}
