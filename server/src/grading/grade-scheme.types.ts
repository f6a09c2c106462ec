import type { ComplaintKind, GradeSchemePreset, OrgLevel } from '@kesu/domain';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ComplaintKindEnum } from '../category/complaint-kind.enum.js';
import { ComplaintType } from '../complaint/complaint.types.js';
import { DateTimeScalar, DecimalScalar } from '../graphql/scalars.js';
import { OrgLevelEnum } from '../org/org.enums.js';
import { GradeSchemePresetEnum } from './grading.enums.js';

/**
 * The GraphQL shapes of grading (API.md "Grading, time limits, calendar"). A `GradeSchemeVersion` resolves from the
 * entity (plain columns by name, the scheme JSON through `GradeSchemeResolver`); the nested types are views of the
 * domain's plain JSON built by `grade-scheme.view.ts`.
 */

@ObjectType('GradePolicy', { description: '等级对应的处理要求（RULES §5、§6）' })
export class GradePolicyType {
  @Field(() => Int, { description: '响应时限（分钟，自然时间）' }) responseMinutes!: number;
  @Field(() => Int, { description: '处理时限（工作日，自受理次日起算）' }) resolutionWorkingDays!: number;
  @Field(() => Int, { description: '升级后处理时限（工作日）' }) escalatedResolutionWorkingDays!: number;
  @Field(() => OrgLevelEnum, { nullable: true, description: '立即上报至该层级；为空则在发生地处理' })
  escalationTarget!: OrgLevel | null;
  @Field(() => Boolean, { description: '启动应急小组（CG §4.4）' }) startsEmergencyTeam!: boolean;
  @Field(() => Boolean, { description: '须问责追责（CG §4.5）' }) requiresAccountability!: boolean;
  @Field(() => Boolean, { description: '立即通报集团客户关系部' }) notifyGroupImmediately!: boolean;
  @Field(() => String, { description: '处理要求的中文说明' }) description!: string;
}

@ObjectType('GradeRule', { description: '分级规则：所有条件同时满足时命中' })
export class GradeRuleType {
  @Field(() => String, { description: '方案内唯一的规则编号，记录在评级结果中' }) id!: string;
  @Field(() => String, { nullable: true, description: '规则出处，如 “CG §7 A类一级 第2项”' }) source!: string | null;
  @Field(() => [GraphQLJSON], {
    description:
      '条件（JSON）：{fact: "householdCount"|"compensationAmount", op: "GTE"|"LT", value}、{fact: "flag", flag}、' +
      '{fact: "overdue"}、{fact: "category", codes}、{fact: "kind", kinds}',
  })
  conditions!: unknown[];
  @Field(() => String, { description: '条件的中文说明，如 “涉及户数 ≥ 100”' }) description!: string;
}

@ObjectType('GradeDefinition', { description: '分级方案中的一个等级' })
export class GradeDefinitionType {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => Int, { description: '越大越严重' }) rank!: number;
  @Field(() => [GradeRuleType], { description: '任一规则命中即为该等级；最高等级优先' }) rules!: GradeRuleType[];
  @Field(() => GradePolicyType) policy!: GradePolicyType;
}

@ObjectType('TimeLimits', { description: '不随等级变化的时限设置（RULES §5）' })
export class TimeLimitsType {
  @Field(() => Int, { description: '投诉回访时限（小时）' }) complaintReturnVisitHours!: number;
  @Field(() => Int, { description: '需求回访时限（小时）' }) demandReturnVisitHours!: number;
  @Field(() => Int, { description: '完结后认定问责的时限（工作日）' }) accountabilityWorkingDays!: number;
  @Field(() => Int, { description: '反馈期限最多变更次数' }) maxDeadlineExtensions!: number;
  @Field(() => DecimalScalar, { description: '物资采购达到该金额（元）可豁免处理时限' }) exemptionPurchaseThreshold!: string;
}

@ObjectType('GradeSchemeVersion', { description: '某组织单元（及其下级）的分级方案和时限的一个已发布版本；发布后不再修改' })
export class GradeSchemeVersionType {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '该单元的第几版' }) version!: number;
  @Field(() => DateTimeScalar, { description: '生效时间；此后受理的投诉按该版本评级' }) effectiveFrom!: Date;
  @Field(() => GradeSchemePresetEnum, { nullable: true, description: '基于的预设方案' }) presetCode!: GradeSchemePreset | null;
  @Field(() => DateTimeScalar) publishedAt!: Date;
}

