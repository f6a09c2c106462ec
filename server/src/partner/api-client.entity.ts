import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { ApiScope } from '@kesu/permissions';
import { Field, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../graphql/node.js';
import { User } from '../identity/user.entity.js';
import { OrgUnit } from '../org/org-unit.entity.js';

/**
 * A partner app (合作方应用: a call-centre vendor, a sales app, the property app) calling the API with a key. Its
 * rules come from its scopes over the subtree of `orgUnit`, like a person's from their grants. Only a SHA-256 of
 * the key is kept: keys are 192 random bits, so a fast hash is as safe as a slow one and costs nothing per request.
 */
@ObjectType('ApiClient', { implements: NodeInterface, description: '合作方应用（API 客户端）' })
@Entity({ tableName: 'api_client' })
export class ApiClient {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version' | 'revokedAt' | 'lastUsedAt' | 'createdBy' | 'costPerMinute' | 'costPerHour' | 'persistedOnly';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @ManyToOne(() => OrgUnit, { deleteRule: 'restrict', index: 'api_client_org_unit_idx' })
  orgUnit!: OrgUnit;

  @Field(() => [String], { description: '授权范围，如 complaints:read' })
  @Property({ type: 'text[]' })
  scopes!: ApiScope[];

  /** hex SHA-256 of the whole key; the look-up on every request. */
  @Property({ type: 'text', unique: 'api_client_key_hash_unique', hidden: true })
  keyHash!: string;

  /** The key's first characters, shown in lists so people can tell keys apart (`ksk_3fA9…`). */
  @Field(() => String, { description: '密钥开头几位，用于辨认；完整密钥只在创建或轮换时显示一次' })
  @Property({ type: 'text' })
  keyPrefix!: string;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy: User | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** Revoked keys are refused from the next request on; the row stays for the audit trail and its deliveries. */
  @Field(() => Date, { nullable: true, description: '吊销时间；吊销后立即拒绝该密钥' })
  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  /** Written at most once a minute per client (see api-client.service.ts), not on every request. */
  @Field(() => Date, { nullable: true, description: '最近使用时间（精确到分钟）' })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null = null;

  /** Cost budgets (GraphQL cost points); null means the server's default. */
  @Field(() => Int, { nullable: true, description: '每分钟查询成本额度；为空时用系统默认值' })
  @Property({ type: 'integer', nullable: true })
  costPerMinute: number | null = null;

  @Field(() => Int, { nullable: true, description: '每小时查询成本额度；为空时用系统默认值' })
  @Property({ type: 'integer', nullable: true })
  costPerHour: number | null = null;

  /** Only operations registered for this client (by hash) may run: no free-form queries. */
  @Field(() => Boolean, { description: '只允许运行已登记的查询（持久化查询）' })
  @Property({ type: 'boolean', default: false })
  persistedOnly: boolean = false;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}
