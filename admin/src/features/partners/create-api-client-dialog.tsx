import { useMutation } from '@apollo/client/react';
import { API_SCOPES } from '@kesu/permissions';
import { App as AntdApp, Checkbox, Col, Form, Input, InputNumber, Modal, Row, Switch } from 'antd';
import { useEffect } from 'react';
import { useErrorMessage } from '../../graphql/graphql-errors';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/locales';
import { OrgUnitPicker } from '../org/org-unit-picker';
import { showServerFieldErrors } from '../org/server-form-errors';
import { CREATE_API_CLIENT_MUTATION } from './partners-operations';

interface CreateApiClientValues {
  name: string;
  orgUnitId: string;
  scopes: string[];
  costPerMinute?: number | null;
  costPerHour?: number | null;
  persistedOnly: boolean;
}

export const scopeKey = (scope: string) => `partners.scope.${scope}` as MessageKey;

export function CreateApiClientDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (issued: { name: string; key: string }) => void }) {
  const { t } = useI18n();
  const { message } = AntdApp.useApp();
  const toMessage = useErrorMessage();
  const [form] = Form.useForm<CreateApiClientValues>();
  const [create, { loading }] = useMutation(CREATE_API_CLIENT_MUTATION, { refetchQueries: ['ApiClients'] });

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const submit = async (values: CreateApiClientValues) => {
    try {
      const { data } = await create({
        variables: {
          input: {
            name: values.name.trim(),
            orgUnitId: values.orgUnitId,
            scopes: values.scopes,
            costPerMinute: values.costPerMinute ?? null,
            costPerHour: values.costPerHour ?? null,
            persistedOnly: values.persistedOnly,
          },
        },
      });
      const created = data?.createApiClient;
      if (created) onCreated({ name: created.client.name, key: created.key });
    } catch (error) {
      if (!showServerFieldErrors(form, error, ['name', 'orgUnitId', 'scopes', 'costPerMinute', 'costPerHour'])) message.error(toMessage(error));
    }
  };

  return (
    <Modal
      open={open}
      title={t('partners.create.title')}
      okText={t('partners.create.ok')}
      cancelText={t('partners.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      forceRender
    >
      <Form<CreateApiClientValues>
        name="createApiClient"
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={loading}
        autoComplete="off"
        initialValues={{ scopes: [], persistedOnly: false }}
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label={t('partners.field.name')} rules={[{ required: true, whitespace: true, message: t('partners.name.required') }, { max: 100 }]}>
              <Input maxLength={100} placeholder={t('partners.name.placeholder')} autoFocus />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="orgUnitId" label={t('partners.field.orgUnit')} extra={t('partners.orgUnit.hint')} rules={[{ required: true, message: t('partners.orgUnit.required') }]}>
              <OrgUnitPicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="scopes" label={t('partners.field.scopes')} rules={[{ required: true, type: 'array', min: 1, message: t('partners.scopes.required') }]}>
          <Checkbox.Group options={API_SCOPES.map((scope) => ({ value: scope, label: `${t(scopeKey(scope))}（${scope}）` }))} style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', rowGap: 8 }} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="costPerMinute" label={t('partners.field.costPerMinute')} extra={t('partners.budget.hint')}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="costPerHour"
              label={t('partners.field.costPerHour')}
              dependencies={['costPerMinute']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_rule, value: number | null | undefined) => {
                    const perMinute = getFieldValue('costPerMinute') as number | null | undefined;
                    return value && perMinute && value < perMinute ? Promise.reject(new Error(t('partners.budget.order'))) : Promise.resolve();
                  },
                }),
              ]}
            >
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="persistedOnly" label={t('partners.field.persistedOnly')} extra={t('partners.persisted.hint')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
