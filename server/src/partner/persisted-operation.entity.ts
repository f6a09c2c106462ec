import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from '../graphql/node.js';
import { User } from '../identity/user.entity.js';
import { ApiClient } from './api-client.entity.js';

/**
 * An operation registered for one partner app, called by the SHA-256 of its exact text (Apollo's persisted-query
 * shape). A `persistedOnly` app may run nothing else; registering is an admin's act, never the app's own.
 */
@ObjectType('PersistedOperation', { implements: NodeInterface, description: '为合作方应用登记的持久化查询' })
@Entity({ tableName: 'persisted_operation' })
@Unique({ name: 'persisted_operation_client_sha256_unique', properties: ['client', 'sha256'] })
export class PersistedOperation {
  [OptionalProps]?: 'createdAt' | 'createdBy';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ApiClient, { deleteRule: 'cascade' })
  client!: ApiClient;

  @Field(() => String, { description: '名称，便于辨认，如 ComplaintList' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: '查询原文（UTF-8）的 SHA-256，十六进制小写；调用时放在 extensions.persistedQuery.sha256Hash' })
  @Property({ type: 'text' })
  sha256!: string;

  @Field(() => String, { description: '查询原文' })
  @Property({ type: 'text' })
  query!: string;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy: User | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
