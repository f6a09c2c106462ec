import { useMutation, useQuery } from '@apollo/client/react';
import { App as AntdApp, Form, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { OrgLevel, Role } from '../../graphql/generated/graphql';
import { useErrorMessage } from '../../graphql/graphql-errors';
import { useI18n } from '../../i18n/i18n-context';
import { orgLevelLabel } from '../../i18n/org-level-label';
import { roleLabel } from '../../i18n/role-label';
import { joinLabels } from '../org/join-labels';
import { roleLevels } from '../org/org-level-rules';
import { OrgUnitPicker } from '../org/org-unit-picker';
import { showServerFieldErrors } from '../org/server-form-errors';
import { ASSIGN_ROLE_MUTATION, USERS_QUERY } from './people-operations';
import { roleOptions } from './role-options';

interface AssignRoleValues {
  /** Asked for only when the dialog was opened without a person. */
  userId?: string;
  role: Role;
  orgUnitId: string;
}

export interface AssignRoleTarget {
  /** The person; without one the dialog asks for them (from the role overview). */
  user?: { id: string; name: string; login: string };
  role?: Role;
  orgUnitId?: string;
}

export interface AssignRoleDialogProps {
  /** Open while a target is given. */
  target: AssignRoleTarget | null;
  onClose: () => void;
  onAssigned: () => void;
}

/** Grants a role at an org unit; units of a level where the role may not be held cannot be chosen. */
export function AssignRoleDialog({ target, onClose, onAssigned }: AssignRoleDialogProps) {
  const { t, locale } = useI18n();
  const { message } = AntdApp.useApp();
  const toMessage = useErrorMessage();
  const [form] = Form.useForm<AssignRoleValues>();
  const [assignRole, { loading }] = useMutation(ASSIGN_ROLE_MUTATION);
  const role = Form.useWatch('role', form);
  /** Level of the chosen unit, to drop the choice when a newly chosen role may not be held there. */
  const [unitLevel, setUnitLevel] = useState<string | undefined>();

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    form.setFieldsValue({ role: target.role, orgUnitId: target.orgUnitId });
    setUnitLevel(undefined);
  }, [target, form]);

  const levels = role ? roleLevels(role) : undefined;
  useEffect(() => {
    if (levels && unitLevel && !levels.includes(unitLevel as OrgLevel)) {
      form.setFieldsValue({ orgUnitId: undefined });
      setUnitLevel(undefined);
    }
  }, [levels, unitLevel, form]);

  const submit = async (values: AssignRoleValues) => {
    const userId = target?.user?.id ?? values.userId;
    if (!userId) return;
    try {
      const { data } = await assignRole({
        variables: { input: { userId, role: values.role, orgUnitId: values.orgUnitId } },
      });
      const granted = data?.assignRole.user.roles.find((r) => r.id === data.assignRole.assignment.id);
      message.success(
        t('people.assign.done', {
          role: roleLabel(locale, values.role),
          unit: granted?.orgUnit?.name ?? '',
        }),
      );
      onAssigned();
    } catch (error) {
      if (!showServerFieldErrors(form, error, ['userId', 'role', 'orgUnitId'])) message.error(toMessage(error));
    }
  };

  const levelHint = role
    ? levels
      ? t('people.assign.levels', {
          role: roleLabel(locale, role),
          levels: joinLabels(
            locale,
            levels.map((level) => orgLevelLabel(locale, level)),
          ),
        })
      : t('people.assign.anyLevel', { role: roleLabel(locale, role) })
    : t('people.assign.chooseRoleFirst');

  return (
    <Modal
      open={target !== null}
      title={t('people.assign.title')}
      okText={t('people.assign.ok')}
      cancelText={t('people.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {target?.user && (
        <Typography.Paragraph type="secondary">
          {t('people.assign.for', { name: target.user.name, login: target.user.login })}
        </Typography.Paragraph>
      )}
      <Form<AssignRoleValues> name="assignRole" form={form} layout="vertical" onFinish={submit} disabled={loading}>
        {!target?.user && (
          <Form.Item
            name="userId"
            label={t('people.field.user')}
            rules={[{ required: true, message: t('people.assign.user.required') }]}
          >
            <UserSearchSelect />
          </Form.Item>
        )}
        <Form.Item
          name="role"
          label={t('people.field.role')}
          rules={[{ required: true, message: t('people.assign.role.required') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={roleOptions(locale)}
            placeholder={t('people.assign.role.placeholder')}
          />
        </Form.Item>
        <Form.Item
          name="orgUnitId"
          label={t('people.field.roleUnit')}
          extra={levelHint}
          rules={[{ required: true, message: t('people.assign.unit.required') }]}
          getValueFromEvent={(id: string | undefined, unit?: { level: string }) => {
            setUnitLevel(unit?.level);
            return id;
          }}
        >
          <OrgUnitPicker
            selectableLevels={levels}
            disabled={!role}
            placeholder={t('people.assign.unit.placeholder')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const USER_SEARCH_SIZE = 20;

/** Finds a person by name, login or phone on the server (the list may hold thousands). */
function UserSearchSelect({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
}) {
  const { t } = useI18n();
  const [input, setInput] = useState('');
  const [term, setTerm] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setTerm(input.trim()), 250);
    return () => clearTimeout(timer);
  }, [input]);
  const { data, loading } = useQuery(USERS_QUERY, {
    variables: { first: USER_SEARCH_SIZE, filter: { search: term || undefined } },
  });
  const options =
    data?.users.edges.map(({ node }) => ({ value: node.id, label: `${node.name}（${node.login}）` })) ?? [];
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setInput, searchValue: input }}
      loading={loading}
      options={options}
      placeholder={t('people.assign.user.placeholder')}
      notFoundContent={loading ? t('common.loading') : t('people.list.noMatch')}
      allowClear
    />
  );
}
