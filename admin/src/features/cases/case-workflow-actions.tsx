import { CheckCircleOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App as AntdApp, Button, Form, Input, Modal, Popconfirm } from 'antd';
import { useState } from 'react';
import { useErrorMessage } from '../../graphql/graphql-errors';
import { useI18n } from '../../i18n/i18n-context';
import { useCasePermissions } from './case-permissions';
import {
  CASES_QUERY,
  MOST_READ_CASES_QUERY,
  PUBLISH_CASE_MUTATION,
  RETURN_CASE_MUTATION,
  SUBMIT_CASE_MUTATION,
  type CaseStatus,
} from './cases-operations';

export interface WorkflowCase {
  id: string;
  status: CaseStatus;
  author?: { id: string } | null;
}

/** Lists that may now show the case elsewhere (drafts tab ↔ library) are refetched when they are on screen. */
const REFETCH = { refetchQueries: [CASES_QUERY, MOST_READ_CASES_QUERY] };

/**
 * The review workflow of one case: 提交审核 for a draft (author or customer-relations role), 退回修改 (with a
 * required note the author will see) and 审核发布 for a case in review (those who may publish).
 */
export function CaseWorkflowActions({ caseItem, disabled }: { caseItem: WorkflowCase; disabled?: boolean }) {
  const { t } = useI18n();
  const { message } = AntdApp.useApp();
  const toMessage = useErrorMessage();
  const { mayEdit, mayPublish } = useCasePermissions(caseItem.author?.id);
  const [returning, setReturning] = useState(false);
  const [submit, submitState] = useMutation(SUBMIT_CASE_MUTATION, REFETCH);
  const [publish, publishState] = useMutation(PUBLISH_CASE_MUTATION, REFETCH);

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      void message.success(done);
    } catch (error) {
      void message.error(toMessage(error));
    }
  };

  if (caseItem.status === 'DRAFT' && mayEdit) {
    return (
      <Popconfirm
        title={t('cases.workflow.submit')}
        description={t('cases.workflow.submitConfirm')}
        okText={t('cases.workflow.confirm')}
        cancelText={t('cases.workflow.cancel')}
        onConfirm={() => run(() => submit({ variables: { input: { id: caseItem.id } } }), t('cases.workflow.submitted'))}
      >
        <Button type="primary" icon={<SendOutlined />} loading={submitState.loading} disabled={disabled}>
          {t('cases.workflow.submit')}
        </Button>
      </Popconfirm>
    );
  }
  if (caseItem.status === 'IN_REVIEW' && mayPublish) {
    return (
      <>
        <Button icon={<RollbackOutlined />} onClick={() => setReturning(true)} disabled={disabled}>
          {t('cases.workflow.return')}
        </Button>
        <Popconfirm
          title={t('cases.workflow.publish')}
          description={t('cases.workflow.publishConfirm')}
          okText={t('cases.workflow.confirm')}
          cancelText={t('cases.workflow.cancel')}
          onConfirm={() => run(() => publish({ variables: { input: { id: caseItem.id } } }), t('cases.workflow.published'))}
        >
          <Button type="primary" icon={<CheckCircleOutlined />} loading={publishState.loading} disabled={disabled}>
            {t('cases.workflow.publish')}
          </Button>
        </Popconfirm>
        <ReturnCaseDialog caseId={caseItem.id} open={returning} onClose={() => setReturning(false)} />
      </>
    );
  }
  return null;
}

/** 退回修改: the note is required — the author must learn what to change. */
function ReturnCaseDialog({ caseId, open, onClose }: { caseId: string; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = AntdApp.useApp();
  const toMessage = useErrorMessage();
  const [form] = Form.useForm<{ note: string }>();
  const [returnCase, { loading }] = useMutation(RETURN_CASE_MUTATION, REFETCH);

  const submit = async ({ note }: { note: string }) => {
    try {
      await returnCase({ variables: { input: { id: caseId, note: note.trim() } } });
      void message.success(t('cases.workflow.returned'));
      form.resetFields();
      onClose();
    } catch (error) {
      form.setFields([{ name: 'note', errors: [toMessage(error)] }]);
    }
  };

  return (
    <Modal
      title={t('cases.workflow.returnTitle')}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('cases.workflow.return')}
      cancelText={t('cases.workflow.cancel')}
      confirmLoading={loading}
      // Rendered while closed too, so the form instance is always connected.
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item
          name="note"
          label={t('cases.workflow.returnNote')}
          rules={[{ required: true, whitespace: true, message: t('cases.workflow.returnNoteRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={1000} showCount placeholder={t('cases.workflow.returnNotePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
