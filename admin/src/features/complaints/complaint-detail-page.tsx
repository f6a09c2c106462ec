import { ArrowLeftOutlined, BookOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { App as AntdApp, Button, Card, Col, Descriptions, Empty, Flex, Popconfirm, Result, Row, Skeleton, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { useErrorMessage } from '../../graphql/graphql-errors';
import { useI18n } from '../../i18n/i18n-context';
import { Can } from '../auth/ability';
import { AccountabilityCard } from './accountability-card';
import { ComplaintActionDialog } from './complaint-action-dialog';
import { ComplaintDeadlines } from './complaint-deadlines';
import {
  STATUS_COLOR,
  actionKey,
  channelKey,
  flagKey,
  gradeColor,
  isSupportedAction,
  kindKey,
  statusKey,
  type SupportedAction,
} from './complaint-labels';
import {
  COMPLAINT_DETAIL_QUERY,
  COMPLAINT_UPDATED_SUBSCRIPTION,
  CREATE_CASE_FROM_COMPLAINT_MUTATION,
  SIMILAR_CASES_QUERY,
  type ComplaintDetail,
} from './complaints-operations';
import { formatDateTime, isSettled } from './due-time';

/** Route `/complaints/:id`: the complaint's file and what the caller may do with it now. */
export function ComplaintDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(COMPLAINT_DETAIL_QUERY, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  // Live: when the complaint changes elsewhere, its whole file (timeline, deadlines, allowed actions) is reloaded.
  useSubscription(COMPLAINT_UPDATED_SUBSCRIPTION, {
    variables: { id },
    skip: !id,
    onData: ({ data: update }) => {
      if (update.data?.complaintUpdated && update.data.complaintUpdated.version !== data?.complaint?.version) void refetch();
    },
  });
  const back = (
    <Link to="/complaints">
      <ArrowLeftOutlined /> {t('complaints.back')}
    </Link>
  );

  if (loading && !data) return <Skeleton active paragraph={{ rows: 10 }} data-testid="complaint-loading" />;
  if (error && !data) {
    return (
      <Flex vertical gap={12}>
        {back}
        <ErrorAlert error={error} onRetry={() => void refetch()} title={t('complaints.detail.loadFailed')} />
      </Flex>
    );
  }
  const complaint = data?.complaint;
  if (!complaint) {
    // The server answers null for both "no such complaint" and "outside your scope", on purpose.
    return (
      <Result
        status="404"
        title={t('complaints.detail.notFound')}
        subTitle={t('complaints.detail.notFoundHint')}
        extra={<Link to="/complaints">{t('complaints.back')}</Link>}
      />
    );
  }
  return <ComplaintView complaint={complaint} back={back} reload={() => void refetch()} />;
}

function ComplaintView({ complaint, back, reload }: { complaint: ComplaintDetail; back: React.ReactNode; reload: () => void }) {
  const { t } = useI18n();
  const [action, setAction] = useState<SupportedAction | null>(null);
  const actions = complaint.allowedActions.filter(isSupportedAction);

  return (
    <Flex vertical gap={16}>
      {back}
      <PageHeader
        title={
          <Space size={8} wrap>
            <span>{complaint.number}</span>
            <Tag color={gradeColor(complaint.grade.rank)}>{complaint.grade.label}</Tag>
            <Tag color={STATUS_COLOR[complaint.status]}>{t(statusKey(complaint.status))}</Tag>
            {complaint.overdue && <Tag color="red">{t('complaints.due.overdue')}</Tag>}
          </Space>
        }
        subtitle={complaint.title}
        actions={<CreateCaseButton complaint={complaint} />}
      />
      <Card size="small" title={t('complaints.detail.actions')} data-testid="complaint-actions">
        {actions.length === 0 ? (
          <Typography.Text type="secondary">{t('complaints.detail.noActions')}</Typography.Text>
        ) : (
          <Flex gap={8} wrap>
            {actions.map((a) => (
              <Button
                key={a}
                type={a === actions[0] ? 'primary' : 'default'}
                danger={a === 'MARK_INVALID'}
                autoInsertSpace={false}
                onClick={() => setAction(a)}
              >
                {t(actionKey(a))}
              </Button>
            ))}
          </Flex>
        )}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={16}>
            <ComplaintFacts complaint={complaint} />
            <ComplaintCustomers complaint={complaint} />
            <AccountabilityCard complaint={complaint} />
            <ComplaintTimeline complaint={complaint} />
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={16}>
            <ComplaintDeadlines complaint={complaint} />
            <ComplaintGradeCard complaint={complaint} />
            <SimilarCases complaintId={complaint.id} />
          </Flex>
        </Col>
      </Row>
      <ComplaintActionDialog action={action} complaint={complaint} onClose={() => setAction(null)} onDone={reload} />
    </Flex>
  );
}

function ComplaintFacts({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useI18n();
  const none = t('common.none');
  return (
    <Card size="small" title={t('complaints.detail.facts')}>
      <Descriptions size="small" column={2} bordered={false}>
        <Descriptions.Item label={t('complaints.col.kind')}>{t(kindKey(complaint.kind))}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.col.category')}>{complaint.category.label}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.field.project')}>{complaint.project?.name ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.field.owningUnit')}>{complaint.owningUnit?.name ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.field.channel')}>{t(channelKey(complaint.channel))}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.col.receivedAt')}>{formatDateTime(complaint.receivedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.field.firstResponsible')}>{complaint.firstResponsible?.name ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.field.handler')}>{complaint.handler?.name ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.field.householdCount')}>{complaint.householdCount}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.field.compensation')}>{Number(complaint.compensationAmount).toLocaleString('zh-CN')}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.field.escalations')}>{complaint.escalationCount}</Descriptions.Item>
        <Descriptions.Item label={t('complaints.field.extensions')}>{complaint.extensionCount} / 2</Descriptions.Item>
        <Descriptions.Item label={t('complaints.field.flags')} span={2}>
          {complaint.flags.length === 0 ? none : complaint.flags.map((f) => <Tag key={f}>{t(flagKey(f))}</Tag>)}
        </Descriptions.Item>
        <Descriptions.Item label={t('complaints.field.description')} span={2}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{complaint.description}</Typography.Paragraph>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function ComplaintCustomers({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useI18n();
  const none = t('common.none');
  return (
    <Card size="small" title={t('complaints.detail.customers')}>
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={complaint.customers.map((c, index) => ({ ...c, key: index }))}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('complaints.detail.noCustomers')} /> }}
        columns={[
          { key: 'name', title: t('complaints.field.customerName'), dataIndex: 'name' },
          // Masked by the server (138****5678) when the caller may not read contacts: shown as it comes.
          { key: 'phone', title: t('complaints.field.customerPhone'), render: (_, c) => c.phone ?? none },
          { key: 'room', title: t('complaints.field.customerRoom'), render: (_, c) => c.room ?? none },
        ]}
      />
    </Card>
  );
}

