import { COMPLAINT_FLAGS, COMPLAINT_KINDS, GRADE_SCHEME_PRESETS } from '@kesu/domain';
import type { ComplaintFlag, ComplaintKind, GradeSchemePreset } from '@kesu/domain';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { ComplaintKindEnum } from '../category/complaint-kind.enum.js';
import { DateTimeScalar, DecimalScalar } from '../graphql/scalars.js';
import { fields } from '../graphql/validation.js';
import { ComplaintFlagEnum } from './complaint-flag.enum.js';
import { GradeSchemeVersionType } from './grade-scheme.types.js';
import { GradeSchemePresetEnum } from './grading.enums.js';

const kind = z.enum(COMPLAINT_KINDS as [ComplaintKind, ...ComplaintKind[]]);
const flag = z.enum(COMPLAINT_FLAGS as [ComplaintFlag, ...ComplaintFlag[]]);
const positiveInt = (label: string, max: number) =>
  z.number().int(`${label}须为整数`).min(1, `${label}须为正整数`).max(max, `${label}不能超过 ${max}`);

@InputType()
export class TimeLimitsInput {
  @Field(() => Int) complaintReturnVisitHours!: number;
  @Field(() => Int) demandReturnVisitHours!: number;
  @Field(() => Int) accountabilityWorkingDays!: number;
  @Field(() => Int) maxDeadlineExtensions!: number;
  @Field(() => DecimalScalar) exemptionPurchaseThreshold!: string;
}
const timeLimitsSchema = z.object({
  complaintReturnVisitHours: positiveInt('投诉回访时限（小时）', 24 * 30),
  demandReturnVisitHours: positiveInt('需求回访时限（小时）', 24 * 30),
  accountabilityWorkingDays: positiveInt('问责时限（工作日）', 365),
  maxDeadlineExtensions: z.number().int('延期次数须为整数').min(0, '延期次数不能为负数').max(10, '延期次数不能超过 10'),
  exemptionPurchaseThreshold: z.string(),
});

@InputType()
export class PublishGradeSchemeInput {
  @Field(() => ID, { description: '方案适用的组织单元（及其全部下级）' }) orgUnitId!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: '生效时间，默认立即；不能早于当前时间 1 分钟以上' })
  effectiveFrom?: Date | null;
  @Field(() => GradeSchemePresetEnum, {
    nullable: true,
    description: '基于的预设方案；未填写 grades 等字段时整体采用该预设',
  })
  presetCode?: GradeSchemePreset | null;
  @Field(() => String, { nullable: true, description: '方案名称；默认为预设名称' }) name?: string | null;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: '等级列表（JSON，与 gradeSchemePresets.scheme.grades 结构相同）；未选择预设时必填',
  })
  grades?: unknown;
  @Field(() => String, { nullable: true, description: '未命中任何规则时的等级编码；默认取预设的' }) defaultGradeCode?: string | null;
  @Field(() => [ComplaintKindEnum], { nullable: true, description: '参与分级的记录类型；默认取预设的，无预设时为全部' })
  gradedKinds?: ComplaintKind[] | null;
  @Field(() => TimeLimitsInput, { nullable: true, description: '时限设置；默认沿用该单元当前适用的设置' })
  timeLimits?: TimeLimitsInput | null;
}
/** The fields that make up a scheme (as opposed to when it applies): shared by publishing and the impact preview. */
const schemeDraftFields = {
  presetCode: z.enum(GRADE_SCHEME_PRESETS as [GradeSchemePreset, ...GradeSchemePreset[]]).nullish(),
  name: fields.name('方案名称', 100).nullish(),
  grades: z.unknown().optional(),
  defaultGradeCode: z.string().trim().min(1, '默认等级不能为空').nullish(),
  gradedKinds: z.array(kind).min(1, '参与分级的记录类型不能为空列表').nullish(),
};
export const publishGradeSchemeSchema = z.object({
  orgUnitId: z.string(),
  effectiveFrom: z.date().nullish(),
  ...schemeDraftFields,
  timeLimits: timeLimitsSchema.nullish(),
});
/** A scheme draft as `publishGradeScheme` reads it, before validation against the domain (`validateSchemeDraft`). */
export type GradeSchemeDraft = Pick<z.output<typeof publishGradeSchemeSchema>, keyof typeof schemeDraftFields>;

