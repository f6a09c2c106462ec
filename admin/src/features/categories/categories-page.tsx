import { PlusOutlined, TagsOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App as AntdApp, Button, Card, Empty, Flex, Input, Popconfirm, Skeleton, Space, Switch, Table, Tabs, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { useErrorMessage } from '../../graphql/graphql-errors';
import { useI18n } from '../../i18n/i18n-context';
import { Can, useAbility } from '../auth/ability';
import { CATEGORIES_QUERY, UPDATE_CATEGORY_MUTATION, type CategoryRow, type TaxonomyKind } from './categories-operations';
import { CategoryFormModal } from './category-form-modal';
import { TAXONOMY_KINDS, departmentKey, kindKey } from './category-labels';

type KindTab = TaxonomyKind | 'ALL';

/** Taxonomy first, then the admin's sort order: the order intake pickers show. */
function byKindAndOrder(a: CategoryRow, b: CategoryRow): number {
  return a.kind.localeCompare(b.kind) || a.sortOrder - b.sortOrder || a.code.localeCompare(b.code);
}

function matches(category: CategoryRow, term: string): boolean {
  if (!term) return true;
  const needle = term.toLowerCase();
  return [category.code, category.label, category.description].some((text) => text.toLowerCase().includes(needle));
}

/** 投诉分类: the group's taxonomy (RULES.md §3). Everyone in the group reads it; only a group-root ADMIN edits it. */
export function CategoriesPage() {
  const { t } = useI18n();
  const ability = useAbility();
  const canUpdate = ability.can('update', 'Category');
  const { data, loading, error, refetch } = useQuery(CATEGORIES_QUERY);

  const [tab, setTab] = useState<KindTab>('ALL');
  const [search, setSearch] = useState('');
  const [showInactive, setShowInactive] = useState(true);
  const [editor, setEditor] = useState<{ open: boolean; category: CategoryRow | null }>({ open: false, category: null });

  const all = useMemo(() => [...(data?.categories ?? [])].sort(byKindAndOrder), [data]);
  const visible = useMemo(
    () =>
      all.filter(
        (category) =>
          (tab === 'ALL' || category.kind === tab) && (showInactive || category.active) && matches(category, search.trim()),
      ),
    [all, tab, showInactive, search],
  );

  const countOf = (kind: KindTab) => all.filter((category) => kind === 'ALL' || category.kind === kind).length;
  const tabs: KindTab[] = ['ALL', ...TAXONOMY_KINDS];
  const filtered = search.trim() !== '' || !showInactive;

  let content;
  if (loading && !data) {
    content = <Skeleton active paragraph={{ rows: 8 }} data-testid="categories-loading" />;
  } else if (error && !data) {
    content = <ErrorAlert error={error} title={t('categories.loadFailed')} onRetry={() => void refetch()} />;
  } else {
    content = (
      <CategoryTable
        rows={visible}
        canUpdate={canUpdate}
        empty={
          <Empty
            description={
              all.length === 0 ? (
                <Space orientation="vertical" size={0}>
                  <span>{t('categories.empty')}</span>
                  {canUpdate && <Typography.Text type="secondary">{t('categories.emptyHint')}</Typography.Text>}
                </Space>
              ) : (
                t('categories.emptyFiltered')
              )
            }
          />
        }
        onEdit={(category) => setEditor({ open: true, category })}
      />
    );
  }

  return (
    <Flex vertical gap={16}>
      <PageHeader
        icon={<TagsOutlined />}
        title={t('categories.title')}
        subtitle={t('categories.subtitle')}
        actions={
          <Can I="create" a="Category">
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditor({ open: true, category: null })}>
              {t('categories.action.create')}
            </Button>
          </Can>
        }
      />
      {!canUpdate && <Alert type="info" showIcon title={t('categories.readOnly')} />}
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key as KindTab)}
          items={tabs.map((kind) => ({
            key: kind,
            label: `${t(`categories.tab.${kind}`)}（${countOf(kind)}）`,
          }))}
          tabBarExtraContent={
            <Space size={16}>
              <Space size={6}>
                <Switch size="small" checked={showInactive} onChange={setShowInactive} aria-label={t('categories.showInactive')} />
                <Typography.Text>{t('categories.showInactive')}</Typography.Text>
              </Space>
              <Input.Search
                allowClear
                placeholder={t('categories.search.placeholder')}
                value={search}
                onChange={(event) => setSearch(event.target.value)}
                style={{ width: 240 }}
                aria-label={t('categories.search.placeholder')}
              />
            </Space>
          }
        />
        {content}
        {data && (
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 12 }}>
            {t('categories.count', { count: all.length, active: all.filter((c) => c.active).length })}
            {(filtered || tab !== 'ALL') && ` · ${t('categories.shown', { shown: visible.length })}`}
          </Typography.Text>
        )}
      </Card>
      <CategoryFormModal
        open={editor.open}
        category={editor.category}
        defaultKind={tab === 'ALL' ? 'COMPLAINT' : tab}
        onClose={() => setEditor((current) => ({ ...current, open: false }))}
      />
    </Flex>
  );
}

