import {
  CHANNELS,
  COMPLAINT_FLAGS,
  COMPLAINT_KINDS,
  ESCALATION_REASONS,
  EXEMPTION_REASONS,
  STAFF_RETURN_VISIT_METHODS,
  type Channel,
  type ComplaintFlag,
  type ComplaintKind,
  type ComplaintState,
  type EscalationReason,
  type ExemptionReason,
  ExternalReviewMethod,
  type ReturnVisitMethod,
} from '@kesu/domain';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { ComplaintKindEnum } from '../category/complaint-kind.enum.js';
import { ComplaintFlagEnum } from '../grading/complaint-flag.enum.js';
import { fields } from '../graphql/validation.js';
import { DecimalScalar } from '../graphql/scalars.js';
import {
  ChannelEnum,
  ComplaintStatusEnum,
  EscalationReasonEnum,
  ExemptionReasonEnum,
  ExternalReviewMethodEnum,
  ReturnVisitMethodEnum,
} from './complaint.enums.js';
import { ComplaintType } from './complaint.types.js';

const enumOf = <T extends string>(values: readonly T[]) => z.enum(values as [T, ...T[]]);
const yuan = z
  .string()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, '金额须为不超过两位小数的非负数，如 2000.00');
const reason = (label: string) => z.string().trim().min(1, `${label}不能为空`).max(2000, `${label}不能超过 2000 个字符`);
const note = z.string().trim().max(2000, '说明不能超过 2000 个字符').nullish();

@InputType()
export class ComplaintCustomerInput {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true, description: '房号，如 3 栋 1201' }) room?: string | null;
}

@InputType()
export class CreateComplaintInput {
  @Field(() => ComplaintKindEnum) kind!: ComplaintKind;
  @Field(() => ID, { description: '投诉涉及的项目（或物业服务中心）' }) projectId!: string;
  @Field(() => ChannelEnum) channel!: Channel;
  @Field(() => String) categoryCode!: string;
  @Field(() => String) title!: string;
  @Field(() => String) description!: string;
  @Field(() => Date) receivedAt!: Date;
  @Field(() => [ComplaintCustomerInput]) customers!: ComplaintCustomerInput[];
  @Field(() => Int, { nullable: true, description: '涉及户数；群诉填写总户数，默认为客户人数' }) householdCount?: number | null;
  @Field(() => DecimalScalar, { nullable: true, description: '赔付或处理金额（元）' }) compensationAmount?: string | null;
  @Field(() => [ComplaintFlagEnum], { nullable: true }) flags?: ComplaintFlag[] | null;
  @Field(() => String, { nullable: true, description: '幂等键：24 小时内相同键相同内容返回同一投诉' }) idempotencyKey?: string | null;
}

export const createComplaintSchema = z.object({
  kind: enumOf(COMPLAINT_KINDS),
  projectId: z.string(),
  channel: enumOf(CHANNELS),
  categoryCode: z.string().trim().min(1, '请选择分类'),
  title: fields.name('标题', 200),
  description: z.string().trim().min(1, '描述不能为空').max(10_000, '描述不能超过 10000 个字符'),
  receivedAt: z.date({ error: '受理时间不正确' }),
  customers: z
    .array(
      z.object({
        name: fields.name('客户姓名', 50),
        phone: fields.phone().nullish(),
        room: z.string().trim().max(50, '房号不能超过 50 个字符').nullish(),
      }),
    )
    .min(1, '至少填写一位客户')
    .max(200, '一次最多登记 200 位客户'),
  householdCount: z.number().int('涉及户数必须是整数').min(1, '涉及户数至少为 1').max(100_000, '涉及户数过大').nullish(),
  compensationAmount: yuan.nullish(),
  flags: z.array(enumOf(COMPLAINT_FLAGS)).max(COMPLAINT_FLAGS.length).nullish(),
  idempotencyKey: z.string().trim().min(1).max(100, '幂等键不能超过 100 个字符').nullish(),
});

