import { DataloaderType, defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { fileURLToPath } from 'node:url';
import { Department } from '../org/department.entity.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { RoleAssignment } from '../identity/role-assignment.entity.js';
import { User } from '../identity/user.entity.js';
import { migrationsList } from './migrations/index.js';
import { GroupSettings } from '../org/group-settings.entity.js';
import { Category } from '../category/category.entity.js';
import { CalendarDay, CalendarYear } from '../sla/calendar-day.entity.js';
import { GradeSchemeVersion } from '../grading/grade-scheme-version.entity.js';
import { Complaint } from '../complaint/complaint.entity.js';
import { ComplaintEvent } from '../complaint/complaint-event.entity.js';
import { ComplaintSequence } from '../complaint/complaint-sequence.entity.js';
import { ReturnVisit } from '../complaint/return-visit.entity.js';
import { Accountability, AccountabilityComment, AccountabilityParty } from '../accountability/accountability.entity.js';
import { Case } from '../cases/case.entity.js';
import { CaseRevision } from '../cases/case-revision.entity.js';
import { CaseView } from '../cases/case-view.entity.js';
import { ApiClient } from '../partner/api-client.entity.js';
import { WebhookCursor } from '../webhooks/webhook-cursor.entity.js';
import { WebhookDelivery } from '../webhooks/webhook-delivery.entity.js';
import { WebhookEndpoint } from '../webhooks/webhook-endpoint.entity.js';
import { PersistedOperation } from '../partner/persisted-operation.entity.js';
import { RateLimitWindow } from '../limits/rate-limit-window.entity.js';

export const entities = [
  OrgUnit,
  Department,
  GroupSettings,
  User,
  RoleAssignment,
  Category,
  CalendarDay,
  CalendarYear,
  GradeSchemeVersion,
  Complaint,
  ComplaintEvent,
  ComplaintSequence,
  ReturnVisit,
  Accountability,
  AccountabilityParty,
  AccountabilityComment,
  Case,
  CaseRevision,
  CaseView,
  ApiClient,
  PersistedOperation,
  RateLimitWindow,
  WebhookEndpoint,
  WebhookDelivery,
  WebhookCursor,
];

export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    // References and collections touched by many rows in one tick load in one query each.
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: {
      migrationsList,
      path: fileURLToPath(new URL('./migrations', import.meta.url)),
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
    pool: { min: 0, max: 10 },
    allowGlobalContext: false,
    // pg-boss keeps its tables in its own schema; the migration diff must neither see nor drop them.
    schemaGenerator: { ignoreSchema: ['pgboss'] },
    ...overrides,
  });
}
