import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { fields } from '../graphql/validation.js';
import { CASE_STATUSES, CaseStatusEnum, type CaseStatus } from './case.enums.js';
import { CaseType } from './case.types.js';

const body = (label: string) => z.string().trim().max(20_000, `${label}不能超过 20000 个字符`);
const tags = z.array(z.string().trim().min(1, '标签不能为空').max(20, '标签不能超过 20 个字符')).max(20, '标签最多 20 个');
const year = z.number().int('年份须为整数').min(1990, '年份不正确').max(2100, '年份不正确');

@InputType()
export class CaseFilter {
  @Field(() => String, { nullable: true, description: '全文检索（中文分词）；空格分隔的多个词须同时出现，一个词内的各部分须相邻' }) query?: string | null;
  @Field(() => [String], { nullable: true }) categoryCodes?: string[] | null;
  @Field(() => [String], { nullable: true }) gradeCodes?: string[] | null;
  @Field(() => [String], { nullable: true, description: '含任一标签' }) tags?: string[] | null;
  @Field(() => ID, { nullable: true, description: '该组织单元（含下级）的案例' }) orgUnitId?: string | null;
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => [CaseStatusEnum], { nullable: true, description: '默认：调用者可见的全部状态' }) status?: CaseStatus[] | null;
}
export const caseFilterSchema = z.object({
  query: z.string().max(200, '查询词不能超过 200 个字符').nullish(),
  categoryCodes: z.array(z.string()).max(50).nullish(),
  gradeCodes: z.array(z.string()).max(50).nullish(),
  tags: z.array(z.string()).max(20).nullish(),
  orgUnitId: z.string().nullish(),
  year: year.nullish(),
  status: z.array(z.enum(CASE_STATUSES as [CaseStatus, ...CaseStatus[]])).nullish(),
});

@InputType()
export class CreateCaseFromComplaintInput {
  @Field(() => ID, { description: '已完结的投诉' }) complaintId!: string;
}
export const fromComplaintSchema = z.object({ complaintId: z.string() });

@InputType({ description: '手写案例（培训材料）' })
export class CreateCaseInput {
  @Field(() => ID, { description: '案例所属的项目、区域或集团' }) orgUnitId!: string;
  @Field(() => String) categoryCode!: string;
  @Field(() => String, { nullable: true }) gradeCode?: string | null;
  @Field(() => Int) year!: number;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) background?: string | null;
  @Field(() => String, { nullable: true }) handlingProcess?: string | null;
  @Field(() => String, { nullable: true }) result?: string | null;
  @Field(() => String, { nullable: true }) causeAnalysis?: string | null;
  @Field(() => String, { nullable: true }) lessonsLearned?: string | null;
  @Field(() => String, { nullable: true }) preventiveMeasures?: string | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
}
export const createCaseSchema = z.object({
  orgUnitId: z.string(),
  categoryCode: z.string().trim().min(1, '请选择分类'),
  gradeCode: z.string().trim().min(1).nullish(),
  year,
  title: fields.name('标题', 200),
  background: body('事件背景').nullish(),
  handlingProcess: body('处理经过').nullish(),
  result: body('处理结果').nullish(),
  causeAnalysis: body('原因分析').nullish(),
  lessonsLearned: body('经验教训').nullish(),
  preventiveMeasures: body('预防措施').nullish(),
  tags: tags.nullish(),
});

@InputType({ description: '只改给出的字段；已发布的案例修改后旧版本保留' })
export class UpdateCaseInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) categoryCode?: string | null;
  @Field(() => String, { nullable: true }) gradeCode?: string | null;
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) background?: string | null;
  @Field(() => String, { nullable: true }) handlingProcess?: string | null;
  @Field(() => String, { nullable: true }) result?: string | null;
  @Field(() => String, { nullable: true }) causeAnalysis?: string | null;
  @Field(() => String, { nullable: true }) lessonsLearned?: string | null;
  @Field(() => String, { nullable: true }) preventiveMeasures?: string | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
}
export const updateCaseSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  categoryCode: z.string().trim().min(1, '请选择分类').nullish(),
  gradeCode: z.string().trim().min(1).nullish(),
  year: year.nullish(),
  title: fields.name('标题', 200).nullish(),
  background: body('事件背景').nullish(),
  handlingProcess: body('处理经过').nullish(),
  result: body('处理结果').nullish(),
  causeAnalysis: body('原因分析').nullish(),
  lessonsLearned: body('经验教训').nullish(),
  preventiveMeasures: body('预防措施').nullish(),
  tags: tags.nullish(),
});

@InputType()
export class SubmitCaseForReviewInput {
  @Field(() => ID) id!: string;
}

@InputType()
export class PublishCaseInput {
  @Field(() => ID) id!: string;
}
export const caseIdSchema = z.object({ id: z.string() });

@InputType({ description: '审核不通过，退回作者修改' })
export class ReturnCaseToDraftInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: '修改意见（必填，作者可见）' }) note!: string;
}
export const returnCaseSchema = z.object({ id: z.string(), note: z.string().trim().min(1, '请填写修改意见').max(2000, '修改意见不能超过 2000 字') });

@ObjectType()
export class CasePayload {
  @Field(() => CaseType) case!: CaseType;
}
