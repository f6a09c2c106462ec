import type { EChartsCoreOption } from 'echarts/core';
import { Card, Empty, Skeleton } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { ChartBoundary } from './chart-boundary';

// ECharts is loaded on first use, in its own chunk: the rest of the admin never pays for it.
const EChart = lazy(() => import('./echart'));

export interface ChartCardProps {
  title: ReactNode;
  /** Also the chart's accessible name. */
  ariaLabel: string;
  option: EChartsCoreOption;
  /** No data to draw: an empty state instead of blank axes. */
  empty: boolean;
  height?: number;
  extra?: ReactNode;
}

export function ChartCard({ title, ariaLabel, option, empty, height = 260, extra }: ChartCardProps) {
  const { t } = useI18n();
  return (
    <Card size="small" title={title} extra={extra} styles={{ body: { height: height + 24 } }}>
      {empty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.chart.empty')} style={{ marginTop: height / 4 }} />
      ) : (
        <ChartBoundary message={t('reports.chart.failed')}>
          <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
            <EChart option={option} height={height} ariaLabel={ariaLabel} />
          </Suspense>
        </ChartBoundary>
      )}
    </Card>
  );
}
