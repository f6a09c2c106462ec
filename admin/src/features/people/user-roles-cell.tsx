import { CloseOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App as AntdApp, Button, Flex, Popconfirm, Typography } from 'antd';
import { RoleTag } from '../../components/role-label';
import type { Role } from '../../graphql/generated/graphql';
import { useErrorMessage } from '../../graphql/graphql-errors';
import { useI18n } from '../../i18n/i18n-context';
import { roleLabel } from '../../i18n/role-label';
import { Can } from '../auth/ability';
import { REVOKE_ROLE_MUTATION, type RoleAssignmentRow, type UserRow } from './people-operations';

/** A person's role grants, one per line as "项目总 @ 广州·云山府", each revocable after a confirmation. */
export function UserRolesCell({ user }: { user: Pick<UserRow, 'id' | 'name' | 'roles'> }) {
  const { t } = useI18n();
  if (user.roles.length === 0) {
    return <Typography.Text type="secondary">{t('people.roles.none')}</Typography.Text>;
  }
  return (
    <Flex vertical gap={4}>
      {user.roles.map((assignment) => (
        <RoleAssignmentLine key={assignment.id} user={user} assignment={assignment} />
      ))}
    </Flex>
  );
}

function RoleAssignmentLine({
  user,
  assignment,
}: {
  user: Pick<UserRow, 'id' | 'name'>;
  assignment: RoleAssignmentRow;
}) {
  const { t, locale } = useI18n();
  const { message } = AntdApp.useApp();
  const toMessage = useErrorMessage();
  const [revokeRole, { loading }] = useMutation(REVOKE_ROLE_MUTATION);
  const unitName = assignment.orgUnit?.name ?? t('people.roles.hiddenUnit');
  const role = roleLabel(locale, assignment.role);

  const revoke = async () => {
    if (!assignment.orgUnit) return;
    try {
      await revokeRole({
        variables: { input: { userId: user.id, role: assignment.role as Role, orgUnitId: assignment.orgUnit.id } },
      });
      message.success(t('people.revoke.done', { user: user.name, role, unit: unitName }));
    } catch (error) {
      message.error(toMessage(error));
    }
  };

  return (
    // One line per grant; a long unit name is shortened (full name in a tooltip) rather than pushing the revoke
    // button onto a line of its own.
    <Flex gap={4} align="center" wrap={false} data-testid="role-assignment" style={{ minWidth: 0 }}>
      <span style={{ flex: 'none' }}>
        <RoleTag role={assignment.role} />
      </span>
      <Typography.Text ellipsis={{ tooltip: unitName }} style={{ minWidth: 0 }}>
        @ {unitName}
      </Typography.Text>
      {assignment.orgUnit && (
        <Can I="delete" a="RoleAssignment">
          <Popconfirm
            title={t('people.revoke.title')}
            description={t('people.revoke.confirm', { user: user.name, role, unit: unitName })}
            okText={t('people.revoke.ok')}
            cancelText={t('people.cancel')}
            okButtonProps={{ danger: true, loading }}
            onConfirm={revoke}
          >
            <Button
              type="text"
              size="small"
              icon={<CloseOutlined />}
              aria-label={t('people.revoke.aria', { role, unit: unitName })}
              title={t('people.revoke.title')}
            />
          </Popconfirm>
        </Can>
      )}
    </Flex>
  );
}
