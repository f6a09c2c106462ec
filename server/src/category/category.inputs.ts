import { DEPARTMENT_TYPES, type CategoryDefinition, type DepartmentType } from '@kesu/domain';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { fields } from '../graphql/validation.js';
import { DepartmentTypeEnum } from '../org/org.enums.js';
import { Category } from './category.entity.js';
import { TaxonomyKindEnum } from './category.enums.js';

const department = z.enum(DEPARTMENT_TYPES as [DepartmentType, ...DepartmentType[]]);
const description = z.string().trim().max(500, '说明不能超过 500 个字符');
const sortOrder = z.number().int('排序须为整数').min(0, '排序不能为负数').max(100_000, '排序不能超过 100000');

@InputType()
export class CreateCategoryInput {
  @Field(() => String, { description: '编码，集团内唯一，创建后不能修改' }) code!: string;
  @Field(() => String) label!: string;
  @Field(() => TaxonomyKindEnum, { description: '投诉分类（投诉与预警共用）或需求分类；创建后不能修改' })
  kind!: CategoryDefinition['kind'];
  @Field(() => DepartmentTypeEnum, { description: '主责部门类型' }) department!: DepartmentType;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Int, { nullable: true, description: '排序，小的在前；默认排在同一分类体系的最后' }) sortOrder?: number | null;
}
export const createCategorySchema = z.object({
  code: fields.code(),
  label: fields.name('分类名称', 50),
  kind: z.enum(['COMPLAINT', 'DEMAND']),
  department,
  description: description.nullish(),
  sortOrder: sortOrder.nullish(),
});

@InputType()
export class UpdateCategoryInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '读取时的版本；已被他人修改时返回 CONFLICT' }) version!: number;
  @Field(() => String, { nullable: true }) label?: string | null;
  @Field(() => DepartmentTypeEnum, { nullable: true }) department?: DepartmentType | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Boolean, { nullable: true, description: '停用后不能用于新投诉，历史投诉保留' }) active?: boolean | null;
  @Field(() => Int, { nullable: true }) sortOrder?: number | null;
}
export const updateCategorySchema = z.object({
  id: z.string(),
  version: z.number().int(),
  label: fields.name('分类名称', 50).nullish(),
  department: department.nullish(),
  description: description.nullish(),
  active: z.boolean().nullish(),
  sortOrder: sortOrder.nullish(),
});

@ObjectType()
export class CategoryPayload {
  @Field(() => Category) category!: Category;
}
