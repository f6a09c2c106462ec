import { useMutation } from '@apollo/client/react';
import { App as AntdApp, Form, Input, Modal, Radio, Typography } from 'antd';
import { useEffect } from 'react';
import type { OrgLevel } from '../../graphql/generated/graphql';
import { useErrorMessage } from '../../graphql/graphql-errors';
import { useI18n } from '../../i18n/i18n-context';
import { orgLevelLabel } from '../../i18n/org-level-label';
import { joinLabels } from './join-labels';
import { ORG_CODE_PATTERN, childLevelsOf } from './org-level-rules';
import { CREATE_ORG_UNIT_MUTATION } from './org-operations';
import type { OrgUnitSummary } from './org-tree-model';
import { showServerFieldErrors } from './server-form-errors';

interface CreateOrgUnitValues {
  level: OrgLevel;
  name: string;
  code: string;
}

export interface CreateOrgUnitDialogProps {
  open: boolean;
  /** The unit the new one goes under. */
  parent: Pick<OrgUnitSummary, 'id' | 'name' | 'code' | 'level' | 'levelLabel'>;
  onClose: () => void;
  onCreated: (unit: OrgUnitSummary) => void;
}

export function CreateOrgUnitDialog({ open, parent, onClose, onCreated }: CreateOrgUnitDialogProps) {
  const { t, locale } = useI18n();
  const { message } = AntdApp.useApp();
  const toMessage = useErrorMessage();
  const [form] = Form.useForm<CreateOrgUnitValues>();
  const [createOrgUnit, { loading }] = useMutation(CREATE_ORG_UNIT_MUTATION);

  // Only the levels @kesu/domain allows under this parent: the server would refuse any other.
  const levels = childLevelsOf(parent.level);
  const levelNames = joinLabels(
    locale,
    levels.map((level) => orgLevelLabel(locale, level)),
  );

  useEffect(() => {
    // A single possible level is chosen for the user; otherwise they must choose deliberately.
    if (!open) return;
    form.resetFields();
    if (levels.length === 1) form.setFieldsValue({ level: levels[0] });
    // Reset per opening and parent only: `levels` is a new array on every render.
  }, [open, parent.id, form]);

  const submit = async (values: CreateOrgUnitValues) => {
    try {
      const { data } = await createOrgUnit({
        variables: { input: { parentId: parent.id, level: values.level, name: values.name.trim(), code: values.code.trim() } },
      });
      const unit = data?.createOrgUnit.orgUnit;
      if (!unit) return;
      message.success(t('orgAdmin.create.done', { name: unit.name }));
      onCreated({
        id: unit.id,
        name: unit.name,
        code: unit.code,
        level: unit.level,
        levelLabel: unit.levelLabel,
        parentId: unit.parent?.id ?? parent.id,
      });
    } catch (error) {
      if (!showServerFieldErrors(form, error, ['level', 'name', 'code'])) message.error(toMessage(error));
    }
  };

  return (
    <Modal
      open={open}
      title={t('orgAdmin.create.title')}
      okText={t('orgAdmin.create.ok')}
      cancelText={t('orgAdmin.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      // Rendered while hidden so the form instance stays connected; it is reset on every opening.
      forceRender
    >
      <Form<CreateOrgUnitValues> name="createOrgUnit" form={form} layout="vertical" onFinish={submit} requiredMark disabled={loading}>
        <Form.Item label={t('org.field.parent')}>
          <Typography.Text strong data-testid="create-org-parent">
            {parent.name}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('orgAdmin.parentLevel', { level: orgLevelLabel(locale, parent.level, parent.levelLabel) })}
          </Typography.Text>
        </Form.Item>
        <Form.Item
          name="level"
          label={t('org.field.level')}
          rules={[{ required: true, message: t('orgAdmin.level.required') }]}
          extra={t('orgAdmin.level.allowed', {
            parent: orgLevelLabel(locale, parent.level, parent.levelLabel),
            levels: levelNames,
          })}
        >
          <Radio.Group
            options={levels.map((level) => ({ value: level, label: orgLevelLabel(locale, level) }))}
            data-testid="create-org-level"
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('org.field.name')}
          rules={[
            { required: true, whitespace: true, message: t('orgAdmin.name.required') },
            { max: 100, message: t('orgAdmin.name.tooLong') },
          ]}
        >
          <Input placeholder={t('orgAdmin.name.placeholder')} maxLength={100} autoComplete="off" />
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
          <Input
            placeholder={parent.code ? t('orgAdmin.code.placeholder', { example: `${parent.code}-01` }) : undefined}
            maxLength={50}
            autoComplete="off"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
