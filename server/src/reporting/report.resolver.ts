import { formatYuan } from '@kesu/domain';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Can } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { monthlyMeetingPack } from './meeting-pack.service.js';
import { complaintTrends, monthlyReport } from './monthly-report.service.js';
import { RANKING_BASIS_LABELS } from './report.enums.js';
import { ComplaintTrendsType, MonthlyMeetingPackType, MonthlyReportType } from './report.types.js';

/** Reports over an org unit's subtree (RULES.md §7); the services check the unit against the caller's report rules. */
@Resolver()
export class ReportResolver {
  @Query(() => MonthlyReportType, {
    description: '客户投诉/需求信息月报表：统计周期为上月 25 日至本月 24 日（北京时间）；month 为 YYYY-MM。单元不存在或不在权限范围内时为 FORBIDDEN',
  })
  @Can('read', 'Report')
  async monthlyReport(
    @Arg('orgUnitId', () => ID) orgUnitId: string,
    @Arg('month', () => String) month: string,
    @Ctx() ctx: Context,
  ): Promise<MonthlyReportType> {
    const report = await monthlyReport(ctx, orgUnitId, month);
    return {
      ...report,
      rankingBasisLabel: RANKING_BASIS_LABELS[report.rankingBasis],
      accountability: { ...report.accountability, finesTotal: formatYuan(report.accountability.finesTotalFen) },
    };
  }

  @Query(() => ComplaintTrendsType, { description: '近 months 个报表月份（含当前月份）的统计走势，供图表使用' })
  @Can('read', 'Report')
  complaintTrends(
    @Arg('orgUnitId', () => ID) orgUnitId: string,
    @Arg('months', () => Int, { nullable: true, defaultValue: 12 }) months: number | null,
    @Ctx() ctx: Context,
  ) {
    return complaintTrends(ctx, orgUnitId, months ?? 12);
  }

  @Query(() => MonthlyMeetingPackType, { description: '客户投诉及客户端风险预控月度例会材料：未完结重点事件、本期预警、按第一责任人的超期事项' })
  @Can('read', 'Report')
  monthlyMeetingPack(@Arg('orgUnitId', () => ID) orgUnitId: string, @Arg('month', () => String) month: string, @Ctx() ctx: Context) {
    return monthlyMeetingPack(ctx, orgUnitId, month);
  }
}
