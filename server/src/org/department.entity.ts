import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { DEPARTMENT_TYPE_LABELS, type DepartmentType } from '@kesu/domain';
import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from '../graphql/node.js';
import { DepartmentTypeEnum } from './org.enums.js';
import { OrgUnit } from './org-unit.entity.js';

/** A professional department (客户关系, 工程, …) of one org unit; at most one of each type per unit. */
@ObjectType('Department', { implements: NodeInterface, description: '专业部门' })
@Entity({ tableName: 'department' })
@Unique({ name: 'department_unit_type_unique', properties: ['orgUnit', 'type'] })
export class Department {
  [OptionalProps]?: 'createdAt' | 'typeLabel';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => OrgUnit, { deleteRule: 'cascade' })
  orgUnit!: OrgUnit;

  @Field(() => DepartmentTypeEnum)
  @Property({ type: 'text' })
  type!: DepartmentType;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String)
  get typeLabel(): string {
    return DEPARTMENT_TYPE_LABELS[this.type];
  }

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
