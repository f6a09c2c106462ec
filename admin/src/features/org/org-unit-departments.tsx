import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { DEPARTMENT_TYPES } from '@kesu/domain';
import { App as AntdApp, Button, Empty, Flex, Form, Input, Modal, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { DepartmentType } from '../../graphql/generated/graphql';
import { useErrorMessage } from '../../graphql/graphql-errors';
import { useI18n } from '../../i18n/i18n-context';
import { Can } from '../auth/ability';
import { departmentTypeLabel } from './department-type-label';
import { CREATE_DEPARTMENT_MUTATION, DELETE_DEPARTMENT_MUTATION } from './org-operations';
import { showServerFieldErrors } from './server-form-errors';

export interface DepartmentRow {
  id: string;
  name: string;
  type: string;
  typeLabel: string;
}

interface OrgUnitDepartmentsProps {
  unitId: string;
  unitName: string;
  departments: readonly DepartmentRow[];
  /** After a create or delete: the caller reloads the unit. */
  onChanged: () => void;
}

/** The professional departments of one unit (客户关系部, 工程部 …): list, add, remove. */
export function OrgUnitDepartments({ unitId, unitName, departments, onChanged }: OrgUnitDepartmentsProps) {
  const { t, locale } = useI18n();
  const { message } = AntdApp.useApp();
  const toMessage = useErrorMessage();
  const [creating, setCreating] = useState(false);
  const [deleteDepartment] = useMutation(DELETE_DEPARTMENT_MUTATION);

  const remove = async (department: DepartmentRow) => {
    try {
      await deleteDepartment({ variables: { input: { id: department.id } } });
      message.success(t('orgAdmin.dept.deleted', { name: department.name }));
      onChanged();
    } catch (error) {
      message.error(toMessage(error));
    }
  };

  return (
    <div data-testid="org-unit-departments">
      <Flex justify="space-between" align="center" style={{ marginBlock: '16px 8px' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('orgAdmin.dept.title')}
        </Typography.Title>
        <Can I="create" a="Department">
          <Button size="small" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('orgAdmin.dept.add')}
          </Button>
        </Can>
      </Flex>
      <Table<DepartmentRow>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...departments]}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orgAdmin.dept.empty')} />,
        }}
        columns={[
          { key: 'name', title: t('orgAdmin.dept.name'), dataIndex: 'name', ellipsis: true },
          {
            key: 'type',
            title: t('orgAdmin.dept.type'),
            width: 130,
            render: (_, row) => <Tag>{departmentTypeLabel(locale, row.type, row.typeLabel)}</Tag>,
          },
          {
            key: 'actions',
            title: t('orgAdmin.actions'),
            width: 80,
            render: (_, row) => (
              <Can I="delete" a="Department">
                <Popconfirm
                  title={t('orgAdmin.dept.delete.title')}
                  description={t('orgAdmin.dept.delete.confirm', { name: row.name, unit: unitName })}
                  okText={t('orgAdmin.delete')}
                  cancelText={t('orgAdmin.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove(row)}
                >
                  <Button
                    type="link"
                    danger
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={t('orgAdmin.dept.delete.aria', { name: row.name })}
                  />
                </Popconfirm>
              </Can>
            ),
          },
        ]}
      />
      <CreateDepartmentDialog
        open={creating}
        unitId={unitId}
        unitName={unitName}
        existingTypes={departments.map((d) => d.type)}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          onChanged();
        }}
      />
    </div>
  );
}

interface CreateDepartmentValues {
  type: DepartmentType;
  name?: string;
}

function CreateDepartmentDialog({
  open,
  unitId,
  unitName,
  existingTypes,
  onClose,
  onCreated,
}: {
  open: boolean;
  unitId: string;
  unitName: string;
  existingTypes: readonly string[];
  onClose: () => void;
  onCreated: () => void;
}) {
  const { t, locale } = useI18n();
  const { message } = AntdApp.useApp();
  const toMessage = useErrorMessage();
  const [form] = Form.useForm<CreateDepartmentValues>();
  const [createDepartment, { loading }] = useMutation(CREATE_DEPARTMENT_MUTATION);
  const type = Form.useWatch('type', form);

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, unitId, form]);

  const submit = async (values: CreateDepartmentValues) => {
    try {
      const name = values.name?.trim();
      const { data } = await createDepartment({
        variables: { input: { orgUnitId: unitId, type: values.type, name: name || undefined } },
      });
      message.success(t('orgAdmin.dept.created', { name: data?.createDepartment.department.name ?? '' }));
      onCreated();
    } catch (error) {
      if (!showServerFieldErrors(form, error, ['type', 'name'])) message.error(toMessage(error));
    }
  };

  // One department per type and unit (the server refuses a second): types already present are not offered.
  const options = DEPARTMENT_TYPES.map((value) => ({
    value,
    label: departmentTypeLabel(locale, value),
    disabled: existingTypes.includes(value),
  }));

  return (
    <Modal
      open={open}
      title={t('orgAdmin.dept.create.title')}
      okText={t('orgAdmin.create.ok')}
      cancelText={t('orgAdmin.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('orgAdmin.dept.create.for', { unit: unitName })}</Typography.Paragraph>
      <Form<CreateDepartmentValues> name="createDepartment" form={form} layout="vertical" onFinish={submit} disabled={loading}>
        <Form.Item
          name="type"
          label={t('orgAdmin.dept.type')}
          rules={[{ required: true, message: t('orgAdmin.dept.type.required') }]}
        >
          <Select options={options} placeholder={t('orgAdmin.dept.type.placeholder')} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('orgAdmin.dept.name')}
          extra={t('orgAdmin.dept.name.hint')}
          rules={[{ max: 100, message: t('orgAdmin.name.tooLong') }]}
        >
          <Input
            maxLength={100}
            autoComplete="off"
            placeholder={type ? departmentTypeLabel(locale, type) : undefined}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
