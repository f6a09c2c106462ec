import { KeyOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Badge, Button, Flex, Input, Select, Space, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import type { Role } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { orgLevelLabel } from '../../i18n/org-level-label';
import { Can } from '../auth/ability';
import { OrgUnitPicker } from '../org/org-unit-picker';
import { USERS_QUERY, type UserRow } from './people-operations';
import { roleOptions } from './role-options';
import { CursorPagedTable } from '../../components/cursor-paged-table';
import { useCursorPages } from '../../components/use-cursor-pages';
import { UserRolesCell } from './user-roles-cell';

export const PEOPLE_PAGE_SIZE = 20;

export interface PeopleFilter {
  search: string;
  orgUnitId?: string;
  role?: Role;
}

interface PeopleListProps {
  filter: PeopleFilter;
  onFilterChange: (filter: PeopleFilter) => void;
  onAssignRole: (user: UserRow) => void;
  onResetPassword: (user: UserRow) => void;
  /** Bumped by the page after a change the list must show (a new user). */
  reloadKey: number;
}

export function PeopleList({ filter, onFilterChange, onAssignRole, onResetPassword, reloadKey }: PeopleListProps) {
  const { t, locale } = useI18n();
  const pages = useCursorPages();
  const [searchInput, setSearchInput] = useState(filter.search);
  const { reset } = pages;

  // A new filter (or a reload) starts again at the first page.
  useEffect(() => reset(), [filter, reloadKey, reset]);
  useEffect(() => setSearchInput(filter.search), [filter.search]);

  const { data, previousData, loading, error, refetch } = useQuery(USERS_QUERY, {
    variables: {
      first: PEOPLE_PAGE_SIZE,
      after: pages.after,
      filter: { search: filter.search || undefined, orgUnitId: filter.orgUnitId, role: filter.role },
    },
    fetchPolicy: 'cache-and-network',
  });
  useEffect(() => {
    if (reloadKey > 0) void refetch();
  }, [reloadKey, refetch]);

  // Keep the last page on screen while the next one loads, so the table does not jump.
  const connection = (data ?? previousData)?.users;
  const filtered = Boolean(filter.search || filter.orgUnitId || filter.role);

  const columns: TableColumnsType<UserRow> = [
    {
      key: 'name',
      title: t('people.field.name'),
      width: 110,
      render: (_, user) => <Typography.Text strong>{user.name}</Typography.Text>,
    },
    { key: 'login', title: t('people.field.login'), dataIndex: 'login', width: 125, ellipsis: true },
    {
      key: 'phone',
      title: t('people.field.phone'),
      width: 120,
      render: (_, user) => user.phone ?? <Typography.Text type="secondary">{t('common.none')}</Typography.Text>,
    },
    {
      key: 'orgUnit',
      title: t('people.field.orgUnit'),
      width: 150,
      ellipsis: true,
      render: (_, user) =>
        user.orgUnit ? (
          <span title={orgLevelLabel(locale, user.orgUnit.level, user.orgUnit.levelLabel)}>{user.orgUnit.name}</span>
        ) : (
          <Typography.Text type="secondary">{t('people.roles.hiddenUnit')}</Typography.Text>
        ),
    },
    { key: 'roles', title: t('people.field.roles'), render: (_, user) => <UserRolesCell user={user} /> },
    {
      key: 'active',
      title: t('people.field.active'),
      width: 80,
      render: (_, user) =>
        user.active ? (
          <Badge status="success" text={t('people.active.yes')} />
        ) : (
          <Badge status="default" text={t('people.active.no')} />
        ),
    },
    {
      key: 'actions',
      title: t('people.actions'),
      // English labels are longer; the buttons must stay on one line.
      width: locale === 'zh-CN' ? 210 : 260,
      fixed: 'right',
      render: (_, user) => (
        <Space size={0}>
          <Can I="create" a="RoleAssignment">
            <Button type="link" size="small" icon={<UserSwitchOutlined />} onClick={() => onAssignRole(user)}>
              {t('people.assign.button')}
            </Button>
          </Can>
          <Can I="update" a="User">
            <Button type="link" size="small" icon={<KeyOutlined />} onClick={() => onResetPassword(user)}>
              {t('people.reset.button')}
            </Button>
          </Can>
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap data-testid="people-filters">
        <Input.Search
          allowClear
          aria-label={t('people.filter.search')}
          placeholder={t('people.filter.search')}
          value={searchInput}
          onChange={(event) => {
            setSearchInput(event.target.value);
            if (event.target.value === '') onFilterChange({ ...filter, search: '' });
          }}
          onSearch={(value) => onFilterChange({ ...filter, search: value.trim() })}
          style={{ width: 260 }}
          data-testid="people-search"
        />
        <OrgUnitPicker
          value={filter.orgUnitId}
          onChange={(orgUnitId) => onFilterChange({ ...filter, orgUnitId })}
          placeholder={t('people.filter.orgUnit')}
          style={{ width: 240 }}
          data-testid="people-filter-unit"
        />
        <Select<Role>
          allowClear
          aria-label={t('people.filter.role')}
          placeholder={t('people.filter.role')}
          value={filter.role}
          onChange={(role) => onFilterChange({ ...filter, role })}
          options={roleOptions(locale)}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 200 }}
          data-testid="people-filter-role"
        />
        {filtered && (
          <Button type="link" onClick={() => onFilterChange({ search: '' })}>
            {t('people.filter.clear')}
          </Button>
        )}
      </Flex>

      <CursorPagedTable
        connection={connection}
        pageSize={PEOPLE_PAGE_SIZE}
        pages={pages}
        columns={columns}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        testId="people"
        scrollX={1000}
        labels={{
          loadFailed: t('people.list.loadFailed'),
          empty: filtered ? t('people.list.noMatch') : t('people.list.empty'),
          summary: (figures) => t('people.list.summary', figures),
          previous: t('people.list.previous'),
          next: t('people.list.next'),
        }}
      />
    </Flex>
  );
}
