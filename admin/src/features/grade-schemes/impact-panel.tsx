import { ArrowDownOutlined, ArrowRightOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Empty, Flex, Result, Row, Spin, Statistic, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import type { GradeSchemeImpactResult } from './grade-schemes-operations';

type Change = GradeSchemeImpactResult['changes'][number];
type Example = GradeSchemeImpactResult['examples'][number];
type GradeSummary = Change['fromGrade'];

export interface ImpactPanelProps {
  result: GradeSchemeImpactResult | undefined;
  loading: boolean;
  error?: unknown;
  /** The draft changed after the result was computed. */
  stale: boolean;
  /** Runs (again) with the current draft. */
  onRun: () => void;
  /** The draft cannot be evaluated (it has problems). */
  disabled?: boolean;
}

const formatTime = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

function GradeChange({ from, to }: { from: GradeSummary; to: GradeSummary }) {
  const { t } = useI18n();
  const up = to.rank > from.rank;
  return (
    <Flex gap={6} align="center" wrap>
      <Tag style={{ marginInlineEnd: 0 }}>{from.label}</Tag>
      <ArrowRightOutlined style={{ color: '#8c8c8c' }} />
      <Tag color={up ? 'volcano' : 'green'} style={{ marginInlineEnd: 0 }}>
        {to.label}
      </Tag>
      <Typography.Text type={up ? 'danger' : 'success'} style={{ fontSize: 12 }}>
        {up ? <ArrowUpOutlined /> : <ArrowDownOutlined />} {up ? t('grade-schemes.impact.raised') : t('grade-schemes.impact.lowered')}
      </Typography.Text>
    </Flex>
  );
}

/**
 * "What changes": the result of re-grading recent records with the draft (server `gradeSchemeImpact`) — counts,
 * the from → to changes, and examples by number. Renders loading, error, empty and stale states.
 */
export function ImpactPanel({ result, loading, error, stale, onRun, disabled }: ImpactPanelProps) {
  const { t } = useI18n();

  const changeColumns: TableColumnsType<Change> = [
    {
      title: t('grade-schemes.impact.change'),
      key: 'change',
      render: (_, change) => <GradeChange from={change.fromGrade} to={change.toGrade} />,
    },
    { title: t('grade-schemes.impact.count'), dataIndex: 'count', key: 'count', width: 100, align: 'right' },
  ];
  const exampleColumns: TableColumnsType<Example> = [
    { title: t('grade-schemes.impact.number'), key: 'number', width: 130, render: (_, e) => e.complaint.number },
    {
      title: t('grade-schemes.impact.complaintTitle'),
      key: 'title',
      ellipsis: true,
      render: (_, e) => (
        <Flex vertical>
          <Typography.Text ellipsis={{ tooltip: e.complaint.title }}>{e.complaint.title}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[e.complaint.project?.name, formatTime(e.complaint.receivedAt), t('grade-schemes.impact.households', { count: e.complaint.householdCount })]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('grade-schemes.impact.change'),
      key: 'change',
      width: 250,
      render: (_, e) => (
        <Flex vertical gap={2}>
          <GradeChange from={e.fromGrade} to={e.toGrade} />
          {e.gradeOverridden && (
            <Typography.Text type="warning" style={{ fontSize: 12 }}>
              {t('grade-schemes.impact.overridden')}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
  ];

  if (!result) {
    if (loading) {
      return (
        <Flex vertical align="center" gap={12} style={{ padding: '48px 0' }} data-testid="impact-loading">
          <Spin size="large" />
          <Typography.Text type="secondary">{t('grade-schemes.impact.running')}</Typography.Text>
        </Flex>
      );
    }
    if (error) return <ErrorAlert error={error} title={t('grade-schemes.impact.failed')} onRetry={onRun} />;
    return (
      <Empty description={t('grade-schemes.impact.notRun')}>
        <Button type="primary" onClick={onRun} disabled={disabled}>
          {t('grade-schemes.impact.run')}
        </Button>
      </Empty>
    );
  }

  return (
    <Spin spinning={loading} description={t('grade-schemes.impact.running')}>
      <Flex vertical gap={16} data-testid="impact-result">
        {error ? <ErrorAlert error={error} title={t('grade-schemes.impact.failed')} onRetry={onRun} /> : null}
        {stale && !loading && (
          <Alert
            type="warning"
            showIcon
            title={t('grade-schemes.impact.stale')}
            action={
              <Button size="small" onClick={onRun} disabled={disabled}>
                {t('grade-schemes.impact.rerun')}
              </Button>
            }
          />
        )}
        <Typography.Text type="secondary">
          {t('grade-schemes.impact.period', { from: formatTime(result.from), to: formatTime(result.to) })}
        </Typography.Text>
        <Row gutter={16}>
          <Col span={6}>
            <Statistic title={t('grade-schemes.impact.complaintCount')} value={result.complaintCount} />
          </Col>
          <Col span={6}>
            <Statistic
              title={t('grade-schemes.impact.changedCount')}
              value={result.changedCount}
              styles={{ content: { color: result.changedCount > 0 ? '#d4380d' : undefined } }}
            />
          </Col>
          <Col span={6}>
            <Statistic title={t('grade-schemes.impact.overriddenCount')} value={result.overriddenCount} />
          </Col>
          <Col span={6}>
            <Statistic title={t('grade-schemes.impact.otherSchemeCount')} value={result.otherSchemeCount} />
          </Col>
        </Row>
        {result.changedCount === 0 ? (
          <Result status="success" title={t('grade-schemes.impact.noChanges')} subTitle={t('grade-schemes.impact.noChangesHint')} />
        ) : (
          <>
            <div>
              <Typography.Title level={5}>{t('grade-schemes.impact.changesTitle')}</Typography.Title>
              <Table<Change>
                size="small"
                rowKey={(c) => `${c.fromGrade.code}-${c.toGrade.code}`}
                columns={changeColumns}
                dataSource={result.changes}
                pagination={false}
                aria-label={t('grade-schemes.impact.changesTitle')}
              />
            </div>
            <div>
              <Typography.Title level={5}>{t('grade-schemes.impact.examplesTitle', { count: result.examples.length })}</Typography.Title>
              <Table<Example>
                size="small"
                rowKey={(e) => e.complaint.id}
                columns={exampleColumns}
                dataSource={result.examples}
                pagination={false}
                aria-label={t('grade-schemes.impact.examplesTitle', { count: result.examples.length })}
              />
            </div>
          </>
        )}
      </Flex>
    </Spin>
  );
}
