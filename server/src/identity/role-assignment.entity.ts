import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { ROLE_LABELS, type Role } from '@kesu/domain';
import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from '../graphql/node.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { RoleEnum } from './identity.enums.js';
import { User } from './user.entity.js';

/** "This person holds this role at this unit" — reaching the unit's whole subtree. */
@ObjectType('RoleAssignment', { implements: NodeInterface, description: '角色授权：某人在某组织单元担任某角色' })
@Entity({ tableName: 'role_assignment' })
@Unique({ name: 'role_assignment_unique', properties: ['user', 'role', 'orgUnit'] })
export class RoleAssignment {
  [OptionalProps]?: 'createdAt' | 'roleLabel';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Field(() => RoleEnum)
  @Property({ type: 'text', index: 'role_assignment_role_idx' })
  role!: Role;

  @Field(() => String)
  get roleLabel(): string {
    return ROLE_LABELS[this.role];
  }

  @ManyToOne(() => OrgUnit, { deleteRule: 'cascade', index: 'role_assignment_org_unit_idx' })
  orgUnit!: OrgUnit;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
