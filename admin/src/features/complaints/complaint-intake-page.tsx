import { ArrowLeftOutlined, DeleteOutlined, FormOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App as AntdApp,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { formFieldErrors } from '../../graphql/graphql-errors';
import { useI18n } from '../../i18n/i18n-context';
import { OrgUnitPicker } from '../org/org-unit-picker';
import { CHANNELS, FLAGS, KINDS, OPEN_STATUSES, channelKey, flagKey, kindKey } from './complaint-labels';
import {
  COMPLAINTS_QUERY,
  COMPLAINT_CATEGORIES_QUERY,
  CREATE_COMPLAINT_MUTATION,
  type Channel,
  type ComplaintFlag,
  type ComplaintKind,
} from './complaints-operations';
import { formatDateTime } from './due-time';
import { GradePreview } from './grade-preview';

interface IntakeValues {
  kind: ComplaintKind;
  projectId?: string;
  channel: Channel;
  categoryCode?: string;
  title?: string;
  description?: string;
  receivedAt: Dayjs;
  customers: { name?: string; phone?: string; room?: string }[];
  householdCount?: number | null;
  compensationAmount?: number | null;
  flags?: ComplaintFlag[];
}

/** Mainland mobile or landline, loosely: digits with optional +, -, spaces (the server checks again). */
const PHONE_PATTERN = /^\+?[0-9][0-9\s-]{5,18}[0-9]$/;
const amountString = (amount: number | null | undefined) => (amount === null || amount === undefined ? undefined : amount.toFixed(2));

/** Route `/complaints/new`: 受理登记 with a live grade preview beside the form. */
export function ComplaintIntakePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { message } = AntdApp.useApp();
  const [form] = Form.useForm<IntakeValues>();
  // One key per opened form: a double click or a retry after a lost answer does not register twice.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [createComplaint, { loading: saving, error }] = useMutation(CREATE_COMPLAINT_MUTATION);

  const kind = Form.useWatch('kind', form) ?? 'COMPLAINT';
  const projectId = Form.useWatch('projectId', form);
  const categoryCode = Form.useWatch('categoryCode', form);
  const householdCount = Form.useWatch('householdCount', form);
  const compensationAmount = Form.useWatch('compensationAmount', form);
  const flags = Form.useWatch('flags', form);
  const receivedAt = Form.useWatch('receivedAt', form);
  const customers = Form.useWatch('customers', form);

  const categories = useQuery(COMPLAINT_CATEGORIES_QUERY, { variables: { kind } });

  const submit = async (values: IntakeValues) => {
    try {
      const result = await createComplaint({
        variables: {
          input: {
            kind: values.kind,
            projectId: values.projectId!,
            channel: values.channel,
            categoryCode: values.categoryCode!,
            title: values.title!.trim(),
            description: values.description!.trim(),
            receivedAt: values.receivedAt.toISOString(),
            customers: values.customers.map((c) => ({
              name: c.name!.trim(),
              phone: c.phone?.trim() || undefined,
              room: c.room?.trim() || undefined,
            })),
            householdCount: values.householdCount ?? undefined,
            compensationAmount: amountString(values.compensationAmount),
            flags: values.flags ?? [],
            idempotencyKey,
          },
        },
      });
      const created = result.data?.createComplaint.complaint;
      if (!created) return;
      void message.success(t('complaints.intake.created', { number: created.number }));
      void navigate(`/complaints/${encodeURIComponent(created.id)}`);
    } catch (e) {
      const byField = formFieldErrors(e);
      if (byField.length > 0) form.setFields(byField as never);
    }
  };

  const required = (field: Parameters<typeof t>[0]) => [
    { required: true, whitespace: true, message: t('complaints.form.required', { field: t(field) }) },
  ];

  return (
    <Flex vertical gap={16}>
      <Link to="/complaints">
        <ArrowLeftOutlined /> {t('complaints.back')}
      </Link>
      <PageHeader title={t('complaints.intake.title')} subtitle={t('complaints.intake.subtitle')} icon={<FormOutlined />} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card size="small">
            {error && <ErrorAlert error={error} title={t('complaints.intake.failed')} style={{ marginBottom: 12 }} />}
            <Form<IntakeValues>
              form={form}
              layout="vertical"
              requiredMark
              onFinish={(values) => void submit(values)}
              initialValues={{ kind: 'COMPLAINT', channel: 'PHONE', receivedAt: dayjs(), customers: [{}], flags: [] }}
              onValuesChange={(changed: Partial<IntakeValues>) => {
                // Demands use another taxonomy: a chosen category may not exist there.
                if ('kind' in changed) form.setFieldValue('categoryCode', undefined);
              }}
            >
              <Row gutter={16}>
                <Col span={12}>
                  <Form.Item name="kind" label={t('complaints.intake.kind')} rules={required('complaints.intake.kind')}>
                    {/* The first field takes the focus on open; arrow keys choose the kind, Tab goes on to the project. */}
                    <Radio.Group optionType="button">
                      {KINDS.map((k, index) => (
                        <Radio.Button key={k} value={k} autoFocus={index === 0}>
                          {t(kindKey(k))}
                        </Radio.Button>
                      ))}
                    </Radio.Group>
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="projectId" label={t('complaints.intake.project')} rules={required('complaints.intake.project')}>
                    <OrgUnitPicker selectableLevels={['PROJECT']} placeholder={t('complaints.intake.projectPlaceholder')} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="channel" label={t('complaints.intake.channel')} rules={required('complaints.intake.channel')}>
                    <Select options={CHANNELS.map((c) => ({ value: c, label: t(channelKey(c)) }))} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="categoryCode" label={t('complaints.intake.category')} rules={required('complaints.intake.category')}>
                    <Select
                      loading={categories.loading}
                      showSearch={{ optionFilterProp: 'label' }}
                      options={(categories.data?.categories ?? []).map((c) => ({ value: c.code, label: c.label }))}
                    />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item
                    name="title"
                    label={t('complaints.intake.title.field')}
                    rules={[...required('complaints.intake.title.field'), { max: 100, message: t('complaints.intake.maxLength', { max: 100 }) }]}
                  >
                    <Input maxLength={100} showCount />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item
                    name="receivedAt"
                    label={t('complaints.intake.receivedAt')}
                    rules={[
                      { required: true, message: t('complaints.form.required', { field: t('complaints.intake.receivedAt') }) },
                      {
                        validator: (_, value: Dayjs | undefined) =>
                          !value || !value.isAfter(dayjs().add(1, 'minute'))
                            ? Promise.resolve()
                            : Promise.reject(new Error(t('complaints.intake.receivedInFuture'))),
                      },
                    ]}
                  >
                    <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="description" label={t('complaints.intake.description')} rules={required('complaints.intake.description')}>
                <Input.TextArea rows={4} maxLength={4000} showCount />
              </Form.Item>

              <CustomerRows />

              <Row gutter={16}>
                <Col span={12}>
                  <Form.Item name="householdCount" label={t('complaints.intake.householdCount')} extra={t('complaints.intake.householdHint')}>
                    <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="compensationAmount" label={t('complaints.intake.compensation')}>
                    <InputNumber min={0} max={1e12} precision={2} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="flags" label={t('complaints.intake.flags')}>
                <Checkbox.Group options={FLAGS.map((f) => ({ value: f, label: t(flagKey(f)) }))} />
              </Form.Item>
              <Space>
                <Button type="primary" htmlType="submit" loading={saving}>
                  {t('complaints.intake.submit')}
                </Button>
                <Button autoInsertSpace={false} onClick={() => void navigate('/complaints')}>{t('complaints.intake.cancel')}</Button>
              </Space>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={16} style={{ position: 'sticky', top: 16 }}>
            <GradePreview
              facts={{
                orgUnitId: projectId,
                kind,
                categoryCode,
                // The server counts the customers when no household count is given; preview the same.
                householdCount: householdCount ?? (customers?.length || undefined),
                compensationAmount: amountString(compensationAmount),
                flags,
                at: receivedAt?.toISOString(),
              }}
            />
            <DuplicateHint projectId={projectId} categoryCode={categoryCode} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}

/** Customers: name required, phone checked loosely, room free text; at least one row. */
function CustomerRows() {
  const { t } = useI18n();
  return (
    <Form.List
      name="customers"
      rules={[
        {
          validator: (_, rows: unknown[] | undefined) =>
            rows && rows.length > 0 ? Promise.resolve() : Promise.reject(new Error(t('complaints.intake.atLeastOneCustomer'))),
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={t('complaints.intake.customers')} required>
          <Flex vertical gap={0}>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="flex-start">
                <Form.Item
                  name={[field.name, 'name']}
                  rules={[{ required: true, whitespace: true, message: t('complaints.form.required', { field: t('complaints.field.customerName') }) }]}
                  style={{ flex: 1, marginBottom: 8 }}
                >
                  <Input placeholder={t('complaints.field.customerName')} aria-label={`${t('complaints.field.customerName')} ${index + 1}`} maxLength={50} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'phone']}
                  rules={[{ pattern: PHONE_PATTERN, message: t('complaints.intake.phoneInvalid') }]}
                  style={{ flex: 1, marginBottom: 8 }}
                >
                  <Input placeholder={t('complaints.field.customerPhone')} aria-label={`${t('complaints.field.customerPhone')} ${index + 1}`} maxLength={20} />
                </Form.Item>
                <Form.Item name={[field.name, 'room']} style={{ flex: 1, marginBottom: 8 }}>
                  <Input placeholder={t('complaints.field.customerRoom')} aria-label={`${t('complaints.field.customerRoom')} ${index + 1}`} maxLength={50} />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('complaints.intake.removeCustomer')}
                  title={t('complaints.intake.removeCustomer')}
                  disabled={fields.length <= 1}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} style={{ alignSelf: 'flex-start' }}>
              {t('complaints.intake.addCustomer')}
            </Button>
            <Form.ErrorList errors={errors} />
          </Flex>
        </Form.Item>
      )}
    </Form.List>
  );
}

/** Open complaints of the same project and category: a hint against registering the same matter twice. */
function DuplicateHint({ projectId, categoryCode }: { projectId?: string; categoryCode?: string }) {
  const { t } = useI18n();
  const { data } = useQuery(COMPLAINTS_QUERY, {
    variables: {
      first: 5,
      filter: { orgUnitId: projectId, categoryCodes: categoryCode ? [categoryCode] : undefined, status: [...OPEN_STATUSES] },
    },
    skip: !projectId || !categoryCode,
  });
  const rows = projectId && categoryCode ? (data?.complaints.edges.map((e) => e.node) ?? []) : [];
  if (rows.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={`${t('complaints.duplicates.title')}（${data?.complaints.totalCount ?? rows.length}）`}
      data-testid="duplicate-hint"
      description={
        <Flex vertical gap={4}>
          <span>{t('complaints.duplicates.hint')}</span>
          {rows.map((row) => (
            <Link key={row.id} to={`/complaints/${encodeURIComponent(row.id)}`} target="_blank">
              {row.number} {row.title}（{formatDateTime(row.receivedAt)}）
            </Link>
          ))}
        </Flex>
      }
    />
  );
}
