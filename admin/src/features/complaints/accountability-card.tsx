import { Card, Descriptions, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n-context';
import { accountabilityStatusKey, partyKindKey, penaltyKey } from './complaint-labels';
import type { ComplaintDetail } from './complaints-operations';
import { formatDateTime } from './due-time';

type Party = NonNullable<ComplaintDetail['accountability']>['parties'][number];

const NO_WRAP = { whiteSpace: 'nowrap' } as const;
const formatYuan = (amount: string) => Number(amount).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * 问责追责 as recorded: the conclusion, the parties with their shares, penalties and fines, and whether performance
 * management confirmed enforcement. Nothing when the caller may not read it or nothing is recorded yet.
 */
export function AccountabilityCard({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useI18n();
  const record = complaint.accountability;
  if (!record) return null;
  const none = t('common.none');
  const enforced = record.status === 'ENFORCED';
  return (
    <Card
      size="small"
      title={t('complaints.accountability.title')}
      data-testid="accountability-card"
      extra={<Tag color={enforced ? 'green' : 'gold'}>{t(accountabilityStatusKey(record.status))}</Tag>}
    >
      <Flex vertical gap={12}>
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={t('complaints.accountability.conclusion')} span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{record.conclusion}</Typography.Paragraph>
          </Descriptions.Item>
          <Descriptions.Item label={t('complaints.accountability.recordedBy')}>{record.recordedBy?.name ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.accountability.recordedAt')}>{formatDateTime(record.recordedAt)}</Descriptions.Item>
          {enforced ? (
            <>
              <Descriptions.Item label={t('complaints.accountability.enforcedBy')}>{record.enforcedBy?.name ?? none}</Descriptions.Item>
              <Descriptions.Item label={t('complaints.accountability.enforcedAt')}>{record.enforcedAt ? formatDateTime(record.enforcedAt) : none}</Descriptions.Item>
              <Descriptions.Item label={t('complaints.accountability.enforcementNote')} span={2}>
                {record.enforcementNote ?? none}
              </Descriptions.Item>
            </>
          ) : (
            <Descriptions.Item label={t('complaints.accountability.enforcedBy')} span={2}>
              <Typography.Text type="warning">{t('complaints.accountability.pending')}</Typography.Text>
            </Descriptions.Item>
          )}
        </Descriptions>
        <Table<Party & { key: number }>
          size="small"
          pagination={false}
          dataSource={record.parties.map((party, index) => ({ ...party, key: index }))}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('complaints.accountability.noPartiesRecorded')} /> }}
          columns={[
            { key: 'kind', title: t('complaints.accountability.field.kind'), render: (_, p) => t(partyKindKey(p.kind)) },
            { key: 'name', title: t('complaints.accountability.field.name'), dataIndex: 'name' },
            { key: 'share', title: t('complaints.accountability.col.share'), align: 'right', render: (_, p) => <span style={NO_WRAP}>{p.share}%</span> },
            { key: 'penalty', title: t('complaints.accountability.field.penalty'), render: (_, p) => <span style={NO_WRAP}>{t(penaltyKey(p.penalty))}</span> },
            {
              key: 'fine',
              title: t('complaints.accountability.col.fine'),
              align: 'right',
              render: (_, p) => <span style={NO_WRAP}>{p.fineAmount ? formatYuan(p.fineAmount) : none}</span>,
            },
            { key: 'note', title: t('complaints.accountability.field.note'), render: (_, p) => p.note ?? none },
          ]}
        />
        {record.comments.length > 0 && (
          <Flex vertical gap={4}>
            <Typography.Text strong>{t('complaints.accountability.comments')}</Typography.Text>
            {record.comments.map((comment) => (
              <Typography.Text key={`${comment.createdAt}-${comment.text}`}>
                {comment.text}
                <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                  {comment.author?.name ?? none} · {formatDateTime(comment.createdAt)}
                </Typography.Text>
              </Typography.Text>
            ))}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
