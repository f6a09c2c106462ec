import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Case } from './case.entity.js';

/**
 * Reads of a published case per calendar month (Asia/Shanghai), for view counts and "most read this month".
 * Counted in its own table with one upsert per read, so reading never touches (or version-bumps) the case row.
 */
@Entity({ tableName: 'case_view' })
@Index({ name: 'case_view_month_idx', properties: ['month', 'views'] })
export class CaseView {
  @ManyToOne(() => Case, { primary: true, deleteRule: 'cascade' })
  case!: Case;

  /** `YYYY-MM`. */
  @PrimaryKey({ type: 'text' })
  month!: string;

  @Property({ type: 'integer', default: 0 })
  views: number = 0;
}
