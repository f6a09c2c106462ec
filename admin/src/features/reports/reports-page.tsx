import { BarChartOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Breadcrumb, Card, Col, Flex, Form, Row, Skeleton, Space, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../auth/viewer-context';
import { OrgUnitPicker } from '../org/org-unit-picker';
import { ChartCard } from './chart-card';
import { categoryBarOption, gradeDonutOption, topProjectsBarOption, trendLineOption } from './chart-options';
import { ExportButtons } from './export-buttons';
import { KpiCards } from './kpi-cards';
import { ReportMonthPicker } from './report-month-picker';
import { startDayOf } from './report-period';
import { COMPLAINT_TRENDS_QUERY, MONTHLY_REPORT_QUERY, type MonthlyReport, type TrendPoint } from './reports-operations';
import { UnitBreakdownTable } from './unit-breakdown-table';
import { useReportScope } from './use-report-scope';

/** 报表: the monthly dashboard of a unit — KPIs, charts, breakdown by child unit with drill-down, exports. */
export function ReportsPage() {
  const { t } = useI18n();
  const { unitId, month, homeUnitId, setUnitId, setMonth } = useReportScope();

  const { data, previousData, loading, error, refetch } = useQuery(MONTHLY_REPORT_QUERY, {
    variables: { orgUnitId: unitId ?? '', month },
    skip: !unitId,
    fetchPolicy: 'cache-and-network',
  });
  const { data: trendData, previousData: previousTrends, loading: trendsLoading } = useQuery(COMPLAINT_TRENDS_QUERY, {
    variables: { orgUnitId: unitId ?? '', months: 12 },
    skip: !unitId,
    fetchPolicy: 'cache-and-network',
  });
  // Keep the previous unit's report on screen while the next one loads, instead of flashing skeletons.
  const report = (data ?? (loading ? previousData : undefined))?.monthlyReport;
  const trends = (trendData ?? (trendsLoading ? previousTrends : undefined))?.complaintTrends.points;

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={t('reports.title')}
        subtitle={t('reports.subtitle')}
        icon={<BarChartOutlined />}
        actions={<ExportButtons orgUnitId={unitId} month={month} />}
      />
      <Card size="small">
        <Form layout="inline" style={{ rowGap: 8 }}>
          <Form.Item label={t('reports.filter.unit')} htmlFor="report-unit" style={{ marginBottom: 0 }}>
            <OrgUnitPicker id="report-unit" value={unitId} onChange={(id) => id && setUnitId(id)} allowClear={false} style={{ width: 280 }} />
          </Form.Item>
          <Form.Item label={t('reports.filter.month')} htmlFor="report-month" style={{ marginBottom: 0 }}>
            <ReportMonthPicker id="report-month" value={month} onChange={setMonth} startDay={report ? startDayOf(report.period.closingDay) : undefined} />
          </Form.Item>
        </Form>
      </Card>
      {!unitId ? (
        <Card>
          <Typography.Text type="secondary">{t('reports.noUnit')}</Typography.Text>
        </Card>
      ) : error && !report ? (
        <ErrorAlert error={error} title={t('reports.loadFailed')} onRetry={() => void refetch()} />
      ) : !report ? (
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      ) : (
        <ReportBody report={report} trends={trends} homeUnitId={homeUnitId} onUnit={setUnitId} />
      )}
    </Flex>
  );
}

interface ReportBodyProps {
  report: MonthlyReport;
  trends: readonly TrendPoint[] | undefined;
  homeUnitId: string | undefined;
  onUnit: (unitId: string) => void;
}

function ReportBody({ report, trends, homeUnitId, onUnit }: ReportBodyProps) {
  const { t } = useI18n();
  const viewer = useViewer();
  const points = useMemo(() => trends ?? [], [trends]);
  const count = t('reports.chart.count');
  const options = useMemo(
    () => ({
      category: categoryBarOption(report.byCategory, { count }),
      grade: gradeDonutOption(report.byGrade, { count }),
      trend: trendLineOption(points, {
        received: t('reports.chart.received'),
        valid: t('reports.chart.valid'),
        resolvedRate: t('reports.chart.resolvedRate'),
      }),
      top: topProjectsBarOption(report.topProjects, report.rankingBasis, {
        complaints: t('reports.chart.valid'),
        perThousand: t('reports.chart.perThousand'),
      }),
    }),
    [report, points, count, t],
  );

  // The breadcrumb starts at the viewer's own unit: higher units are named by `ancestors` but their reports are
  // outside the viewer's scope.
  const trail = useMemo(() => {
    const chain = [...report.orgUnit.ancestors, report.orgUnit];
    const roleUnits = new Set([homeUnitId, ...viewer.roles.map((r) => r.orgUnit?.id)].filter(Boolean));
    const start = chain.findIndex((unit) => roleUnits.has(unit.id));
    return start < 0 ? [report.orgUnit] : chain.slice(start);
  }, [report.orgUnit, homeUnitId, viewer.roles]);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Breadcrumb
          data-testid="report-breadcrumb"
          items={trail.map((unit, i) =>
            i === trail.length - 1
              ? { key: unit.id, title: <Typography.Text strong>{unit.name}</Typography.Text> }
              : {
                  key: unit.id,
                  title: (
                    <Typography.Link onClick={() => onUnit(unit.id)} aria-label={t('reports.breadcrumb.up', { name: unit.name })}>
                      {unit.name}
                    </Typography.Link>
                  ),
                },
          )}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('reports.generatedAt', { time: dayjs(report.generatedAt).format('YYYY-MM-DD HH:mm') })}
        </Typography.Text>
      </Flex>
      <KpiCards totals={report.totals} />
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={14}>
          <ChartCard
            title={t('reports.chart.byCategory')}
            ariaLabel={t('reports.chart.byCategory')}
            option={options.category}
            empty={!report.byCategory.some((r) => r.figures.received > 0)}
          />
        </Col>
        <Col xs={24} lg={10}>
          <ChartCard
            title={t('reports.chart.byGrade')}
            ariaLabel={t('reports.chart.byGrade')}
            option={options.grade}
            empty={!report.byGrade.some((r) => r.figures.received > 0)}
          />
        </Col>
        <Col xs={24} lg={14}>
          <ChartCard
            title={t('reports.chart.trends')}
            ariaLabel={t('reports.chart.trends')}
            option={options.trend}
            empty={!points.some((p) => p.figures.received > 0)}
          />
        </Col>
        <Col xs={24} lg={10}>
          <ChartCard
            title={
              <Space size={6}>
                {t('reports.chart.topProjects')}
                {/* The basis (count or per thousand households) in a tooltip: as text it crowds the title. */}
                <Tooltip title={report.rankingBasisLabel}>
                  <InfoCircleOutlined aria-label={report.rankingBasisLabel} style={{ color: 'rgba(0,0,0,0.45)' }} />
                </Tooltip>
              </Space>
            }
            ariaLabel={t('reports.chart.topProjects')}
            option={options.top}
            empty={report.topProjects.length === 0}
          />
        </Col>
      </Row>
      {/* A project (or any unit without children) only lists itself: nothing to drill into, so no table. */}
      {report.byOrgUnit.some((row) => row.orgUnit.id !== report.orgUnit.id) && (
        <Card size="small" title={t('reports.table.title')}>
          <UnitBreakdownTable rows={report.byOrgUnit} currentUnitId={report.orgUnit.id} onDrill={onUnit} />
        </Card>
      )}
    </Flex>
  );
}
