import { TeamOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tabs } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n-context';
import { Can } from '../auth/ability';
import { AssignRoleDialog, type AssignRoleTarget } from './assign-role-dialog';
import { CreateUserDialog } from './create-user-dialog';
import { PeopleList, type PeopleFilter } from './people-list';
import type { UserRow } from './people-operations';
import { ResetPasswordDialog } from './reset-password-dialog';
import { RoleDistribution } from './role-distribution';

type TabKey = 'people' | 'distribution';

/** People in the admin's scope, their accounts and role grants; and who holds which role where. */
export function PeoplePage() {
  const { t } = useI18n();
  const [tab, setTab] = useState<TabKey>('people');
  const [filter, setFilter] = useState<PeopleFilter>({ search: '' });
  const [creating, setCreating] = useState(false);
  const [assignTarget, setAssignTarget] = useState<AssignRoleTarget | null>(null);
  const [resetUser, setResetUser] = useState<UserRow | null>(null);
  const [listReload, setListReload] = useState(0);
  const [distributionReload, setDistributionReload] = useState(0);

  return (
    <Flex vertical gap={16}>
      <PageHeader
        icon={<TeamOutlined />}
        title={t('nav.people')}
        subtitle={t('people.subtitle')}
        actions={
          <Can I="create" a="User">
            <Button type="primary" icon={<UserAddOutlined />} onClick={() => setCreating(true)}>
              {t('people.create.button')}
            </Button>
          </Can>
        }
      />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key as TabKey)}
          items={[
            {
              key: 'people',
              label: t('people.tab.list'),
              children: (
                <PeopleList
                  filter={filter}
                  onFilterChange={setFilter}
                  onAssignRole={(user) => setAssignTarget({ user })}
                  onResetPassword={setResetUser}
                  reloadKey={listReload}
                />
              ),
            },
            {
              key: 'distribution',
              label: t('people.tab.distribution'),
              // Mounted only when shown: it reads every holder of a role, which is wasted on the list tab.
              children: tab === 'distribution' && (
                <RoleDistribution onAssign={(target) => setAssignTarget(target)} reloadKey={distributionReload} />
              ),
            },
          ]}
        />
      </Card>

      <CreateUserDialog
        open={creating}
        defaultOrgUnitId={filter.orgUnitId}
        onClose={() => setCreating(false)}
        onCreated={(user) => {
          setCreating(false);
          // Show the new person right away: the list narrows to their login, ready for "分配角色".
          setTab('people');
          setFilter({ search: user.login });
          setListReload((n) => n + 1);
        }}
      />
      <AssignRoleDialog
        target={assignTarget}
        onClose={() => setAssignTarget(null)}
        onAssigned={() => {
          setAssignTarget(null);
          // The list needs nothing: the mutation answers the person's roles and the cache updates the row.
          setDistributionReload((n) => n + 1);
        }}
      />
      <ResetPasswordDialog user={resetUser} onClose={() => setResetUser(null)} />
    </Flex>
  );
}
