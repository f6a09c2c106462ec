import type { ComplaintEvent } from './complaint-event.entity.js';
import type { Complaint } from './complaint.entity.js';

interface Ref {
  id: string;
}

type Relation = 'category' | 'project' | 'owningUnit' | 'gradeScheme' | 'firstResponsible' | 'handler' | 'createdBy' | 'createdByClient';

/**
 * What the `Complaint` type's resolvers read: the managed entity (a single complaint, mutation results) or a list
 * row (`rowReader` in graphql/row-reader.ts). Relations are read by id only, through the request's loaders, so both shapes serve.
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

/** What the `ComplaintEvent` type's resolvers read: an event entity or a row of a complaint's timeline page. */
export type ComplaintEventRecord = Omit<ComplaintEvent, 'complaint' | 'actor' | 'actorClient'> & {
  complaint: Ref;
  actor: Ref | null;
  actorClient: Ref | null;
};
