import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { formatRate, formatScore } from './report-format';
import type { ReportFiguresSummary } from './reports-operations';

interface Kpi {
  key: string;
  title: string;
  value: string;
  suffix?: string;
  /** The base of a rate ("计入 7 件"), so 100% of 1 reads differently from 100% of 300. */
  note: ReactNode;
}

/** The five headline figures of the month: volume, response and resolution timeliness, return visits, satisfaction. */
export function KpiCards({ totals }: { totals: ReportFiguresSummary }) {
  const { t } = useI18n();
  const { timeliness: tl, returnVisits: rv } = totals;
  const kpis: Kpi[] = [
    {
      key: 'received',
      title: t('reports.kpi.received'),
      value: String(totals.received),
      suffix: t('reports.unit.items'),
      note: t('reports.kpi.receivedNote', { valid: totals.validComplaints, demands: totals.demands, warnings: totals.warnings }),
    },
    {
      key: 'response',
      title: t('reports.kpi.responseRate'),
      value: formatRate(tl.respondedWithinHourRate),
      note: t('reports.kpi.rateNote', { done: tl.respondedWithinHour, base: tl.responseMeasured }),
    },
    {
      key: 'resolution',
      title: t('reports.kpi.resolutionRate'),
      value: formatRate(tl.resolvedWithinLimitRate),
      note: t('reports.kpi.resolutionNote', { done: tl.resolvedWithinLimit, base: tl.resolutionMeasured, overdue: tl.overdueOpen }),
    },
    {
      key: 'returnVisit',
      title: t('reports.kpi.returnVisitRate'),
      value: formatRate(rv.rate),
      note: t('reports.kpi.rateNote', { done: rv.done, base: rv.due }),
    },
    {
      key: 'satisfaction',
      title: t('reports.kpi.satisfaction'),
      value: formatScore(rv.averageScore),
      suffix: rv.averageScore === null || rv.averageScore === undefined ? undefined : t('reports.kpi.scoreSuffix'),
      note: t('reports.kpi.satisfactionNote', { visits: rv.visits }),
    },
  ];
  return (
    <Row gutter={[12, 12]} data-testid="report-kpis">
      {kpis.map((kpi) => (
        <Col key={kpi.key} flex="1 1 200px">
          <Card size="small" data-testid={`kpi-${kpi.key}`} style={{ height: '100%' }}>
            <Statistic title={kpi.title} value={kpi.value} suffix={kpi.suffix} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {kpi.note}
            </Typography.Text>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