@ObjectType('GradeSchemePresetInfo', { description: '预设分级方案，管理员可以从它开始修改' })
export class GradeSchemePresetInfoType {
  @Field(() => GradeSchemePresetEnum) code!: GradeSchemePreset;
  @Field(() => String) label!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: '所依据的规章' }) source!: string | null;
  @Field(() => String) defaultGradeCode!: string;
  @Field(() => [ComplaintKindEnum], { nullable: true, description: '适用的记录类型；为空表示全部' }) gradedKinds!: ComplaintKind[] | null;
  @Field(() => [GradeDefinitionType]) grades!: GradeDefinitionType[];
  @Field(() => GraphQLJSON, { description: '完整方案（JSON），可修改后作为 publishGradeScheme 的 grades 等字段' }) scheme!: unknown;
}

@ObjectType('GradeSummary', { description: '等级' })
export class GradeSummaryType {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => Int, { description: '越大越严重' }) rank!: number;
}

@ObjectType('FiredGradeRule', { description: '命中的分级规则' })
export class FiredGradeRuleType {
  @Field(() => String) gradeCode!: string;
  @Field(() => String) gradeLabel!: string;
  @Field(() => String) ruleId!: string;
  @Field(() => String, { nullable: true }) source!: string | null;
  @Field(() => String, { description: '命中的条件及事实，如 “涉及户数 120 ≥ 100”' }) description!: string;
}

@ObjectType('GradeResult', { description: '评级预览的结果' })
export class GradeResultType {
  @Field(() => GradeSummaryType) grade!: GradeSummaryType;
  @Field(() => Boolean, { description: '没有命中任何规则（或该记录类型不参与分级），按默认等级' }) isDefault!: boolean;
  @Field(() => [String], { description: '中文说明，每条命中的规则一行' }) explanation!: string[];
  @Field(() => [FiredGradeRuleType], { description: '命中的规则，高等级在前' }) firedRules!: FiredGradeRuleType[];
  @Field(() => GradePolicyType) policy!: GradePolicyType;
  @Field(() => Int, { description: '所用分级方案的版本号' }) schemeVersion!: number;
  @Field(() => ID, { description: '所用分级方案版本的 ID' }) schemeId!: string;
  @Field(() => GradeSchemeVersionType, { description: '所用的分级方案版本' }) scheme!: unknown;
}

@ObjectType('GradeSchemeImpactChange', { description: '一类等级变化：原等级 → 草案等级，及其记录数' })
export class GradeSchemeImpactChangeType {
  @Field(() => GradeSummaryType, { description: '原等级：按记录当初所用的分级方案版本自动评定的等级' }) fromGrade!: GradeSummaryType;
  @Field(() => GradeSummaryType, { description: '按草案评定的等级' }) toGrade!: GradeSummaryType;
  @Field(() => Int, { description: '记录数' }) count!: number;
}

@ObjectType('GradeSchemeImpactExample', { description: '一条等级会变化的记录' })
export class GradeSchemeImpactExampleType {
  @Field(() => ComplaintType, { description: '该记录（编号、标题等）' }) complaint!: unknown;
  @Field(() => GradeSummaryType, { description: '原等级：按记录当初所用的分级方案版本自动评定的等级' }) fromGrade!: GradeSummaryType;
  @Field(() => GradeSummaryType, { description: '按草案评定的等级' }) toGrade!: GradeSummaryType;
  @Field(() => Boolean, { description: '该记录的等级已被人工调整（实际等级以人工调整为准）' }) gradeOverridden!: boolean;
}

@ObjectType('GradeSchemeImpact', {
  description:
    '“有何变化”：用分级方案草案重新评定近几个月受理的记录，与原等级比较。原等级是按记录当初所用的方案版本、用受理时的事实' +
    '（户数、金额、标记、分类、记录类型；曾被标记超期的按超期计）自动评定的等级，不含人工调整；草案用同样的事实评定。' +
    '等级编码不同即为变化。只统计您有权查看的记录；不写入任何数据',
})
export class GradeSchemeImpactType {
  @Field(() => DateTimeScalar, { description: '统计起点（含）：受理时间不早于此' }) from!: Date;
  @Field(() => DateTimeScalar, { description: '统计终点（不含）：查询时刻' }) to!: Date;
  @Field(() => Int, {
    description: '参与比较的记录数：该单元及其下级在统计期内受理、您有权查看、且草案发布后会按它评级的记录（投诉、需求和预警）',
  })
  complaintCount!: number;
  @Field(() => Int, { description: '其中等级会变化的记录数' }) changedCount!: number;
  @Field(() => Int, { description: '等级会变化的记录中，等级已被人工调整的记录数' }) overriddenCount!: number;
  @Field(() => Int, {
    description: '统计期内受理、但由下级单元自己的分级方案评级的记录数：草案对它们不适用，不计入 complaintCount',
  })
  otherSchemeCount!: number;
  @Field(() => [GradeSchemeImpactChangeType], { description: '按等级变化分组，记录数多的在前' }) changes!: GradeSchemeImpactChangeType[];
  @Field(() => [GradeSchemeImpactExampleType], { description: `等级会变化的记录示例，最近受理的在前，最多 10 条` })
  examples!: GradeSchemeImpactExampleType[];
}
