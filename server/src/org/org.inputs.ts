import { DEPARTMENT_TYPES, ORG_LEVELS, type DepartmentType, type OrgLevel } from '@kesu/domain';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { fields } from '../graphql/validation.js';
import { DepartmentTypeEnum, OrgLevelEnum } from './org.enums.js';
import { OrgUnit } from './org-unit.entity.js';
import { Department } from './department.entity.js';

@InputType()
export class OrgUnitFilter {
  @Field(() => ID, { nullable: true, description: '只列出该单元的直接下级' })
  parentId?: string | null;

  @Field(() => OrgLevelEnum, { nullable: true })
  level?: OrgLevel | null;

  @Field(() => String, { nullable: true, description: '按名称或编码搜索' })
  search?: string | null;
}

@InputType()
export class CreateOrgUnitInput {
  @Field(() => ID) parentId!: string;
  @Field(() => OrgLevelEnum) level!: OrgLevel;
  @Field(() => String) name!: string;
  @Field(() => String) code!: string;
}
export const createOrgUnitSchema = z.object({
  parentId: z.string(),
  level: z.enum(ORG_LEVELS as [OrgLevel, ...OrgLevel[]]),
  name: fields.name('名称'),
  code: fields.code(),
});

@InputType()
export class UpdateOrgUnitInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => Int, { nullable: true, description: '读取时的版本；填写后若已被他人修改则返回 CONFLICT' })
  version?: number | null;
}
export const updateOrgUnitSchema = z.object({
  id: z.string(),
  name: fields.name('名称').nullish(),
  code: fields.code().nullish(),
  version: z.number().int().nullish(),
});

@InputType()
export class MoveOrgUnitInput {
  @Field(() => ID) id!: string;
  @Field(() => ID) newParentId!: string;
}

@InputType()
export class DeleteOrgUnitInput {
  @Field(() => ID) id!: string;
}

@InputType()
export class CreateDepartmentInput {
  @Field(() => ID) orgUnitId!: string;
  @Field(() => DepartmentTypeEnum) type!: DepartmentType;
  @Field(() => String, { nullable: true, description: '默认为部门类型的中文名' }) name?: string | null;
}
export const createDepartmentSchema = z.object({
  orgUnitId: z.string(),
  type: z.enum(DEPARTMENT_TYPES as [DepartmentType, ...DepartmentType[]]),
  name: fields.name('部门名称').nullish(),
});

@InputType()
export class DeleteDepartmentInput {
  @Field(() => ID) id!: string;
}

@ObjectType()
export class OrgUnitPayload {
  @Field(() => OrgUnit) orgUnit!: OrgUnit;
}

@ObjectType()
export class DeleteOrgUnitPayload {
  @Field(() => ID) deletedId!: string;
}

@ObjectType()
export class DepartmentPayload {
  @Field(() => Department) department!: Department;
}
