import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The last serial used per group, kind and month (`TS-2611-0007`). Incremented with `UPDATE … RETURNING` inside
 * the creating transaction, so numbers are gap-free per committed complaint and never handed out twice.
 */
@Entity({ tableName: 'complaint_sequence' })
export class ComplaintSequence {
  /** `numberingSequenceKey(groupId, kind, at)`. */
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'integer' })
  lastSerial!: number;
}
