import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Category } from '../category/category.entity.js';
import { ComplaintEventTypeEnum } from '../complaint/complaint.enums.js';
import { ComplaintGradeType, ComplaintType } from '../complaint/complaint.types.js';
import { DateScalar, DecimalScalar } from '../graphql/scalars.js';
import { User } from '../identity/user.entity.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { RankingBasisEnum, type RankingBasis } from './report.enums.js';

/**
 * The GraphQL shapes of reports (API.md "Accountability, cases, reports": `monthlyReport(orgUnitId, month)`), plus
 * the trend and the meeting pack. Rates are shares in [0, 1], `null` when there is nothing to measure.
 */

@ObjectType('ReportPeriod', { description: '统计周期：上月 25 日 0 时至本月 24 日 24 时（北京时间，XX 4.5）；截止日可由集团设置' })
export class ReportPeriodType {
  @Field(() => String, { description: '报表月份 YYYY-MM' }) month!: string;
  @Field(() => DateScalar, { description: '首日（含）' }) firstDate!: string;
  @Field(() => DateScalar, { description: '末日（含）' }) lastDate!: string;
  @Field(() => Date, { description: '起始时刻（含）' }) start!: Date;
  @Field(() => Date, { description: '结束时刻（不含）' }) end!: Date;
  @Field(() => Int, { description: '每月截止日；0 表示按自然月统计' }) closingDay!: number;
}