@InputType()
export class ComplaintFilter {
  @Field(() => [ComplaintStatusEnum], { nullable: true }) status?: ComplaintState[] | null;
  @Field(() => [ComplaintKindEnum], { nullable: true }) kind?: ComplaintKind[] | null;
  @Field(() => [String], { nullable: true }) gradeCodes?: string[] | null;
  @Field(() => [String], { nullable: true }) categoryCodes?: string[] | null;
  @Field(() => ID, { nullable: true, description: '该组织单元（含下级）的投诉' }) orgUnitId?: string | null;
  @Field(() => Boolean, { nullable: true }) overdue?: boolean | null;
  @Field(() => Date, { nullable: true }) receivedFrom?: Date | null;
  @Field(() => Date, { nullable: true }) receivedTo?: Date | null;
  @Field(() => String, { nullable: true, description: '搜索编号、标题、描述、客户姓名' }) search?: string | null;
}

/** Every transition names the complaint and the version the caller last saw (stale → CONFLICT). */
@InputType('ComplaintTransitionBase', { description: '不单独使用：每个投诉操作的共同字段' })
abstract class TransitionInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
}
const transition = { id: z.string(), version: z.number().int() };

@InputType()
export class RespondToComplaintInput extends TransitionInput {
  @Field(() => String, { nullable: true, description: '响应说明（联系了谁、约定了什么）' }) note?: string | null;
}
export const respondSchema = z.object({ ...transition, note });

@InputType()
export class StartHandlingInput extends TransitionInput {
  @Field(() => String, { nullable: true, description: '处理方案' }) plan?: string | null;
}
export const startHandlingSchema = z.object({ ...transition, plan: note });

@InputType()
export class EscalateComplaintInput extends TransitionInput {
  @Field(() => EscalationReasonEnum) reason!: EscalationReason;
  @Field(() => String, { nullable: true }) note?: string | null;
}
export const escalateSchema = z.object({ ...transition, reason: enumOf(ESCALATION_REASONS), note });

@InputType()
export class StartInternalReviewInput extends TransitionInput {
  @Field(() => String, { nullable: true, description: '内部评审记录' }) note?: string | null;
}
export const internalReviewSchema = z.object({ ...transition, note });

@InputType()
export class StartExternalReviewInput extends TransitionInput {
  @Field(() => ExternalReviewMethodEnum) method!: ExternalReviewMethod;
  @Field(() => String, { nullable: true }) note?: string | null;
}
export const externalReviewSchema = z.object({ ...transition, method: enumOf(Object.values(ExternalReviewMethod)), note });

@InputType()
export class ConcludeComplaintInput extends TransitionInput {
  @Field(() => Boolean, { description: '处理决定与方案已审批且可执行（CG §3.2）' }) planApproved!: boolean;
  @Field(() => Int, { description: '接受方案的投诉户数' }) acceptingHouseholds!: number;
  @Field(() => Boolean, { nullable: true, description: '仲裁裁决或判决（外部评审时）' }) bindingDecision?: boolean | null;
  @Field(() => Int, { nullable: true, description: '客户对处理结果的确认评分 1–5' }) confirmationScore?: number | null;
  @Field(() => String, { nullable: true }) summary?: string | null;
}
export const concludeSchema = z.object({
  ...transition,
  planApproved: z.boolean(),
  acceptingHouseholds: z.number().int().min(0, '接受方案的户数不能为负'),
  bindingDecision: z.boolean().nullish(),
  confirmationScore: z.number().int().min(1, '评分为 1–5').max(5, '评分为 1–5').nullish(),
  summary: note,
});

