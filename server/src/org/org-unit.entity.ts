import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { ORG_LEVEL_LABELS, type OrgLevel } from '@kesu/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../graphql/node.js';
import { OrgLevelEnum } from './org.enums.js';

/**
 * One unit of the org hierarchy (RULES.md §1). `path` is the materialized path of ids (`/<root>/<…>/<self>/`):
 * a subtree is `path LIKE '<path>%'`, served by a `text_pattern_ops` index whatever the database collation.
 * `groupId` is the tenant root; codes are unique inside a group.
 */
@ObjectType('OrgUnit', { implements: NodeInterface, description: '组织单元（集团、区域、城市、片区、项目、物业公司、项目管理中心、物业服务中心）' })
@Entity({ tableName: 'org_unit' })
@Unique({ name: 'org_unit_group_code_unique', properties: ['groupId', 'code'] })
@Index({ name: 'org_unit_path_prefix_idx', expression: 'create index "org_unit_path_prefix_idx" on "org_unit" ("path" text_pattern_ops)' })
export class OrgUnit {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version' | 'depth' | 'levelLabel';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  code!: string;

  @Field(() => OrgLevelEnum)
  @Property({ type: 'text' })
  level!: OrgLevel;

  @Field(() => String, { description: '层级的中文名称' })
  get levelLabel(): string {
    return ORG_LEVEL_LABELS[this.level];
  }

  @ManyToOne(() => OrgUnit, { nullable: true, deleteRule: 'restrict', index: 'org_unit_parent_idx' })
  parent: OrgUnit | null = null;

  @Property({ type: 'uuid' })
  groupId!: string;

  @Property({ type: 'text', unique: 'org_unit_path_unique' })
  path!: string;

  @Field(() => Int, { description: '深度，集团为 0' })
  @Property({ type: 'integer' })
  depth: number = 0;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;

  /** Ids of the ancestors, root first, excluding this unit: read straight off the path. */
  ancestorIds(): string[] {
    return this.path.split('/').filter(Boolean).slice(0, -1);
  }
}
