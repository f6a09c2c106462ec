import { describe, expect, it } from 'vitest';
import { categoryBarOption, gradeDonutOption, topProjectsBarOption, trendLineOption } from './chart-options';
import { formatRate, formatScore } from './report-format';
import { reportFixture, trendsFixture } from './reports.fixtures';

type Series = { data: unknown[]; name: string; yAxisIndex?: number }[];

describe('chart options', () => {
  const report = reportFixture();

  it('bars categories with records, the largest on top (last in the axis)', () => {
    const option = categoryBarOption(report.byCategory, { count: '受理件数' }) as { yAxis: { data: string[] }; series: Series };
    expect(option.yAxis.data).toEqual(['营销管理类', '工程管理类']);
    expect(option.series[0]!.data).toEqual([3, 9]);
    expect(option.series[0]!.name).toBe('受理件数');
  });

  it('keeps grade colours by the grade, not by what is present', () => {
    const option = gradeDonutOption(report.byGrade, { count: '受理件数' }) as { series: { data: { name: string; value: number; itemStyle: { color: string } }[] }[] };
    const data = option.series[0]!.data;
    expect(data.map((d) => d.name)).toEqual(['A类二级', '一般事件']);
    expect(data[0]!.itemStyle.color).toBe('#fa541c');
    expect(data[1]!.itemStyle.color).toBe('#1677ff');
  });

  it('draws 12 months with the resolution rate in percent on the right axis', () => {
    const option = trendLineOption(trendsFixture(), { received: '受理总数', valid: '有效投诉', resolvedRate: '时限内解决率' }) as {
      xAxis: { data: string[] };
      series: Series;
    };
    expect(option.xAxis.data).toHaveLength(12);
    expect(option.xAxis.data.at(-1)).toBe('2026-11');
    const rate = option.series.find((s) => s.name === '时限内解决率')!;
    expect(rate.yAxisIndex).toBe(1);
    expect(rate.data.at(-1)).toBe(66.7);
    expect(rate.data[0]).toBeNull();
  });

  it('ranks projects by count or per thousand households, rank 1 on top', () => {
    const labels = { complaints: '有效投诉', perThousand: '每千户投诉量' };
    const byCount = topProjectsBarOption(report.topProjects, 'COMPLAINT_COUNT', labels) as { yAxis: { data: string[] }; series: Series };
    expect(byCount.yAxis.data).toEqual(['佛山·禅意花园', '广州·云山府']);
    expect(byCount.series[0]!.data).toEqual([5, 7]);
    const perThousand = topProjectsBarOption(report.topProjects, 'PER_THOUSAND_HOUSEHOLDS', labels) as { series: Series };
    expect(perThousand.series[0]!.name).toBe('每千户投诉量');
    expect(perThousand.series[0]!.data).toEqual([1.25, 3.5]);
  });

  it('formats rates and scores, a dash when nothing was measured', () => {
    expect(formatRate(5 / 7)).toBe('71.4%');
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(null)).toBe('—');
    expect(formatScore(4.25)).toBe('4.3');
    expect(formatScore(null)).toBe('—');
  });
});