@ObjectType('ReportScoreCount', { description: '某一满意度评分的回访次数' })
export class ReportScoreCountType {
  @Field(() => Int, { description: '1–5 分，5 分为完全满意' }) score!: number;
  @Field(() => String) label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('ReportTimeliness', { description: '处理时效（RULES §5）' })
export class ReportTimelinessType {
  @Field(() => Int, { description: '计入响应统计的有效投诉和需求：已响应或受理已满 1 小时' }) responseMeasured!: number;
  @Field(() => Int, { description: '1 小时内响应（响应时间 − 受理时间 ≤ 60 分钟）' }) respondedWithinHour!: number;
  @Field(() => Float, { nullable: true, description: '1 小时响应率' }) respondedWithinHourRate!: number | null;
  @Field(() => Int, { description: '计入时限统计的有效投诉和需求：已完结或已过处理期限，不含豁免' }) resolutionMeasured!: number;
  @Field(() => Int, { description: '在处理期限（含延期）内完结' }) resolvedWithinLimit!: number;
  @Field(() => Float, { nullable: true, description: '时限内解决率' }) resolvedWithinLimitRate!: number | null;
  @Field(() => Int, { description: '豁免处理时限（XX 4.2.2），不计入时限内解决率' }) exempt!: number;
  @Field(() => Int, { description: '已超期且尚未完结' }) overdueOpen!: number;
  @Field(() => Int, { description: '升级处理过的投诉（件）' }) escalated!: number;
  @Field(() => Int, { description: '升级次数合计' }) escalationSteps!: number;
}

@ObjectType('ReportReturnVisits', { description: '回访与满意度（XX 4.3）' })
export class ReportReturnVisitsType {
  @Field(() => Int, { description: '应回访：已完结且按覆盖规则须回访的有效投诉和需求' }) due!: number;
  @Field(() => Int, { description: '已回访（应回访中最近一次完结后已回访的）' }) done!: number;
  @Field(() => Float, { nullable: true, description: '回访率' }) rate!: number | null;
  @Field(() => Int, { description: '回访次数' }) visits!: number;
  @Field(() => Int, { description: '上门回访次数' }) onSite!: number;
  @Field(() => Float, { nullable: true, description: '上门回访占比（投诉目标 ≥ 80%）' }) onSiteShare!: number | null;
  @Field(() => Float, { nullable: true, description: '平均满意度（1–5 分）' }) averageScore!: number | null;
  @Field(() => [ReportScoreCountType], { description: '满意度分布，5 分在前' }) scoreDistribution!: ReportScoreCountType[];
}

@ObjectType('ReportFigures', {
  description: '一组统计数字。按件统计：群诉算一件（户数另计），同一客户的不同投诉分别统计，按最终类型和类别统计（XX 4.5）',
})
export class ReportFiguresType {
  @Field(() => Int, { description: '受理总数 = 有效投诉 + 无效 + 需求 + 预警' }) received!: number;
  @Field(() => Int, { description: '有效投诉' }) validComplaints!: number;
  @Field(() => Int, { description: '无效（判定无效的投诉、需求和预警，XX 4.1.1）' }) invalidComplaints!: number;
  @Field(() => Int, { description: '客户需求（有效）' }) demands!: number;
  @Field(() => Int, { description: '客户投诉预警（有效）' }) warnings!: number;
  @Field(() => Int, { description: '群诉（涉及 2 户及以上）件数' }) groupComplaints!: number;
  @Field(() => Int, { description: '涉及户数合计（不含无效）' }) households!: number;
  @Field(() => ReportTimelinessType) timeliness!: ReportTimelinessType;
  @Field(() => ReportReturnVisitsType) returnVisits!: ReportReturnVisitsType;
}

@ObjectType('ReportCategoryRow', { description: '按类别（最终类别）统计' })
export class ReportCategoryRowType {
  @Field(() => Category) category!: Category;
  @Field(() => ReportFiguresType) figures!: ReportFiguresType;
}

@ObjectType('ReportGradeRow', { description: '按等级统计' })
export class ReportGradeRowType {
  @Field(() => ComplaintGradeType) grade!: ComplaintGradeType;
  @Field(() => ReportFiguresType) figures!: ReportFiguresType;
}

@ObjectType('ReportOrgUnitRow', { description: '按下级组织统计；直接登记在本单元的投诉列在本单元名下' })
export class ReportOrgUnitRowType {
  @Field(() => OrgUnit) orgUnit!: OrgUnit;
  @Field(() => ReportFiguresType) figures!: ReportFiguresType;
}

@ObjectType('ReportProjectRanking', { description: '项目排名' })
export class ReportProjectRankingType {
  @Field(() => Int) rank!: number;
  @Field(() => OrgUnit) project!: OrgUnit;
  @Field(() => Int, { description: '有效投诉（件）' }) complaints!: number;
  @Field(() => Int, { description: '涉及户数' }) households!: number;
  @Field(() => Float, { nullable: true, description: '每千户投诉量；项目未配置总户数时为空' }) perThousandHouseholds!: number | null;
  @Field(() => ReportFiguresType) figures!: ReportFiguresType;
}

@ObjectType('ReportAccountability', { description: '问责追责（CG §4.5）' })
export class ReportAccountabilityType {
  @Field(() => Boolean, { description: '调用者无权查看问责时为 false，此时数字均为 0' }) available!: boolean;
  @Field(() => Int, { description: '统计周期内记录的问责结论（件）' }) records!: number;
  @Field(() => Int, { description: '其中已确认落实（件）' }) enforced!: number;
  @Field(() => DecimalScalar, { description: '这些问责结论中的罚款合计（元）' }) finesTotal!: string;
}

@ObjectType('MonthlyReport', { description: '客户投诉/需求信息月报表（XX 4.5）：调用者可见的、本单元及其下级在统计周期内受理的记录' })
export class MonthlyReportType {
  @Field(() => OrgUnit) orgUnit!: OrgUnit;
  @Field(() => String) month!: string;
  @Field(() => ReportPeriodType) period!: ReportPeriodType;
  @Field(() => Date, { description: '生成时间；“已超期”“应回访”等按此刻计算' }) generatedAt!: Date;
  @Field(() => ReportFiguresType, { description: '合计' }) totals!: ReportFiguresType;
  @Field(() => [ReportCategoryRowType]) byCategory!: ReportCategoryRowType[];
  @Field(() => [ReportGradeRowType], { description: '按等级，最严重的在前' }) byGrade!: ReportGradeRowType[];
  @Field(() => [ReportOrgUnitRowType], { description: '按下级组织（区域、城市、项目……）' }) byOrgUnit!: ReportOrgUnitRowType[];
  @Field(() => [ReportProjectRankingType], { description: '投诉最多的 10 个项目' }) topProjects!: ReportProjectRankingType[];
  @Field(() => RankingBasisEnum) rankingBasis!: RankingBasis;
  @Field(() => String, { description: '排名依据的中文说明' }) rankingBasisLabel!: string;
  @Field(() => ReportAccountabilityType) accountability!: ReportAccountabilityType;
}

@ObjectType('ComplaintTrendPoint', { description: '某个报表月份的统计数字' })
export class ComplaintTrendPointType {
  @Field(() => String) month!: string;
  @Field(() => ReportPeriodType) period!: ReportPeriodType;
  @Field(() => ReportFiguresType) figures!: ReportFiguresType;
}

@ObjectType('ComplaintTrends', { description: '近若干个月的统计走势（旧月份在前，最后一个是当前报表月份）' })
export class ComplaintTrendsType {
  @Field(() => OrgUnit) orgUnit!: OrgUnit;
  @Field(() => [ComplaintTrendPointType]) points!: ComplaintTrendPointType[];
}

@ObjectType('MeetingProgress', { description: '最新进展：档案中的最后一条记录' })
export class MeetingProgressType {
  @Field(() => ComplaintEventTypeEnum) type!: string;
  @Field(() => String) label!: string;
  @Field(() => Date) occurredAt!: Date;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

@ObjectType('MeetingItem', { description: '例会议题：一件投诉及其处理方案和进展' })
export class MeetingItemType {
  @Field(() => ComplaintType) complaint!: ComplaintType;
  @Field(() => String, { nullable: true, description: '开始处理时记录的处理方案' }) plan!: string | null;
  @Field(() => MeetingProgressType, { nullable: true }) progress!: MeetingProgressType | null;
}

@ObjectType('MeetingItemList', { description: '例会议题清单（最多列出 100 件，totalCount 为全部件数）' })
export class MeetingItemListType {
  @Field(() => Int) totalCount!: number;
  @Field(() => [MeetingItemType]) items!: MeetingItemType[];
}

@ObjectType('ResponsibleOverdue', { description: '某位第一责任人名下已超期未完结的投诉（每人最多列出 20 件）' })
export class ResponsibleOverdueType {
  @Field(() => User, { nullable: true }) responsible!: User | null;
  @Field(() => String, { description: '第一责任人姓名' }) name!: string;
  @Field(() => Int) count!: number;
  @Field(() => [MeetingItemType]) items!: MeetingItemType[];
}

@ObjectType('MonthlyMeetingPack', { description: '客户投诉及客户端风险预控月度例会材料（CG §5.4(2)）' })
export class MonthlyMeetingPackType {
  @Field(() => OrgUnit) orgUnit!: OrgUnit;
  @Field(() => String) month!: string;
  @Field(() => ReportPeriodType) period!: ReportPeriodType;
  @Field(() => Date) generatedAt!: Date;
  @Field(() => MeetingItemListType, { description: '未完结的重点事件（高于默认等级：A类一级/二级、重大投诉等），含处理方案与进展' })
  keyOpenItems!: MeetingItemListType;
  @Field(() => MeetingItemListType, { description: '本期新增预警' }) newWarnings!: MeetingItemListType;
  @Field(() => Int, { description: '已超期未完结合计' }) overdueTotal!: number;
  @Field(() => [ResponsibleOverdueType], { description: '已超期未完结，按第一责任人' }) overdueByResponsible!: ResponsibleOverdueType[];
}
