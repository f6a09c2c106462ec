import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { fields } from '../graphql/validation.js';
import { PersistedOperation } from './persisted-operation.entity.js';

export const MAX_OPERATIONS_PER_CALL = 100;
const MAX_QUERY_LENGTH = 100_000;

@InputType()
export class PersistedOperationInput {
  @Field(() => String, { description: '名称，如 ComplaintList' }) name!: string;
  @Field(() => String, { description: '查询原文；应用调用时所发文本的 SHA-256 须与此完全一致' }) query!: string;
}

@InputType()
export class RegisterPersistedOperationsInput {
  @Field(() => ID) clientId!: string;
  @Field(() => [PersistedOperationInput]) operations!: PersistedOperationInput[];
}
export const registerPersistedOperationsSchema = z.object({
  clientId: z.string(),
  operations: z
    .array(
      z.object({
        name: fields.name('名称', 100),
        query: z.string().min(1, '查询不能为空').max(MAX_QUERY_LENGTH, `查询不能超过 ${MAX_QUERY_LENGTH} 个字符`),
      }),
    )
    .min(1, '至少登记一个查询')
    .max(MAX_OPERATIONS_PER_CALL, `一次最多登记 ${MAX_OPERATIONS_PER_CALL} 个查询`),
});

@ObjectType()
export class RegisterPersistedOperationsPayload {
  @Field(() => [PersistedOperation], { description: '按输入顺序；已登记过的同一查询只更新名称' }) operations!: PersistedOperation[];
}

@InputType()
export class DeletePersistedOperationInput {
  @Field(() => ID) id!: string;
}
export const deletePersistedOperationSchema = z.object({ id: z.string() });

@ObjectType()
export class DeletePersistedOperationPayload {
  @Field(() => ID, { description: '已删除的持久化查询 ID' }) deletedId!: string;
}
