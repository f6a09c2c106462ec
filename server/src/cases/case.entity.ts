import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Category } from '../category/category.entity.js';
import { Complaint } from '../complaint/complaint.entity.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import type { CaseStatus } from './case.enums.js';
import { TsvectorLiteralType } from './tsvector-literal.type.js';

/** The texts of a case, in the order they are read (and indexed). */
export const CASE_TEXT_FIELDS = ['title', 'background', 'handlingProcess', 'result', 'causeAnalysis', 'lessonsLearned', 'preventiveMeasures'] as const;
export type CaseTextField = (typeof CASE_TEXT_FIELDS)[number];

/**
 * The names of a case — title, project, region — as one SQL expression, for the substring fallback (names and
 * numbers that segmentation cuts differently from the way they are typed). The trigram index is built on exactly
 * this expression, and queries repeat it (with their table alias) for the planner to use the index. Body texts stay
 * out: they are long, and their words are found by the full-text search.
 */
export function caseNamesSql(alias?: string): string {
  const column = (name: string) => (alias ? `"${alias}"."${name}"` : `"${name}"`);
  return `(${column('title')} || ' ' || ${column('org_unit_name')} || ' ' || coalesce(${column('region_name')}, ''))`;
}

/**
 * A case of the library (案例沉淀, CG §4.6, §5.1(4)): drafted from a concluded complaint with every customer datum
 * stripped, or written by hand as training material; draft → review → published. Searched through jieba-segmented
 * tsvectors written by the service on every change (case-segmenter.ts): `search_vector` (everything) decides
 * whether a case matches, `title_vector` and `keyword_vector` how relevant the match is (case-search.service.ts);
 * names and numbers that segmentation cuts differently fall back to a trigram index.
 */
@Entity({ tableName: 'case' })
@Index({ name: 'case_search_idx', expression: 'create index "case_search_idx" on "case" using gin ("search_vector")' })
@Index({ name: 'case_title_search_idx', expression: 'create index "case_title_search_idx" on "case" using gin ("title_vector")' })
@Index({ name: 'case_keyword_search_idx', expression: 'create index "case_keyword_search_idx" on "case" using gin ("keyword_vector")' })
@Index({ name: 'case_names_trgm_idx', expression: `create index "case_names_trgm_idx" on "case" using gin (${caseNamesSql()} gin_trgm_ops)` })
@Index({ name: 'case_listed_idx', expression: 'create index "case_listed_idx" on "case" ("listed_at" desc, "id")' })
@Unique({ name: 'case_source_complaint_unique', properties: ['sourceComplaint'] })
export class Case {
  [OptionalProps]?:
    | 'createdAt' | 'updatedAt' | 'version' | 'status' | 'tags' | 'gradeCode' | 'gradeLabel' | 'regionName' | 'sourceComplaint'
    | 'submittedAt' | 'reviewNote' | 'publishedAt' | 'publishedBy' | 'revision' | 'listedAt' | 'background' | 'handlingProcess' | 'result'
    | 'causeAnalysis' | 'lessonsLearned' | 'preventiveMeasures' | 'searchVector' | 'titleVector' | 'keywordVector';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  groupId!: string;

  @Property({ type: 'text' })
  status: CaseStatus = 'DRAFT';

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  background: string = '';

  /** 处理经过, drafted from the complaint's timeline. */
  @Property({ type: 'text' })
  handlingProcess: string = '';

  @Property({ type: 'text' })
  result: string = '';

  @Property({ type: 'text' })
  causeAnalysis: string = '';

  @Property({ type: 'text' })
  lessonsLearned: string = '';

  @Property({ type: 'text' })
  preventiveMeasures: string = '';

  @Property({ type: 'text[]', columnType: 'text[]' })
  tags: string[] = [];

  @ManyToOne(() => Category, { deleteRule: 'restrict', index: 'case_category_idx' })
  category!: Category;

  /**
   * The category's code, copied: filters on it are estimated from this column's statistics, so the planner walks
   * the newest-first index instead of scanning the table (a join to `category` hides how many rows match).
   */
  @Property({ type: 'text', index: 'case_category_code_idx' })
  categoryCode!: string;

  @Property({ type: 'text', nullable: true })
  gradeCode: string | null = null;

  @Property({ type: 'text', nullable: true })
  gradeLabel: string | null = null;

  /** The project (or region, or group for general training material) the case belongs to; editors are scoped by it. */
  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict', index: 'case_org_unit_idx' })
  orgUnit!: OrgUnit;

  /** Names as written into the case: every reader of the group sees them, whatever units they may read. */
  @Property({ type: 'text' })
  orgUnitName!: string;

  @Property({ type: 'text', nullable: true })
  regionName: string | null = null;

  /** The year the event happened (Asia/Shanghai). */
  @Property({ type: 'integer', index: 'case_year_idx' })
  year!: number;

  @ManyToOne(() => Complaint, { nullable: true, deleteRule: 'set null' })
  sourceComplaint: Complaint | null = null;

  /** A plain column: the permission rules give authors their own cases by `authorId`. */
  @Property({ type: 'uuid', index: 'case_author_idx' })
  authorId!: string;

  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  /** What the reviewer asked to change when sending the case back (退回修改); cleared when it is published. */
  @Property({ type: 'text', nullable: true })
  reviewNote: string | null = null;

  /** Indexed for the webhook fan-out, which reads newly published cases in this order. */
  @Property({ type: 'datetime', nullable: true, index: 'case_published_at_idx' })
  publishedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  publishedBy: string | null = null;

  /** 1 when first published; each edit of a published case keeps the previous text as a revision and counts up. */
  @Property({ type: 'integer', default: 1 })
  revision: number = 1;

  /** What lists without a query sort by: the publication time, the creation time before that. */
  @Property({ type: 'datetime' })
  listedAt: Date = new Date();

  /**
   * Written by the service with every change of the texts (case-segmenter.ts); never loaded with the entity. A
   * ready `tsvector` literal (see TsvectorLiteralType).
   */
  @Property({ type: TsvectorLiteralType, lazy: true, hidden: true })
  searchVector: string = '';

  /** Title and tags: a match here is the most relevant kind (search tier 2). */
  @Property({ type: TsvectorLiteralType, lazy: true, hidden: true })
  titleVector: string = '';

  /** The body's key words (TF-IDF): a match here is about the subject, not a passing mention (tier 1). */
  @Property({ type: TsvectorLiteralType, lazy: true, hidden: true })
  keywordVector: string = '';

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}
