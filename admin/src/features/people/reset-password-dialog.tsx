import { useMutation } from '@apollo/client/react';
import { App as AntdApp, Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { useErrorMessage } from '../../graphql/graphql-errors';
import { useI18n } from '../../i18n/i18n-context';
import { showServerFieldErrors } from '../org/server-form-errors';
import { RESET_USER_PASSWORD_MUTATION } from './people-operations';
import { MIN_PASSWORD_LENGTH, useConfirmPasswordRule } from './user-field-rules';

interface ResetPasswordValues {
  password: string;
  passwordConfirm: string;
}

export interface ResetPasswordDialogProps {
  /** The person whose password is reset; the dialog is open while one is given. */
  user: { id: string; name: string; login: string } | null;
  onClose: () => void;
}

export function ResetPasswordDialog({ user, onClose }: ResetPasswordDialogProps) {
  const { t } = useI18n();
  const { message } = AntdApp.useApp();
  const toMessage = useErrorMessage();
  const [form] = Form.useForm<ResetPasswordValues>();
  const [resetPassword, { loading }] = useMutation(RESET_USER_PASSWORD_MUTATION);
  const confirmRule = useConfirmPasswordRule('password');

  useEffect(() => {
    if (user) form.resetFields();
  }, [user, form]);

  const submit = async (values: ResetPasswordValues) => {
    if (!user) return;
    try {
      await resetPassword({ variables: { input: { userId: user.id, password: values.password } } });
      message.success(t('people.reset.done', { name: user.name }));
      onClose();
    } catch (error) {
      if (!showServerFieldErrors(form, error, ['password'])) message.error(toMessage(error));
    }
  };

  return (
    <Modal
      open={user !== null}
      title={t('people.reset.title')}
      okText={t('people.reset.ok')}
      cancelText={t('people.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {user && (
        <Typography.Paragraph type="secondary">
          {t('people.reset.for', { name: user.name, login: user.login })}
        </Typography.Paragraph>
      )}
      <Form<ResetPasswordValues> name="resetPassword" form={form} layout="vertical" onFinish={submit} disabled={loading} autoComplete="off">
        <Form.Item
          name="password"
          label={t('people.field.newPassword')}
          rules={[
            { required: true, message: t('people.password.required') },
            { min: MIN_PASSWORD_LENGTH, message: t('people.password.tooShort') },
            { max: 200, message: t('people.password.tooLong') },
          ]}
        >
          <Input.Password autoComplete="new-password" placeholder={t('people.password.placeholder')} />
        </Form.Item>
        <Form.Item
          name="passwordConfirm"
          label={t('people.field.newPasswordConfirm')}
          dependencies={['password']}
          rules={[{ required: true, message: t('people.passwordConfirm.required') }, confirmRule]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