interface CategoryTableProps {
  rows: CategoryRow[];
  canUpdate: boolean;
  empty: React.ReactNode;
  onEdit: (category: CategoryRow) => void;
}

function CategoryTable({ rows, canUpdate, empty, onEdit }: CategoryTableProps) {
  const { t } = useI18n();
  const columns: TableColumnsType<CategoryRow> = [
    { key: 'sortOrder', title: t('categories.column.sortOrder'), dataIndex: 'sortOrder', width: 72, align: 'right' },
    {
      key: 'code',
      title: t('categories.column.code'),
      dataIndex: 'code',
      width: 190,
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    {
      key: 'label',
      title: t('categories.column.label'),
      dataIndex: 'label',
      width: 130,
      render: (label: string, row) => (
        <Typography.Text strong={row.active} type={row.active ? undefined : 'secondary'}>
          {label}
        </Typography.Text>
      ),
    },
    {
      key: 'kind',
      title: t('categories.column.kind'),
      dataIndex: 'kind',
      width: 100,
      render: (kind: TaxonomyKind) => <Tag color={kind === 'COMPLAINT' ? 'volcano' : 'geekblue'}>{t(kindKey(kind))}</Tag>,
    },
    {
      key: 'department',
      title: t('categories.column.department'),
      dataIndex: 'department',
      width: 110,
      render: (_: unknown, row) => t(departmentKey(row.department)),
    },
    {
      key: 'description',
      title: t('categories.column.description'),
      dataIndex: 'description',
      ellipsis: { showTitle: true },
      render: (description: string) => description || <Typography.Text type="secondary">{t('common.none')}</Typography.Text>,
    },
    {
      key: 'status',
      title: t('categories.column.status'),
      dataIndex: 'active',
      width: 84,
      render: (active: boolean) =>
        active ? <Tag color="success">{t('categories.status.active')}</Tag> : <Tag>{t('categories.status.inactive')}</Tag>,
    },
  ];
  if (canUpdate) {
    columns.push({
      key: 'actions',
      title: t('categories.column.actions'),
      width: 124,
      render: (_: unknown, row) => <CategoryActions category={row} onEdit={onEdit} />,
    });
  }
  return (
    <Table<CategoryRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: empty }}
      data-testid="categories-table"
    />
  );
}

/** Edit and activate/deactivate. Categories are never deleted: old complaints keep pointing at them. */
function CategoryActions({ category, onEdit }: { category: CategoryRow; onEdit: (category: CategoryRow) => void }) {
  const { t } = useI18n();
  const { message } = AntdApp.useApp();
  const toMessage = useErrorMessage();
  const [updateCategory, { loading }] = useMutation(UPDATE_CATEGORY_MUTATION);
  const activate = !category.active;

  const toggle = async () => {
    try {
      await updateCategory({ variables: { input: { id: category.id, version: category.version, active: activate } } });
      message.success(t(activate ? 'categories.toast.activated' : 'categories.toast.deactivated', { label: category.label }));
    } catch (error) {
      message.error(toMessage(error));
    }
  };

  return (
    <Can I="update" a="Category">
      <Space size={4}>
        <Button type="link" size="small" onClick={() => onEdit(category)} aria-label={`${t('categories.action.edit')} ${category.label}`}>
          {t('categories.action.edit')}
        </Button>
        <Popconfirm
          title={t(activate ? 'categories.confirm.activate' : 'categories.confirm.deactivate', { label: category.label })}
          description={t(activate ? 'categories.confirm.activate.description' : 'categories.confirm.deactivate.description')}
          okText={t(activate ? 'categories.action.activate' : 'categories.action.deactivate')}
          okButtonProps={{ danger: !activate }}
          cancelText={t('categories.modal.cancel')}
          onConfirm={toggle}
        >
          <Button
            type="link"
            size="small"
            danger={!activate}
            loading={loading}
            aria-label={`${t(activate ? 'categories.action.activate' : 'categories.action.deactivate')} ${category.label}`}
          >
            {t(activate ? 'categories.action.activate' : 'categories.action.deactivate')}
          </Button>
        </Popconfirm>
      </Space>
    </Can>
  );
}
