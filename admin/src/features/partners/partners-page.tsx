import { ApiOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App as AntdApp, Button, Card, Flex, Popconfirm, Space, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { CursorPagedTable } from '../../components/cursor-paged-table';
import { PageHeader } from '../../components/page-header';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useErrorMessage } from '../../graphql/graphql-errors';
import { useI18n } from '../../i18n/i18n-context';
import { Can } from '../auth/ability';
import { ApiKeyDialog } from './api-key-dialog';
import { CreateApiClientDialog, scopeKey } from './create-api-client-dialog';
import { API_CLIENTS_QUERY, REVOKE_API_CLIENT_MUTATION, ROTATE_API_CLIENT_KEY_MUTATION, type ApiClientRow } from './partners-operations';

const PAGE_SIZE = 20;
const formatTime = (value: string | null | undefined) => (value ? dayjs(value).format('YYYY-MM-DD HH:mm') : null);

/** 合作方应用: the API keys partner apps call with, their reach and scopes; create, rotate, revoke. */
export function PartnersPage() {
  const { t } = useI18n();
  const { message } = AntdApp.useApp();
  const toMessage = useErrorMessage();
  const pages = useCursorPages();
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<{ name: string; key: string } | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(API_CLIENTS_QUERY, {
    variables: { first: PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const [revoke] = useMutation(REVOKE_API_CLIENT_MUTATION);
  const [rotate] = useMutation(ROTATE_API_CLIENT_KEY_MUTATION);

  const onRevoke = async (client: ApiClientRow) => {
    try {
      await revoke({ variables: { input: { id: client.id } } });
      message.success(t('partners.revoke.done', { name: client.name }));
    } catch (e) {
      message.error(toMessage(e));
    }
  };
  const onRotate = async (client: ApiClientRow) => {
    try {
      const { data: rotated } = await rotate({ variables: { input: { id: client.id } } });
      if (rotated) setIssued({ name: client.name, key: rotated.rotateApiClientKey.key });
    } catch (e) {
      message.error(toMessage(e));
    }
  };

  const columns: TableColumnsType<ApiClientRow> = [
    { title: t('partners.field.name'), dataIndex: 'name', width: 180, fixed: 'left' },
    { title: t('partners.field.orgUnit'), key: 'orgUnit', width: 160, render: (_, row) => row.orgUnit?.name ?? '—' },
    {
      title: t('partners.field.scopes'),
      key: 'scopes',
      width: 280,
      render: (_, row) => (
        <Flex wrap gap={4}>
          {row.scopes.map((scope) => <Tag key={scope} title={scope}>{t(scopeKey(scope))}</Tag>)}
        </Flex>
      ),
    },
    { title: t('partners.field.key'), dataIndex: 'keyPrefix', width: 130, render: (prefix: string) => <Typography.Text code>{prefix}…</Typography.Text> },
    {
      title: t('partners.field.status'),
      key: 'status',
      width: 100,
      render: (_, row) => (row.active ? <Tag color="green">{t('partners.status.active')}</Tag> : <Tag color="red" title={formatTime(row.revokedAt) ?? ''}>{t('partners.status.revoked')}</Tag>),
    },
    { title: t('partners.field.lastUsedAt'), key: 'lastUsedAt', width: 150, render: (_, row) => formatTime(row.lastUsedAt) ?? <Typography.Text type="secondary">{t('partners.never')}</Typography.Text> },
    {
      title: t('partners.field.budget'),
      key: 'budget',
      width: 170,
      render: (_, row) => `${row.costPerMinute ?? t('partners.budget.default')} / ${row.costPerHour ?? t('partners.budget.default')}`,
    },
    { title: t('partners.field.createdAt'), key: 'createdAt', width: 150, render: (_, row) => formatTime(row.createdAt) },
    {
      title: t('partners.actions'),
      key: 'actions',
      width: 170,
      fixed: 'right',
      render: (_, row) =>
        row.active ? (
          <Can I="update" a="ApiClient">
            <Space size={4}>
              <Popconfirm title={t('partners.rotate.confirm', { name: row.name })} description={t('partners.rotate.detail')} onConfirm={() => onRotate(row)} okText={t('partners.rotate')} cancelText={t('partners.cancel')}>
                <Button size="small">{t('partners.rotate')}</Button>
              </Popconfirm>
              <Popconfirm title={t('partners.revoke.confirm', { name: row.name })} description={t('partners.revoke.detail')} onConfirm={() => onRevoke(row)} okText={t('partners.revoke')} okButtonProps={{ danger: true }} cancelText={t('partners.cancel')}>
                <Button size="small" danger>{t('partners.revoke')}</Button>
              </Popconfirm>
            </Space>
          </Can>
        ) : null,
    },
  ];

  return (
    <Flex vertical gap={16}>
      <PageHeader
        icon={<ApiOutlined />}
        title={t('nav.partners')}
        subtitle={t('partners.subtitle')}
        actions={
          <Can I="create" a="ApiClient">
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('partners.create.button')}
            </Button>
          </Can>
        }
      />
      <Card>
        <Flex vertical gap={12}>
          <CursorPagedTable
            connection={(data ?? previousData)?.apiClients}
            pageSize={PAGE_SIZE}
            pages={pages}
            columns={columns}
            loading={loading}
            error={error}
            onRetry={() => void refetch()}
            testId="partners"
            scrollX={1400}
            labels={{
              loadFailed: t('partners.list.loadFailed'),
              empty: t('partners.list.empty'),
              summary: (figures) => t('partners.list.summary', figures),
              previous: t('partners.previous'),
              next: t('partners.next'),
            }}
          />
        </Flex>
      </Card>
      <CreateApiClientDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setCreating(false);
          setIssued(created);
        }}
      />
      <ApiKeyDialog issued={issued} onClose={() => setIssued(null)} />
    </Flex>
  );
}
