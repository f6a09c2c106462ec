import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../graphql/node.js';
import { OrgUnit } from '../org/org-unit.entity.js';

/**
 * A person who signs in. `orgUnit` is where the person belongs (所属组织): it decides who may see and manage the
 * account; what the person may do comes from role assignments.
 */
@ObjectType('User', { implements: NodeInterface, description: '用户' })
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version' | 'active' | 'phone';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  /** Stored lower-case so `Admin` and `admin` are one account. */
  @Field(() => String)
  @Property({ type: 'text', unique: 'app_user_login_unique' })
  login!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict', index: 'app_user_org_unit_idx' })
  orgUnit!: OrgUnit;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}
