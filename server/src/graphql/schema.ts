import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { OrgUnitResolver } from '../org/org-unit.resolver.js';
import { RoleAssignmentResolver, UserResolver } from '../identity/user.resolver.js';
import { ViewerResolver } from '../identity/viewer.resolver.js';
import { NodeResolver } from './node.resolver.js';
import { CategoryResolver } from '../category/category.resolver.js';
import { GradeSchemeResolver } from '../grading/grade-scheme.resolver.js';
import { CalendarResolver } from '../sla/calendar.resolver.js';
import { ComplaintEventResolver, ComplaintResolver, ComplaintSubscriptionResolver } from '../complaint/complaint.resolver.js';
import { ReportResolver } from '../reporting/report.resolver.js';
import {
  AccountabilityCommentResolver,
  AccountabilityPartyResolver,
  AccountabilityTypeResolver,
  ComplaintAccountabilityResolver,
} from '../accountability/accountability.resolver.js';
import { CaseResolver } from '../cases/case.resolver.js';
import { ApiClientResolver } from '../partner/api-client.resolver.js';
import { WebhookDeliveryResolver, WebhookEndpointResolver } from '../webhooks/webhook.resolver.js';
import { PersistedOperationResolver } from '../partner/persisted-operation.resolver.js';
import { guardRootFields } from './access.js';
import { createLocalPubSub, type KesuPubSub } from '../realtime/pubsub.js';

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
  ComplaintSubscriptionResolver,
  ComplaintAccountabilityResolver,
  AccountabilityTypeResolver,
  AccountabilityPartyResolver,
  AccountabilityCommentResolver,
  CaseResolver,
  ReportResolver,
  ApiClientResolver,
  PersistedOperationResolver,
  WebhookEndpointResolver,
  WebhookDeliveryResolver,
] as const;

const built = new WeakMap<KesuPubSub, Promise<GraphQLSchema>>();
let localPubSub: KesuPubSub | undefined;

/**
 * type-graphql binds subscription fields to one pubSub when it builds the schema, so there is one schema per
 * pubSub: the PostgreSQL-backed one in the server, an in-process one for tests and `schema:emit`.
 */
export function buildAppSchema(pubSub: KesuPubSub = (localPubSub ??= createLocalPubSub())): Promise<GraphQLSchema> {
  let schema = built.get(pubSub);
  if (schema) return schema;
  useSimpleResolvers();
  schema = buildSchema({
    resolvers,
    pubSub,
    // Instants are `DateTime` (ISO 8601 with offset), as API.md names them.
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: false, // inputs are validated by zod in the services, with Chinese messages naming the field
    emitSchemaFile: false,
  }).then(guardRootFields);
  built.set(pubSub, schema);
  return schema;
}

/**
 * Plain fields (no field resolver) are read by graphql's default resolver instead of type-graphql's wrapper, which
 * builds a resolver-data object and runs the (empty) middleware chain for every field of every row: ~1,000 calls
 * for a 50-row list. Kesu has no field middlewares or `@Authorized` fields; access is checked on root fields
 * (`guardRootFields`) and by field resolvers. A type that states `simpleResolvers` itself keeps its choice.
 */
function useSimpleResolvers(): void {
  const storage = getMetadataStorage();
  // A field middleware or `@Authorized` on a plain field would silently stop running: refuse to build instead.
  const guarded = new Set([...storage.middlewares, ...storage.authorizedFields].map((entry) => entry.target));
  for (const objectType of storage.objectTypes) {
    if (guarded.has(objectType.target)) throw new Error(`${objectType.name}: field middlewares need simpleResolvers: false on the type`);
    objectType.simpleResolvers ??= true;
  }
}
