import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { GradeScheme, TimeLimitSettings } from '@kesu/domain';
import { OrgUnit } from '../org/org-unit.entity.js';
import { User } from '../identity/user.entity.js';

/**
 * One published version of the grade scheme and time limits for an org subtree (RULES.md §4, §5). Versions are
 * never edited: publishing writes a new row. The scheme that applies to a complaint is the latest version
 * effective at its received time on the nearest ancestor of its project; the complaint keeps a reference to it.
 */
@Entity({ tableName: 'grade_scheme_version' })
@Unique({ name: 'grade_scheme_version_unit_version_unique', properties: ['orgUnit', 'version'] })
@Index({ name: 'grade_scheme_version_lookup_idx', properties: ['orgUnit', 'effectiveFrom'] })
export class GradeSchemeVersion {
  [OptionalProps]?: 'publishedAt' | 'presetCode' | 'publishedBy';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict' })
  orgUnit!: OrgUnit;

  @Property({ type: 'uuid', index: 'grade_scheme_version_group_idx' })
  groupId!: string;

  /** 1, 2, 3… per org unit. */
  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'datetime' })
  effectiveFrom!: Date;

  /** The preset it was started from, if any (CG_KEY_EVENTS, XX_PROPERTY, RE_PROCEDURE). */
  @Property({ type: 'text', nullable: true })
  presetCode: string | null = null;

  @Property({ type: 'json' })
  scheme!: GradeScheme;

  @Property({ type: 'json' })
  timeLimits!: TimeLimitSettings;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  publishedBy: User | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  publishedAt: Date = new Date();
}
