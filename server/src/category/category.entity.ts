import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { DEPARTMENT_TYPE_LABELS, type CategoryDefinition, type DepartmentType } from '@kesu/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../graphql/node.js';
import { DepartmentTypeEnum } from '../org/org.enums.js';
import { TaxonomyKindEnum } from './category.enums.js';

/** One class of a group's taxonomy (RULES.md §3), mapped to the department that bears main responsibility. */
@ObjectType('Category', { implements: NodeInterface, description: '投诉/需求分类' })
@Entity({ tableName: 'category' })
@Unique({ name: 'category_group_code_unique', properties: ['groupId', 'code'] })
export class Category {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version' | 'active' | 'sortOrder' | 'departmentLabel' | 'description';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', index: 'category_group_idx' })
  groupId!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  label!: string;

  @Field(() => TaxonomyKindEnum, { description: '投诉分类（投诉与预警共用）或需求分类' })
  @Property({ type: 'text' })
  kind!: CategoryDefinition['kind'];

  @Field(() => DepartmentTypeEnum, { description: '主责部门类型' })
  @Property({ type: 'text' })
  department!: DepartmentType;

  @Field(() => String)
  get departmentLabel(): string {
    return DEPARTMENT_TYPE_LABELS[this.department];
  }

  @Field(() => String)
  @Property({ type: 'text', default: '' })
  description: string = '';

  @Field(() => Boolean, { description: '停用的分类不能用于新投诉，历史投诉仍保留' })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  sortOrder: number = 0;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}