@InputType()
export class RecordReturnVisitInput extends TransitionInput {
  @Field(() => ReturnVisitMethodEnum) method!: ReturnVisitMethod;
  @Field(() => Int, { description: '满意度 1–5' }) score!: number;
  @Field(() => String, { nullable: true, description: '服务质量' }) serviceQuality?: string | null;
  @Field(() => String, { nullable: true, description: '服务效果' }) serviceEffect?: string | null;
  @Field(() => String, { nullable: true, description: '不足之处' }) shortcomings?: string | null;
  @Field(() => String, { nullable: true, description: '意见建议' }) suggestions?: string | null;
}
export const returnVisitSchema = z.object({
  ...transition,
  method: enumOf(STAFF_RETURN_VISIT_METHODS),
  score: z.number().int('评分必须是整数').min(1, '评分为 1–5').max(5, '评分为 1–5'),
  serviceQuality: note,
  serviceEffect: note,
  shortcomings: note,
  suggestions: note,
});

@InputType()
export class SubmitOwnerRatingInput extends TransitionInput {
  @Field(() => Int, { description: '满意度评分 1–5' }) score!: number;
  @Field(() => String, { nullable: true, description: '业主留言' }) comment?: string | null;
}
export const ownerRatingSchema = z.object({
  ...transition,
  score: z.number().int('评分必须是整数').min(1, '评分为 1–5').max(5, '评分为 1–5'),
  comment: note,
});

@InputType()
export class ReopenComplaintInput extends TransitionInput {
  @Field(() => String) reason!: string;
}
export const reopenSchema = z.object({ ...transition, reason: reason('重新处理原因') });

@InputType()
export class ExtendComplaintDeadlineInput extends TransitionInput {
  @Field(() => Date, { description: '新的处理期限' }) newDueAt!: Date;
  @Field(() => String) reason!: string;
}
export const extendSchema = z.object({ ...transition, newDueAt: z.date(), reason: reason('延期原因') });

@InputType()
export class ExemptComplaintDeadlineInput extends TransitionInput {
  @Field(() => ExemptionReasonEnum) reason!: ExemptionReason;
  @Field(() => String) note!: string;
  @Field(() => DecimalScalar, { nullable: true, description: '物资采购金额（元）' }) purchaseAmount?: string | null;
}
export const exemptSchema = z.object({ ...transition, reason: enumOf(EXEMPTION_REASONS), note: reason('豁免说明'), purchaseAmount: yuan.nullish() });

@InputType()
export class OverrideComplaintGradeInput extends TransitionInput {
  @Field(() => String) gradeCode!: string;
  @Field(() => String) reason!: string;
}
export const overrideGradeSchema = z.object({ ...transition, gradeCode: z.string().trim().min(1), reason: reason('调整原因') });

@InputType()
export class MarkComplaintInvalidInput extends TransitionInput {
  @Field(() => String) reason!: string;
}
export const invalidSchema = z.object({ ...transition, reason: reason('无效原因') });

@InputType()
export class ConvertWarningToComplaintInput extends TransitionInput {
  @Field(() => String, { nullable: true }) note?: string | null;
}
export const convertSchema = z.object({ ...transition, note });

@InputType()
export class ReclassifyComplaintInput extends TransitionInput {
  @Field(() => ComplaintKindEnum, { description: 'COMPLAINT 或 DEMAND' }) toKind!: ComplaintKind;
  @Field(() => String) categoryCode!: string;
  @Field(() => String) reason!: string;
}
export const reclassifySchema = z.object({
  ...transition,
  toKind: z.enum(['COMPLAINT', 'DEMAND'], { error: '只能改划为投诉或需求' }),
  categoryCode: z.string().trim().min(1, '请选择新分类'),
  reason: reason('改划原因'),
});

@InputType()
export class ArchiveComplaintInput extends TransitionInput {
  @Field(() => String, { nullable: true, description: '预警解除或回访不满意仍归档时必填' }) reason?: string | null;
}
export const archiveSchema = z.object({ ...transition, reason: note });

@ObjectType()
export class ComplaintPayload {
  @Field(() => ComplaintType) complaint!: ComplaintType;
}
