import type { EntityData } from '@mikro-orm/postgresql';
import type { ComplaintEvent } from './complaint-event.entity.js';
import type { Complaint } from './complaint.entity.js';

interface Ref {
  id: string;
}

type Relation = 'category' | 'project' | 'owningUnit' | 'gradeScheme' | 'firstResponsible' | 'handler' | 'createdBy' | 'createdByClient';

/**
 * What the `Complaint` type's resolvers read: the managed entity (a single complaint, mutation results) or a list
 * row (`complaintRow`). Relations are read by id only, through the request's loaders, so both shapes serve.
 */
export type ComplaintRecord = Omit<Complaint, Relation> & {
  category: Ref;
  project: Ref;
  owningUnit: Ref;
  gradeScheme: Ref;
  firstResponsible: Ref | null;
  handler: Ref | null;
  createdBy: Ref | null;
  createdByClient: Ref | null;
};

const ref = (id: unknown): Ref | null => (id == null ? null : { id: String(id) });

/**
 * A complaint list row as a read-only record instead of a managed entity: lists are read, never changed, and
 * hydrating 50 entities into the unit of work was the largest single cost of a list request
 * (docs/performance.md "Where the time goes"). `__typename` names the type for the Node id and for CASL, which
 * otherwise take it from the entity's class.
 */
export function complaintRow(data: EntityData<Complaint>): ComplaintRecord {
  return {
    ...(data as unknown as ComplaintRecord),
    __typename: 'Complaint',
    category: ref(data.category)!,
    project: ref(data.project)!,
    owningUnit: ref(data.owningUnit)!,
    gradeScheme: ref(data.gradeScheme)!,
    firstResponsible: ref(data.firstResponsible),
    handler: ref(data.handler),
    createdBy: ref(data.createdBy),
    createdByClient: ref(data.createdByClient),
  } as ComplaintRecord;
}

/** What the `ComplaintEvent` type's resolvers read: an event entity or a row of a complaint's timeline page. */
export type ComplaintEventRecord = Omit<ComplaintEvent, 'complaint' | 'actor' | 'actorClient'> & {
  complaint: Ref;
  actor: Ref | null;
  actorClient: Ref | null;
};

/** A timeline entry as a read-only record (see `complaintRow`): the detail page reads 20 of them per request. */
export function complaintEventRow(data: EntityData<ComplaintEvent>): ComplaintEventRecord {
  return {
    ...(data as unknown as ComplaintEventRecord),
    __typename: 'ComplaintEvent',
    complaint: ref(data.complaint)!,
    actor: ref(data.actor),
    actorClient: ref(data.actorClient),
  } as ComplaintEventRecord;
}
