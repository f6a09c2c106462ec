import { API_SCOPES, type ApiScope } from '@kesu/permissions';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { fields } from '../graphql/validation.js';
import { ApiClient } from './api-client.entity.js';

/** Budgets stay within what one app can sensibly use; an admin who needs more raises the server default. */
const MAX_COST_PER_MINUTE = 1_000_000;

const scopes = z
  .array(z.enum(API_SCOPES as unknown as [ApiScope, ...ApiScope[]], { message: `授权范围只能是 ${API_SCOPES.join('、')}` }))
  .min(1, '至少选择一个授权范围')
  .transform((list) => [...new Set(list)]);
const budget = (label: string) => z.number().int(`${label}应为整数`).min(1, `${label}至少为 1`).max(MAX_COST_PER_MINUTE * 60, `${label}过大`).nullish();

@InputType()
export class CreateApiClientInput {
  @Field(() => String, { description: '应用名称，如“某呼叫中心”' }) name!: string;
  @Field(() => ID, { description: '应用可以访问的组织单元（含下级）' }) orgUnitId!: string;
  @Field(() => [String], { description: `授权范围：${API_SCOPES.join(' ')}` }) scopes!: string[];
  @Field(() => Int, { nullable: true, description: '每分钟成本额度；为空用系统默认值' }) costPerMinute?: number | null;
  @Field(() => Int, { nullable: true, description: '每小时成本额度；为空用系统默认值' }) costPerHour?: number | null;
  @Field(() => Boolean, { nullable: true, description: '只允许运行已登记的查询' }) persistedOnly?: boolean | null;
}
export const createApiClientSchema = z.object({
  name: fields.name('应用名称', 100),
  orgUnitId: z.string(),
  scopes,
  costPerMinute: budget('每分钟额度'),
  costPerHour: budget('每小时额度'),
  persistedOnly: z.boolean().nullish(),
});

@InputType()
export class UpdateApiClientInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '读到的版本；已被他人修改时返回 CONFLICT' }) version!: number;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => [String], { nullable: true }) scopes?: string[] | null;
  @Field(() => Int, { nullable: true }) costPerMinute?: number | null;
  @Field(() => Int, { nullable: true }) costPerHour?: number | null;
  @Field(() => Boolean, { nullable: true }) persistedOnly?: boolean | null;
}
export const updateApiClientSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  name: fields.name('应用名称', 100).nullish(),
  scopes: scopes.nullish(),
  costPerMinute: budget('每分钟额度'),
  costPerHour: budget('每小时额度'),
  persistedOnly: z.boolean().nullish(),
});

@InputType()
export class ApiClientIdInput {
  @Field(() => ID) id!: string;
}
export const apiClientIdSchema = z.object({ id: z.string() });

@ObjectType()
export class CreateApiClientPayload {
  @Field(() => ApiClient) client!: ApiClient;
  @Field(() => String, { description: '完整密钥，只在此处出现一次；服务器只保存其摘要' }) key!: string;
}

@ObjectType()
export class ApiClientPayload {
  @Field(() => ApiClient) client!: ApiClient;
}

@InputType()
export class IssueOwnerTokenInput {
  @Field(() => String, { description: '业主手机号（应用已验证）' }) phone!: string;
  @Field(() => String, { description: '房号，如 5-801' }) room!: string;
  @Field(() => ID, { description: '业主所在项目' }) projectId!: string;
}
export const issueOwnerTokenSchema = z.object({
  phone: z.string().trim().regex(/^(\+?86[- ]?)?1\d{2}[- ]?\d{4}[- ]?\d{4}$/, '请填写 11 位手机号'),
  room: z.string().trim().min(1, '房号不能为空').max(50, '房号不能超过 50 个字符'),
  projectId: z.string(),
});

@ObjectType()
export class OwnerTokenPayload {
  @Field(() => String, { description: '业主令牌：放在 Authorization: Bearer 中，只能看到该业主自己的投诉' }) token!: string;
  @Field(() => Date) expiresAt!: Date;
}