function ComplaintGradeCard({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('complaints.detail.grade')} data-testid="complaint-grade">
      <Space style={{ marginBottom: 8 }}>
        <Tag color={gradeColor(complaint.grade.rank)}>{complaint.grade.label}</Tag>
        {complaint.gradeOverridden && <Tag>{t('complaints.detail.gradeOverridden')}</Tag>}
      </Space>
      {complaint.gradeExplanation.length === 0 ? (
        <Typography.Text type="secondary">{t('complaints.detail.noExplanation')}</Typography.Text>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {complaint.gradeExplanation.map((line) => (
            <li key={line}>
              <Typography.Text>{line}</Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function ComplaintTimeline({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useI18n();
  const events = complaint.events.edges.map((e) => e.node);
  return (
    <Card size="small" title={`${t('complaints.detail.timeline')}（${complaint.events.totalCount}）`} data-testid="complaint-timeline">
      {events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('complaints.detail.noEvents')} />
      ) : (
        <Timeline
          items={events.map((event) => ({
            key: event.id,
            content: (
              <Flex vertical gap={2}>
                <Space size={8} wrap>
                  <Typography.Text strong>{event.label}</Typography.Text>
                  {event.toStatus && <Tag color={STATUS_COLOR[event.toStatus]}>{t(statusKey(event.toStatus))}</Tag>}
                </Space>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(event.occurredAt)} · {event.actor?.name ?? t('complaints.detail.system')}
                </Typography.Text>
                {event.reason && <Typography.Text>{event.reason}</Typography.Text>}
              </Flex>
            ),
          }))}
        />
      )}
    </Card>
  );
}

function SimilarCases({ complaintId }: { complaintId: string }) {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(SIMILAR_CASES_QUERY, { variables: { complaintId } });
  // A side panel: failing quietly (with a short note) is better than blocking the page.
  return (
    <Card size="small" title={t('complaints.detail.similar')} data-testid="similar-cases">
      {loading && !data ? (
        <Skeleton active paragraph={{ rows: 2 }} title={false} />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : (data?.similarCases.length ?? 0) === 0 ? (
        <Typography.Text type="secondary">{t('complaints.detail.noSimilar')}</Typography.Text>
      ) : (
        <Flex vertical gap={6}>
          {data?.similarCases.map((c) => (
            <Flex key={c.id} justify="space-between" gap={8}>
              <Link to={`/cases/${encodeURIComponent(c.id)}`} style={{ minWidth: 0 }}>
                <Typography.Text ellipsis style={{ color: 'inherit' }} title={c.title}>
                  {c.title}
                </Typography.Text>
              </Link>
              <Typography.Text type="secondary" style={{ flex: 'none', fontSize: 12 }}>
                {c.category.label}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}

/** "沉淀为案例": concluded (or later) complaints, for people who may write cases. */
function CreateCaseButton({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { message } = AntdApp.useApp();
  const toMessage = useErrorMessage();
  const [createCase, { loading }] = useMutation(CREATE_CASE_FROM_COMPLAINT_MUTATION);
  if (!isSettled(complaint.status) || complaint.status === 'INVALID') return null;
  const run = async () => {
    try {
      const result = await createCase({ variables: { input: { complaintId: complaint.id } } });
      const caseId = result.data?.createCaseFromComplaint.case.id;
      void message.success(t('complaints.case.created'));
      if (caseId) void navigate(`/cases/${encodeURIComponent(caseId)}`);
    } catch (e) {
      void message.error(toMessage(e));
    }
  };
  return (
    <Can I="create" a="Case">
      <Popconfirm
        title={t('complaints.case.button')}
        description={t('complaints.case.confirm')}
        onConfirm={() => void run()}
        okText={t('complaints.action.confirm')}
        cancelText={t('complaints.action.cancel')}
        okButtonProps={{ autoInsertSpace: false }}
        cancelButtonProps={{ autoInsertSpace: false }}
      >
        <Button icon={<BookOutlined />} loading={loading}>
          {t('complaints.case.button')}
        </Button>
      </Popconfirm>
    </Can>
  );
}
