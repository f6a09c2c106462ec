import { useMutation } from '@apollo/client/react';
import { App as AntdApp, Col, Form, Input, InputNumber, Modal, Radio, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { ErrorAlert } from '../../components/error-alert';
import { formFieldErrors } from '../../graphql/graphql-errors';
import { useI18n } from '../../i18n/i18n-context';
import {
  CATEGORIES_QUERY,
  CREATE_CATEGORY_MUTATION,
  UPDATE_CATEGORY_MUTATION,
  type CategoryRow,
  type DepartmentType,
  type TaxonomyKind,
} from './categories-operations';
import { DEPARTMENT_OPTIONS, TAXONOMY_KINDS, departmentKey, kindLongKey } from './category-labels';

interface CategoryFormValues {
  code: string;
  label: string;
  kind: TaxonomyKind;
  department: DepartmentType;
  description?: string;
  sortOrder?: number | null;
}

export interface CategoryFormModalProps {
  open: boolean;
  /** The category to edit; without it the modal creates one. */
  category: CategoryRow | null;
  /** Taxonomy preselected when creating (the tab the admin is on). */
  defaultKind: TaxonomyKind;
  onClose: () => void;
}

const FORM_FIELDS = new Set<string>(['code', 'label', 'kind', 'department', 'description', 'sortOrder']);

/** Same rule as the server (fields.code()), so most mistakes are caught before a round trip. */
const CODE_PATTERN = /^[A-Za-z0-9_-]+$/;

/** Create or edit one category. Code and taxonomy are fixed after creation: complaints refer to the code. */
export function CategoryFormModal({ open, category, defaultKind, onClose }: CategoryFormModalProps) {
  const { t } = useI18n();
  const { message } = AntdApp.useApp();
  const [form] = Form.useForm<CategoryFormValues>();
  const [formError, setFormError] = useState<unknown>(null);
  const editing = category !== null;

  const [createCategory, createState] = useMutation(CREATE_CATEGORY_MUTATION, {
    refetchQueries: [CATEGORIES_QUERY],
    awaitRefetchQueries: true,
  });
  // The payload carries the category's id and version, so the normalized cache updates the table row by itself.
  const [updateCategory, updateState] = useMutation(UPDATE_CATEGORY_MUTATION);

  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.resetFields();
    form.setFieldsValue(
      category
        ? {
            code: category.code,
            label: category.label,
            kind: category.kind,
            department: category.department,
            description: category.description,
            sortOrder: category.sortOrder,
          }
        : { kind: defaultKind, description: '', sortOrder: null },
    );
  }, [open, category, defaultKind, form]);

  const submit = async (values: CategoryFormValues) => {
    setFormError(null);
    const description = values.description?.trim() ?? '';
    try {
      if (category) {
        const result = await updateCategory({
          variables: {
            input: {
              id: category.id,
              version: category.version,
              label: values.label.trim(),
              department: values.department,
              description,
              sortOrder: values.sortOrder ?? undefined,
            },
          },
        });
        message.success(t('categories.toast.updated', { label: result.data?.updateCategory.category.label ?? values.label }));
      } else {
        const result = await createCategory({
          variables: {
            input: {
              code: values.code.trim(),
              label: values.label.trim(),
              kind: values.kind,
              department: values.department,
              description,
              sortOrder: values.sortOrder ?? undefined,
            },
          },
        });
        message.success(t('categories.toast.created', { label: result.data?.createCategory.category.label ?? values.label }));
      }
      onClose();
    } catch (error) {
      // The server names the offending field (extensions.field); its Chinese message goes under that field.
      const fields = formFieldErrors(error).filter((field) => FORM_FIELDS.has(String(field.name[0])));
      if (fields.length > 0) form.setFields(fields as { name: [keyof CategoryFormValues]; errors: string[] }[]);
      else setFormError(error);
    }
  };

  return (
    <Modal
      open={open}
      title={editing ? t('categories.modal.edit') : t('categories.modal.create')}
      okText={t('categories.modal.save')}
      cancelText={t('categories.modal.cancel')}
      confirmLoading={createState.loading || updateState.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      // Rendered while closed so the form instance stays connected; it is reset on every open instead.
      forceRender
      width={620}
    >
      <ErrorAlert error={formError} style={{ marginBottom: 16 }} />
      <Form<CategoryFormValues> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="code"
              label={t('categories.field.code')}
              extra={editing ? t('categories.field.fixed') : undefined}
              tooltip={editing ? undefined : t('categories.field.code.extra')}
              rules={[
                { required: true, whitespace: true, message: t('categories.field.code.required') },
                { max: 50, message: t('categories.field.code.max') },
                { pattern: CODE_PATTERN, message: t('categories.field.code.pattern') },
              ]}
            >
              <Input placeholder={t('categories.field.code.placeholder')} disabled={editing} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="label"
              label={t('categories.field.label')}
              rules={[
                { required: true, whitespace: true, message: t('categories.field.label.required') },
                { max: 50, message: t('categories.field.label.max') },
              ]}
            >
              <Input placeholder={t('categories.field.label.placeholder')} maxLength={50} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="kind"
          label={t('categories.field.kind')}
          extra={t('categories.field.kind.extra')}
          rules={[{ required: true }]}
        >
          <Radio.Group disabled={editing} options={TAXONOMY_KINDS.map((kind) => ({ value: kind, label: t(kindLongKey(kind)) }))} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item
              name="department"
              label={t('categories.field.department')}
              tooltip={t('categories.field.department.extra')}
              rules={[{ required: true, message: t('categories.field.department.required') }]}
            >
              <Select
                placeholder={t('categories.field.department.placeholder')}
                options={DEPARTMENT_OPTIONS.map((department) => ({ value: department, label: t(departmentKey(department)) }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="sortOrder" label={t('categories.field.sortOrder')} tooltip={t('categories.field.sortOrder.extra')}>
              <InputNumber<number>
                min={0}
                max={100000}
                precision={0}
                step={10}
                placeholder={t('categories.field.sortOrder.placeholder')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={t('categories.field.description')}>
          <Input.TextArea
            placeholder={t('categories.field.description.placeholder')}
            maxLength={500}
            showCount
            autoSize={{ minRows: 2, maxRows: 5 }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