@ObjectType()
export class PublishGradeSchemePayload {
  @Field(() => GradeSchemeVersionType) gradeScheme!: unknown;
}

@InputType()
export class PreviewGradeInput {
  @Field(() => ID, { description: '投诉所属的项目或其他组织单元；按其适用的分级方案评级' }) orgUnitId!: string;
  @Field(() => String, { nullable: true, description: '分类编码' }) categoryCode?: string | null;
  @Field(() => ComplaintKindEnum, { nullable: true, description: '记录类型，默认为客户投诉' }) kind?: ComplaintKind | null;
  @Field(() => Int, { nullable: true, description: '涉及户数，默认 1' }) householdCount?: number | null;
  @Field(() => DecimalScalar, { nullable: true, description: '涉及金额（元）' }) compensationAmount?: string | null;
  @Field(() => [ComplaintFlagEnum], { nullable: true }) flags?: ComplaintFlag[] | null;
  @Field(() => Boolean, { nullable: true, description: '已超过规定期限仍未形成最终解决方案' }) overdue?: boolean | null;
  @Field(() => DateTimeScalar, { nullable: true, description: '按该时间生效的方案评级（如受理时间），默认现在' }) at?: Date | null;
}
export const previewGradeSchema = z.object({
  orgUnitId: z.string(),
  categoryCode: z.string().trim().max(50, '分类编码不能超过 50 个字符').nullish(),
  kind: kind.nullish(),
  householdCount: z.number().int('涉及户数必须是非负整数').min(0, '涉及户数必须是非负整数').max(1_000_000, '涉及户数不能超过 1000000').nullish(),
  compensationAmount: z.string().nullish(),
  flags: z.array(flag).nullish(),
  overdue: z.boolean().nullish(),
  at: z.date().nullish(),
});

/** How many months back the impact preview looks by default, and at most. */
export const IMPACT_MONTHS = { default: 3, max: 12 } as const;

@InputType({ description: '用分级方案草案重新评定近期记录的参数：草案字段与 PublishGradeSchemeInput 相同，按发布时的规则校验' })
export class GradeSchemeImpactInput {
  @Field(() => ID, { description: '草案将要发布到的组织单元（及其全部下级）' }) orgUnitId!: string;
  @Field(() => GradeSchemePresetEnum, {
    nullable: true,
    description: '基于的预设方案；未填写 grades 等字段时整体采用该预设',
  })
  presetCode?: GradeSchemePreset | null;
  @Field(() => String, { nullable: true, description: '方案名称；不影响评级，仅按发布时的规则校验' }) name?: string | null;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: '等级列表（JSON，与 gradeSchemePresets.scheme.grades 结构相同）；未选择预设时必填',
  })
  grades?: unknown;
  @Field(() => String, { nullable: true, description: '未命中任何规则时的等级编码；默认取预设的' }) defaultGradeCode?: string | null;
  @Field(() => [ComplaintKindEnum], { nullable: true, description: '参与分级的记录类型；默认取预设的，无预设时为全部' })
  gradedKinds?: ComplaintKind[] | null;
  @Field(() => Int, {
    nullable: true,
    defaultValue: IMPACT_MONTHS.default,
    description: `统计最近几个月受理的记录（1–${IMPACT_MONTHS.max}），默认 ${IMPACT_MONTHS.default}`,
  })
  months?: number | null;
}
export const gradeSchemeImpactSchema = z.object({
  orgUnitId: z.string(),
  ...schemeDraftFields,
  months: z
    .number()
    .int('月数须为整数')
    .min(1, '月数不能少于 1')
    .max(IMPACT_MONTHS.max, `月数不能超过 ${IMPACT_MONTHS.max}`)
    .nullish(),
});
