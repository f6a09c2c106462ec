import { RightOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useI18n } from '../../i18n/i18n-context';
import { formatRate, formatScore } from './report-format';
import type { ReportUnitRow } from './reports-operations';

export interface UnitBreakdownTableProps {
  rows: readonly ReportUnitRow[];
  /** The unit the report is about: its own row (complaints registered on it directly) cannot be drilled into. */
  currentUnitId: string;
  onDrill: (unitId: string) => void;
}

/** The month by child unit (region → city → project); a click on a unit re-scopes the dashboard to it. */
export function UnitBreakdownTable({ rows, currentUnitId, onDrill }: UnitBreakdownTableProps) {
  const { t } = useI18n();
  const columns: TableColumnsType<ReportUnitRow> = [
    {
      title: t('reports.table.unit'),
      key: 'unit',
      render: (_, row) =>
        row.orgUnit.id === currentUnitId ? (
          <span>
            {row.orgUnit.name} <Typography.Text type="secondary">{t('reports.table.direct')}</Typography.Text>
          </span>
        ) : (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onDrill(row.orgUnit.id)}>
            {row.orgUnit.name}
            <RightOutlined style={{ fontSize: 10 }} />
          </Button>
        ),
    },
    { title: t('reports.table.level'), key: 'level', width: 90, render: (_, row) => <Tag>{row.orgUnit.levelLabel}</Tag> },
    { title: t('reports.table.received'), key: 'received', width: 96, align: 'right', render: (_, row) => row.figures.received, sorter: (a, b) => a.figures.received - b.figures.received, defaultSortOrder: 'descend' },
    { title: t('reports.table.valid'), key: 'valid', width: 96, align: 'right', render: (_, row) => row.figures.validComplaints },
    { title: t('reports.table.demands'), key: 'demands', width: 96, align: 'right', render: (_, row) => row.figures.demands },
    { title: t('reports.table.responseRate'), key: 'response', width: 110, align: 'right', render: (_, row) => formatRate(row.figures.timeliness.respondedWithinHourRate) },
    { title: t('reports.table.resolutionRate'), key: 'resolution', width: 110, align: 'right', render: (_, row) => formatRate(row.figures.timeliness.resolvedWithinLimitRate) },
    {
      title: t('reports.table.overdue'),
      key: 'overdue',
      width: 96,
      align: 'right',
      render: (_, row) => (row.figures.timeliness.overdueOpen > 0 ? <Typography.Text type="danger">{row.figures.timeliness.overdueOpen}</Typography.Text> : 0),
    },
    { title: t('reports.table.returnVisitRate'), key: 'returnVisit', width: 96, align: 'right', render: (_, row) => formatRate(row.figures.returnVisits.rate) },
    { title: t('reports.table.satisfaction'), key: 'satisfaction', width: 96, align: 'right', render: (_, row) => formatScore(row.figures.returnVisits.averageScore) },
  ];
  return (
    <Table<ReportUnitRow>
      data-testid="report-unit-table"
      size="small"
      rowKey={(row) => row.orgUnit.id}
      columns={columns}
      dataSource={rows as ReportUnitRow[]}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 1000 }}
      locale={{ emptyText: t('reports.table.empty') }}
    />
  );
}
