import { UserAddOutlined } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { Button, Empty, Flex, Select, Switch, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { ErrorAlert } from '../../components/error-alert';
import type { Role, UsersQuery } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { roleLabel } from '../../i18n/role-label';
import { Can } from '../auth/ability';
import { OrgLevelTag } from '../org/org-level-tag';
import { roleLevels } from '../org/org-level-rules';
import { loadAllOrgUnits } from '../org/org-unit-loader';
import { MAX_PAGE_SIZE, USERS_QUERY, type UserRow } from './people-operations';
import { roleDistribution, type RoleDistributionRow } from './role-distribution-model';
import { roleOptions } from './role-options';

/** 2 000 holders of one role is far beyond a real group; the cap keeps a runaway cursor from freezing the page. */
const MAX_HOLDER_PAGES = 20;

async function loadHolders(client: ApolloClient, role: Role): Promise<UserRow[]> {
  const users: UserRow[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_HOLDER_PAGES; page += 1) {
    const result: ApolloClient.QueryResult<UsersQuery> = await client.query({
      query: USERS_QUERY,
      variables: { first: MAX_PAGE_SIZE, after, filter: { role } },
      fetchPolicy: 'network-only',
    });
    const connection = result.data?.users;
    if (!connection) break;
    users.push(...connection.edges.map((edge) => edge.node));
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  return users;
}

type LoadState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; rows: RoleDistributionRow[]; pinned: boolean };

interface RoleDistributionProps {
  onAssign: (target: { role: Role; orgUnitId: string }) => void;
  /** Bumped after a grant or a revocation, so the overview is asked again. */
  reloadKey: number;
}

/**
 * "Who holds which role where": for a position pinned to a level (项目总 at projects) every such unit is listed,
 * so the vacant ones stand out; for a role held anywhere, the units where someone holds it.
 */
export function RoleDistribution({ onAssign, reloadKey }: RoleDistributionProps) {
  const { t, locale } = useI18n();
  const client = useApolloClient();
  const [role, setRole] = useState<Role>('PROJECT_HEAD');
  const [vacantOnly, setVacantOnly] = useState(false);
  const [retry, setRetry] = useState(0);
  const [state, setState] = useState<LoadState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    const levels = roleLevels(role);
    (async () => {
      const [holders, unitLists] = await Promise.all([
        loadHolders(client, role),
        levels ? Promise.all(levels.map((level) => loadAllOrgUnits(client, { level }))) : Promise.resolve(undefined),
      ]);
      if (cancelled) return;
      const units = unitLists?.flat();
      setState({ status: 'ready', rows: roleDistribution(role, holders, units), pinned: Boolean(units) });
    })().catch((error: unknown) => {
      if (!cancelled) setState({ status: 'error', error });
    });
    return () => {
      cancelled = true;
    };
  }, [client, role, reloadKey, retry]);

  const rows = useMemo(() => {
    if (state.status !== 'ready') return [];
    return vacantOnly ? state.rows.filter((row) => row.holders.length === 0) : state.rows;
  }, [state, vacantOnly]);
  const vacant = state.status === 'ready' ? state.rows.filter((row) => row.holders.length === 0).length : 0;
  const pinned = state.status === 'ready' && state.pinned;

  return (
    <Flex vertical gap={12} data-testid="role-distribution">
      <Flex gap={16} align="center" wrap>
        <Flex gap={8} align="center">
          <Typography.Text>{t('people.field.role')}</Typography.Text>
          <Select<Role>
            aria-label={t('people.distribution.role')}
            value={role}
            onChange={(next) => {
              setRole(next);
              setVacantOnly(false);
            }}
            options={roleOptions(locale)}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 220 }}
            data-testid="distribution-role"
          />
        </Flex>
        {pinned && (
          <Flex gap={8} align="center">
            <Switch size="small" checked={vacantOnly} onChange={setVacantOnly} aria-label={t('people.distribution.vacantOnly')} />
            <Typography.Text>{t('people.distribution.vacantOnly')}</Typography.Text>
          </Flex>
        )}
        {state.status === 'ready' && (
          <Typography.Text type="secondary" data-testid="distribution-summary">
            {pinned
              ? t('people.distribution.summaryPinned', { units: state.rows.length, vacant, role: roleLabel(locale, role) })
              : t('people.distribution.summary', { units: state.rows.length, role: roleLabel(locale, role) })}
          </Typography.Text>
        )}
      </Flex>

      {state.status === 'error' ? (
        <ErrorAlert error={state.error} onRetry={() => setRetry((n) => n + 1)} title={t('people.distribution.loadFailed')} />
      ) : (
        <Table<RoleDistributionRow>
          rowKey={(row) => row.unit.id}
          size="middle"
          loading={state.status === 'loading'}
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  vacantOnly
                    ? t('people.distribution.noVacancy', { role: roleLabel(locale, role) })
                    : t('people.distribution.empty', { role: roleLabel(locale, role) })
                }
              />
            ),
          }}
          columns={[
            {
              key: 'unit',
              title: t('people.distribution.unit'),
              width: 280,
              render: (_, row) => (
                <Flex gap={6} align="center" wrap>
                  <span>{row.unit.name}</span>
                  <OrgLevelTag level={row.unit.level} levelLabel={row.unit.levelLabel} />
                </Flex>
              ),
            },
            {
              key: 'holders',
              title: t('people.distribution.holders'),
              render: (_, row) =>
                row.holders.length === 0 ? (
                  <Tag color="orange">{t('people.distribution.vacant')}</Tag>
                ) : (
                  <Flex gap={4} wrap>
                    {row.holders.map((holder) => (
                      <Tag key={holder.id} color="blue">
                        {holder.name}（{holder.login}）
                      </Tag>
                    ))}
                  </Flex>
                ),
            },
            {
              key: 'actions',
              title: t('people.actions'),
              width: 120,
              render: (_, row) => (
                <Can I="create" a="RoleAssignment">
                  <Button
                    type="link"
                    size="small"
                    icon={<UserAddOutlined />}
                    onClick={() => onAssign({ role, orgUnitId: row.unit.id })}
                    aria-label={t('people.distribution.assignAria', { unit: row.unit.name })}
                  >
                    {t('people.distribution.assign')}
                  </Button>
                </Can>
              ),
            },
          ]}
        />
      )}
    </Flex>
  );
}
