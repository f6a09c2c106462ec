import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Case } from './case.entity.js';

/** What a published case said before an edit (the issue: "edits after publishing keep the previous version"). */
export interface CaseContent {
  title: string;
  background: string;
  handlingProcess: string;
  result: string;
  causeAnalysis: string;
  lessonsLearned: string;
  preventiveMeasures: string;
  tags: string[];
  categoryCode: string;
  gradeCode: string | null;
  year: number;
}

@Entity({ tableName: 'case_revision' })
@Unique({ name: 'case_revision_unique', properties: ['case', 'revision'] })
export class CaseRevision {
  [OptionalProps]?: 'replacedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Case, { deleteRule: 'cascade' })
  case!: Case;

  /** The revision number the content had while it was current. */
  @Property({ type: 'integer' })
  revision!: number;

  @Property({ type: 'json' })
  content!: CaseContent;

  /** Who replaced it, and when. */
  @Property({ type: 'uuid' })
  replacedBy!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  replacedAt: Date = new Date();
}
