import { useMutation } from '@apollo/client/react';
import { App as AntdApp, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { errorCode, useErrorMessage } from '../../graphql/graphql-errors';
import { useI18n } from '../../i18n/i18n-context';
import { ORG_CODE_PATTERN } from './org-level-rules';
import { UPDATE_ORG_UNIT_MUTATION } from './org-operations';
import type { OrgUnitSummary } from './org-tree-model';
import { showServerFieldErrors } from './server-form-errors';

interface EditOrgUnitValues {
  name: string;
  code: string;
}

export interface EditOrgUnitDialogProps {
  open: boolean;
  unit: { id: string; name: string; code: string; version: number };
  onClose: () => void;
  onUpdated: (unit: OrgUnitSummary) => void;
  /** Someone else changed the unit meanwhile: the caller reloads it before another try. */
  onStale: () => void;
}

/** Rename a unit or change its code; the level and the parent are changed elsewhere (the level never). */
export function EditOrgUnitDialog({ open, unit, onClose, onUpdated, onStale }: EditOrgUnitDialogProps) {
  const { t } = useI18n();
  const { message } = AntdApp.useApp();
  const toMessage = useErrorMessage();
  const [form] = Form.useForm<EditOrgUnitValues>();
  const [updateOrgUnit, { loading }] = useMutation(UPDATE_ORG_UNIT_MUTATION);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ name: unit.name, code: unit.code });
  }, [open, unit.id, unit.name, unit.code, form]);

  const submit = async (values: EditOrgUnitValues) => {
    try {
      const { data } = await updateOrgUnit({
        // The version read with the details: a concurrent edit answers CONFLICT instead of being overwritten.
        variables: { input: { id: unit.id, name: values.name.trim(), code: values.code.trim(), version: unit.version } },
      });
      const updated = data?.updateOrgUnit.orgUnit;
      if (!updated) return;
      message.success(t('orgAdmin.edit.done', { name: updated.name }));
      onUpdated({
        id: updated.id,
        name: updated.name,
        code: updated.code,
        level: updated.level,
        levelLabel: updated.levelLabel,
        parentId: updated.parent?.id ?? null,
      });
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        message.warning(toMessage(error));
        onStale();
        return;
      }
      if (!showServerFieldErrors(form, error, ['name', 'code'])) message.error(toMessage(error));
    }
  };

  return (
    <Modal
      open={open}
      title={t('orgAdmin.edit.title')}
      okText={t('orgAdmin.save')}
      cancelText={t('orgAdmin.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<EditOrgUnitValues> name="editOrgUnit" form={form} layout="vertical" onFinish={submit} disabled={loading}>
        <Form.Item
          name="name"
          label={t('org.field.name')}
          rules={[
            { required: true, whitespace: true, message: t('orgAdmin.name.required') },
            { max: 100, message: t('orgAdmin.name.tooLong') },
          ]}
        >
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('org.field.code')}
          extra={t('orgAdmin.code.hint')}
          rules={[
            { required: true, whitespace: true, message: t('orgAdmin.code.required') },
            { pattern: ORG_CODE_PATTERN, message: t('orgAdmin.code.pattern') },
            { max: 50, message: t('orgAdmin.code.tooLong') },
          ]}
        >
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
