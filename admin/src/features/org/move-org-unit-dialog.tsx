import { useMutation } from '@apollo/client/react';
import { Alert, App as AntdApp, Form, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { useErrorMessage } from '../../graphql/graphql-errors';
import { useI18n } from '../../i18n/i18n-context';
import { orgLevelLabel } from '../../i18n/org-level-label';
import { joinLabels } from './join-labels';
import { parentLevelsOf } from './org-level-rules';
import { MOVE_ORG_UNIT_MUTATION } from './org-operations';
import type { OrgUnitSummary } from './org-tree-model';
import { OrgUnitPicker } from './org-unit-picker';
import { showServerFieldErrors } from './server-form-errors';

interface MoveOrgUnitValues {
  newParentId: string;
}

export interface MoveOrgUnitDialogProps {
  open: boolean;
  unit: { id: string; name: string; level: string; levelLabel: string | null; parentId: string | null };
  parentName: string | undefined;
  onClose: () => void;
  onMoved: (unit: OrgUnitSummary, oldParentId: string | null) => void;
}

/** Moves a unit with its whole subtree under another parent of an allowed level. */
export function MoveOrgUnitDialog({ open, unit, parentName, onClose, onMoved }: MoveOrgUnitDialogProps) {
  const { t, locale } = useI18n();
  const { message } = AntdApp.useApp();
  const toMessage = useErrorMessage();
  const [form] = Form.useForm<MoveOrgUnitValues>();
  const [moveOrgUnit, { loading }] = useMutation(MOVE_ORG_UNIT_MUTATION);
  const parentLevels = parentLevelsOf(unit.level);

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, unit.id, form]);

  const submit = async ({ newParentId }: MoveOrgUnitValues) => {
    if (newParentId === unit.parentId) {
      form.setFields([{ name: 'newParentId', errors: [t('orgAdmin.move.sameParent')] }]);
      return;
    }
    try {
      const { data } = await moveOrgUnit({ variables: { input: { id: unit.id, newParentId } } });
      const moved = data?.moveOrgUnit.orgUnit;
      if (!moved) return;
      message.success(t('orgAdmin.move.done', { name: moved.name, parent: moved.parent?.name ?? '' }));
      onMoved(
        {
          id: moved.id,
          name: moved.name,
          code: moved.code,
          level: moved.level,
          levelLabel: moved.levelLabel,
          parentId: moved.parent?.id ?? newParentId,
        },
        unit.parentId,
      );
    } catch (error) {
      if (!showServerFieldErrors(form, error, ['newParentId'])) message.error(toMessage(error));
    }
  };

  return (
    <Modal
      open={open}
      title={t('orgAdmin.move.title')}
      okText={t('orgAdmin.move.ok')}
      cancelText={t('orgAdmin.cancel')}
      confirmLoading={loading}
      okButtonProps={{ disabled: parentLevels.length === 0 }}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<MoveOrgUnitValues> name="moveOrgUnit" form={form} layout="vertical" onFinish={submit} disabled={loading}>
        <Form.Item label={t('orgAdmin.move.unit')}>
          <Typography.Text strong>{unit.name}</Typography.Text>
          <Typography.Text type="secondary">
            {t('orgAdmin.move.currentParent', { parent: parentName ?? t('common.none') })}
          </Typography.Text>
        </Form.Item>
        {parentLevels.length === 0 ? (
          <Alert type="info" showIcon title={t('orgAdmin.move.root')} />
        ) : (
          <Form.Item
            name="newParentId"
            label={t('orgAdmin.move.newParent')}
            rules={[{ required: true, message: t('orgAdmin.move.newParent.required') }]}
            extra={t('orgAdmin.move.allowed', {
              level: orgLevelLabel(locale, unit.level, unit.levelLabel),
              levels: joinLabels(
                locale,
                parentLevels.map((level) => orgLevelLabel(locale, level)),
              ),
            })}
          >
            <OrgUnitPicker selectableLevels={parentLevels} placeholder={t('orgAdmin.move.newParent.placeholder')} />
          </Form.Item>
        )}
        <Typography.Text type="secondary">{t('orgAdmin.move.subtreeNote')}</Typography.Text>
      </Form>
    </Modal>
  );
}
