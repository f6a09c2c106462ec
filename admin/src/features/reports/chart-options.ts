import type { EChartsCoreOption } from 'echarts/core';
import type { MonthlyReport, TrendPoint } from './reports-operations';

// Plain functions from report data to ECharts options: unit-testable without a canvas, and the chart component
// stays a thin renderer. Labels come in translated, so the functions know nothing of i18n.

const PALETTE = ['#1677ff', '#13c2c2', '#faad14', '#f5222d', '#722ed1', '#52c41a', '#eb2f96', '#fa8c16'];
/** Grades in the report come most severe first; severe grades read red, light ones blue/green. */
const GRADE_COLORS = ['#cf1322', '#fa541c', '#faad14', '#d4b106', '#13c2c2'];
const LIGHTEST_GRADE_COLOR = '#1677ff';

const GRID = { left: 8, right: 24, top: 16, bottom: 8, containLabel: true };

/** Complaints by final category: horizontal bars, the largest on top; categories without records left out. */
export function categoryBarOption(rows: MonthlyReport['byCategory'], labels: { count: string }): EChartsCoreOption {
  const shown = rows.filter((r) => r.figures.received > 0).sort((a, b) => a.figures.received - b.figures.received);
  return {
    color: PALETTE,
    grid: GRID,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: shown.map((r) => r.category.label), axisLabel: { width: 110, overflow: 'truncate' } },
    series: [{ type: 'bar', name: labels.count, data: shown.map((r) => r.figures.received), barMaxWidth: 18, label: { show: true, position: 'right' } }],
  };
}

/** Complaints by grade as a donut, most severe first. */
export function gradeDonutOption(rows: MonthlyReport['byGrade'], labels: { count: string }): EChartsCoreOption {
  // Colours follow the grade's place in the whole scale, so "一般事件" keeps its colour in a month without A grades.
  const last = rows.length - 1;
  const colorOf = (i: number) => (i === last ? LIGHTEST_GRADE_COLOR : GRADE_COLORS[Math.min(i, GRADE_COLORS.length - 1)]);
  const shown = rows.flatMap((r, i) => (r.figures.received > 0 ? [{ row: r, color: colorOf(i) }] : []));
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
    legend: { orient: 'vertical', right: 8, top: 'middle' },
    series: [
      {
        type: 'pie',
        name: labels.count,
        radius: ['45%', '72%'],
        center: ['38%', '50%'],
        avoidLabelOverlap: true,
        label: { show: true, formatter: '{c}' },
        data: shown.map(({ row, color }) => ({ name: row.grade.label, value: row.figures.received, itemStyle: { color } })),
      },
    ],
  };
}

/** 12-month trend: counts as lines on the left axis, the on-time resolution rate (in %) on the right. */
export function trendLineOption(
  points: readonly TrendPoint[],
  labels: { received: string; valid: string; resolvedRate: string },
): EChartsCoreOption {
  const percent = (rate: number | null | undefined) => (rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10);
  return {
    color: PALETTE,
    grid: { ...GRID, top: 40 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: points.map((p) => p.month), boundaryGap: false },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      { type: 'line', name: labels.received, data: points.map((p) => p.figures.received) },
      { type: 'line', name: labels.valid, data: points.map((p) => p.figures.validComplaints) },
      {
        type: 'line',
        name: labels.resolvedRate,
        yAxisIndex: 1,
        connectNulls: true,
        lineStyle: { type: 'dashed' },
        tooltip: { valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}%` : '—') },
        data: points.map((p) => percent(p.figures.timeliness.resolvedWithinLimitRate)),
      },
    ],
  };
}

/**
 * The ranking as horizontal bars, rank 1 on top. By complaints per thousand households when the server ranks so
 * (every project has its household count), else by valid complaints.
 */
export function topProjectsBarOption(
  projects: MonthlyReport['topProjects'],
  basis: MonthlyReport['rankingBasis'],
  labels: { complaints: string; perThousand: string },
): EChartsCoreOption {
  const perThousand = basis === 'PER_THOUSAND_HOUSEHOLDS';
  const ordered = [...projects].sort((a, b) => b.rank - a.rank);
  return {
    color: ['#fa8c16'],
    grid: GRID,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: perThousand ? 0 : 1 },
    yAxis: { type: 'category', data: ordered.map((p) => p.project.name), axisLabel: { width: 120, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        name: perThousand ? labels.perThousand : labels.complaints,
        barMaxWidth: 18,
        label: { show: true, position: 'right' },
        data: ordered.map((p) => (perThousand ? Math.round((p.perThousandHouseholds ?? 0) * 100) / 100 : p.complaints)),
      },
    ],
  };
}
