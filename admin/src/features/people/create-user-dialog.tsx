import { useMutation } from '@apollo/client/react';
import { App as AntdApp, Col, Form, Input, Modal, Row } from 'antd';
import { useEffect } from 'react';
import { useErrorMessage } from '../../graphql/graphql-errors';
import { useI18n } from '../../i18n/i18n-context';
import { OrgUnitPicker } from '../org/org-unit-picker';
import { showServerFieldErrors } from '../org/server-form-errors';
import { CREATE_USER_MUTATION } from './people-operations';
import { LOGIN_PATTERN, MIN_PASSWORD_LENGTH, PHONE_PATTERN, useConfirmPasswordRule } from './user-field-rules';

interface CreateUserValues {
  name: string;
  login: string;
  password: string;
  passwordConfirm: string;
  phone?: string;
  orgUnitId: string;
}

export interface CreatedUser {
  id: string;
  name: string;
  login: string;
}

export interface CreateUserDialogProps {
  open: boolean;
  /** Preselected home unit, e.g. the unit the list is filtered by. */
  defaultOrgUnitId?: string;
  onClose: () => void;
  onCreated: (user: CreatedUser) => void;
}

export function CreateUserDialog({ open, defaultOrgUnitId, onClose, onCreated }: CreateUserDialogProps) {
  const { t } = useI18n();
  const { message } = AntdApp.useApp();
  const toMessage = useErrorMessage();
  const [form] = Form.useForm<CreateUserValues>();
  const [createUser, { loading }] = useMutation(CREATE_USER_MUTATION);
  const confirmRule = useConfirmPasswordRule('password');

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (defaultOrgUnitId) form.setFieldsValue({ orgUnitId: defaultOrgUnitId });
  }, [open, defaultOrgUnitId, form]);

  const submit = async (values: CreateUserValues) => {
    try {
      const phone = values.phone?.trim();
      const { data } = await createUser({
        variables: {
          input: {
            name: values.name.trim(),
            login: values.login.trim(),
            password: values.password,
            phone: phone || null,
            orgUnitId: values.orgUnitId,
          },
        },
      });
      const user = data?.createUser.user;
      if (!user) return;
      message.success(t('people.create.done', { name: user.name, login: user.login }));
      onCreated(user);
    } catch (error) {
      if (!showServerFieldErrors(form, error, ['name', 'login', 'password', 'phone', 'orgUnitId'])) {
        message.error(toMessage(error));
      }
    }
  };

  return (
    <Modal
      open={open}
      title={t('people.create.title')}
      okText={t('people.create.ok')}
      cancelText={t('people.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={600}
      forceRender
    >
      <Form<CreateUserValues> name="createUser" form={form} layout="vertical" onFinish={submit} disabled={loading} autoComplete="off">
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="name"
              label={t('people.field.name')}
              rules={[
                { required: true, whitespace: true, message: t('people.name.required') },
                { max: 50, message: t('people.name.tooLong') },
              ]}
            >
              <Input maxLength={50} placeholder={t('people.name.placeholder')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="login"
              label={t('people.field.login')}
              extra={t('people.login.hint')}
              rules={[
                { required: true, whitespace: true, message: t('people.login.required') },
                { min: 3, message: t('people.login.tooShort') },
                { max: 50, message: t('people.login.tooLong') },
                { pattern: LOGIN_PATTERN, message: t('people.login.pattern') },
              ]}
            >
              <Input maxLength={50} placeholder={t('people.login.placeholder')} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="password"
              label={t('people.field.password')}
              rules={[
                { required: true, message: t('people.password.required') },
                { min: MIN_PASSWORD_LENGTH, message: t('people.password.tooShort') },
                { max: 200, message: t('people.password.tooLong') },
              ]}
            >
              <Input.Password autoComplete="new-password" placeholder={t('people.password.placeholder')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="passwordConfirm"
              label={t('people.field.passwordConfirm')}
              dependencies={['password']}
              rules={[{ required: true, message: t('people.passwordConfirm.required') }, confirmRule]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="phone"
              label={t('people.field.phone')}
              rules={[{ pattern: PHONE_PATTERN, message: t('people.phone.pattern') }]}
            >
              <Input maxLength={20} placeholder={t('people.phone.placeholder')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="orgUnitId"
              label={t('people.field.orgUnit')}
              extra={t('people.orgUnit.hint')}
              rules={[{ required: true, message: t('people.orgUnit.required') }]}
            >
              <OrgUnitPicker placeholder={t('people.orgUnit.placeholder')} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
