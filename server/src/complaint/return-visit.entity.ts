import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from '../identity/user.entity.js';
import { Complaint } from './complaint.entity.js';

/** A return visit (XX 4.3): method, satisfaction score and the five content items of RULES.md §5. */
@Entity({ tableName: 'return_visit' })
export class ReturnVisit {
  [OptionalProps]?: 'visitedAt' | 'visitor' | 'serviceQuality' | 'serviceEffect' | 'shortcomings' | 'suggestions';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Complaint, { deleteRule: 'cascade', index: 'return_visit_complaint_idx' })
  complaint!: Complaint;

  /** `PHONE` or `ON_SITE`. */
  @Property({ type: 'text' })
  method!: string;

  /** 1–5; 5 = fully satisfied. */
  @Property({ type: 'integer' })
  score!: number;

  @Property({ type: 'text', nullable: true })
  serviceQuality: string | null = null;

  @Property({ type: 'text', nullable: true })
  serviceEffect: string | null = null;

  @Property({ type: 'text', nullable: true })
  shortcomings: string | null = null;

  @Property({ type: 'text', nullable: true })
  suggestions: string | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  visitor: User | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  visitedAt: Date = new Date();
}
