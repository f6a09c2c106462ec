import { ArrowLeftOutlined, FileTextOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App as AntdApp, Button, Card, Col, Flex, Form, Input, Result, Row, Select, Skeleton, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { errorCode, formFieldErrors } from '../../graphql/graphql-errors';
import { useI18n } from '../../i18n/i18n-context';
import { useAbility } from '../auth/ability';
import { OrgUnitPicker } from '../org/org-unit-picker';
import { CASE_SECTIONS, STATUS_COLORS, sectionKey, statusKey, type CaseSection } from './case-labels';
import { useCasePermissions } from './case-permissions';
import { CaseWorkflowActions } from './case-workflow-actions';
import {
  CASE_DETAIL_QUERY,
  CASES_QUERY,
  CREATE_CASE_MUTATION,
  UPDATE_CASE_MUTATION,
  type CaseDetail,
} from './cases-operations';
import { recentYears, useCaseOptions } from './use-case-options';

export type CaseFormValues = {
  title: string;
  orgUnitId?: string;
  categoryCode?: string;
  gradeCode?: string | null;
  year?: number;
  tags: string[];
} & Record<CaseSection, string>;

const FORM_FIELDS = new Set<string>(['title', 'orgUnitId', 'categoryCode', 'gradeCode', 'year', 'tags', ...CASE_SECTIONS]);

function valuesOf(caseItem: CaseDetail): CaseFormValues {
  return {
    title: caseItem.title,
    categoryCode: caseItem.category.code,
    gradeCode: caseItem.grade?.code ?? null,
    year: caseItem.year,
    tags: [...caseItem.tags],
    background: caseItem.background,
    handlingProcess: caseItem.handlingProcess,
    result: caseItem.result,
    causeAnalysis: caseItem.causeAnalysis,
    lessonsLearned: caseItem.lessonsLearned,
    preventiveMeasures: caseItem.preventiveMeasures,
  };
}

const cleanTags = (tags: string[] | undefined) => [...new Set((tags ?? []).map((tag) => tag.trim()).filter(Boolean))];

/** `/cases/new` and `/cases/:id/edit`. */
export function CaseEditorPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const ability = useAbility();
  if (!id) {
    if (!ability.can('create', 'Case')) return <Result status="403" title={t('cases.editor.noPermission')} />;
    return <CaseEditor caseItem={null} />;
  }
  return <ExistingCaseEditor id={id} />;
}

function ExistingCaseEditor({ id }: { id: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(CASE_DETAIL_QUERY, { variables: { id, countView: false } });
  if (loading && !data) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 12 }} />
      </Card>
    );
  }
  if (error) {
    const code = errorCode(error);
    if (code !== 'FORBIDDEN' && code !== 'NOT_FOUND' && code !== 'BAD_USER_INPUT') {
      return <ErrorAlert error={error} onRetry={() => void refetch()} />;
    }
  }
  if (!data?.case) return <Result status="404" title={t('cases.reader.notFound')} subTitle={t('cases.reader.notFoundHint')} />;
  return <CaseEditor caseItem={data.case} onReload={() => void refetch()} />;
}

export interface CaseEditorProps {
  /** The case to edit; null creates a new draft. */
  caseItem: CaseDetail | null;
  onReload?: () => void;
}

/** All fields of a case, saved as a whole; the review workflow buttons sit in the header. */
export function CaseEditor({ caseItem, onReload }: CaseEditorProps) {
  const { t } = useI18n();
  const { message } = AntdApp.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<CaseFormValues>();
  const { categories, grades, loading: optionsLoading } = useCaseOptions();
  const { mayEdit } = useCasePermissions(caseItem?.author?.id);
  const [saveError, setSaveError] = useState<unknown>(null);
  // The workflow acts on the saved case: with unsaved edits it would submit or publish the old text.
  const [dirty, setDirty] = useState(false);
  const [createCase, createState] = useMutation(CREATE_CASE_MUTATION, { refetchQueries: [CASES_QUERY] });
  // The detail is refetched too: an edit of a published case adds a revision the payload does not carry.
  const [updateCase, updateState] = useMutation(UPDATE_CASE_MUTATION, {
    refetchQueries: [CASES_QUERY, CASE_DETAIL_QUERY],
    awaitRefetchQueries: true,
  });
  const conflict = saveError !== null && errorCode(saveError) === 'CONFLICT';

  // Fill the form from the case (again after 重新加载, when the version changed).
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(
      caseItem
        ? valuesOf(caseItem)
        : ({ title: '', tags: [], year: new Date().getFullYear(), gradeCode: null } as Partial<CaseFormValues>),
    );
    setSaveError(null);
    setDirty(false);
  }, [caseItem, caseItem?.version, form]);

  const readerPath = (caseId: string) => `/cases/${encodeURIComponent(caseId)}`;

  const save = async (values: CaseFormValues) => {
    setSaveError(null);
    const content = {
      title: values.title.trim(),
      categoryCode: values.categoryCode!,
      gradeCode: values.gradeCode ?? undefined,
      year: values.year!,
      tags: cleanTags(values.tags),
      ...Object.fromEntries(CASE_SECTIONS.map((section) => [section, values[section]?.trim() ?? ''])),
    };
    try {
      if (caseItem) {
        await updateCase({ variables: { input: { id: caseItem.id, version: caseItem.version, ...content } } });
        void message.success(t('cases.editor.saved'));
        void navigate(readerPath(caseItem.id));
      } else {
        const result = await createCase({ variables: { input: { ...content, orgUnitId: values.orgUnitId! } } });
        void message.success(t('cases.editor.created'));
        if (result.data) void navigate(readerPath(result.data.createCase.case.id), { replace: true });
      }
    } catch (error) {
      // The server names the offending field (extensions.field); its Chinese message goes under that field.
      const fields = formFieldErrors(error).filter((field) => FORM_FIELDS.has(String(field.name[0])));
      if (fields.length > 0) form.setFields(fields as { name: [keyof CaseFormValues]; errors: string[] }[]);
      else setSaveError(error);
    }
  };

  if (caseItem && !mayEdit) return <Result status="403" title={t('cases.editor.noPermission')} />;

  const cancel = () => void navigate(caseItem ? readerPath(caseItem.id) : '/cases');

  return (
    <Flex vertical gap={16}>
      <PageHeader
        icon={<FileTextOutlined />}
        title={
          <Space>
            {t(caseItem ? 'cases.editor.editTitle' : 'cases.editor.newTitle')}
            {caseItem && <Tag color={STATUS_COLORS[caseItem.status]}>{t(statusKey(caseItem.status))}</Tag>}
          </Space>
        }
        subtitle={t('cases.editor.subtitle')}
        actions={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={cancel}>
              {t('cases.editor.cancel')}
            </Button>
            {caseItem && <CaseWorkflowActions caseItem={caseItem} disabled={dirty} />}
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={createState.loading || updateState.loading}
              disabled={conflict}
              onClick={() => form.submit()}
            >
              {t('cases.editor.save')}
            </Button>
          </>
        }
      />

      {caseItem?.status === 'DRAFT' && caseItem.reviewNote && (
        <Alert
          type="warning"
          showIcon
          title={t('cases.reader.reviewNote')}
          description={<span style={{ whiteSpace: 'pre-line' }}>{caseItem.reviewNote}</span>}
        />
      )}
      {caseItem?.status === 'PUBLISHED' && <Alert type="info" showIcon title={t('cases.editor.publishedHint')} />}
      {conflict ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('cases.editor.conflict')}
          action={
            <Button size="small" onClick={onReload}>
              {t('cases.editor.reload')}
            </Button>
          }
        />
      ) : (
        <ErrorAlert error={saveError} />
      )}

      <Form<CaseFormValues>
        form={form}
        layout="vertical"
        onFinish={(values) => void save(values)}
        onValuesChange={() => setDirty(true)}
        scrollToFirstError
      >
        <Card title={t('cases.editor.basics')} size="small" style={{ marginBottom: 16 }}>
          <Form.Item
            name="title"
            label={t('cases.field.title')}
            rules={[{ required: true, whitespace: true, message: t('cases.editor.required.title') }]}
          >
            <Input maxLength={200} showCount placeholder={t('cases.editor.placeholder.title')} />
          </Form.Item>
          <Row gutter={16}>
            {!caseItem && (
              <Col span={8}>
                <Form.Item
                  name="orgUnitId"
                  label={t('cases.field.orgUnit')}
                  rules={[{ required: true, message: t('cases.editor.required.orgUnit') }]}
                >
                  <OrgUnitPicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            )}
            <Col span={caseItem ? 8 : 6}>
              <Form.Item
                name="categoryCode"
                label={t('cases.field.category')}
                rules={[{ required: true, message: t('cases.editor.required.category') }]}
              >
                <Select options={categories} loading={optionsLoading} showSearch optionFilterProp="label" />
              </Form.Item>
            </Col>
            <Col span={caseItem ? 8 : 5}>
              <Form.Item name="gradeCode" label={t('cases.field.grade')}>
                <Select
                  options={grades}
                  loading={optionsLoading}
                  allowClear
                  placeholder={t('cases.editor.placeholder.grade')}
                />
              </Form.Item>
            </Col>
            <Col span={caseItem ? 8 : 5}>
              <Form.Item
                name="year"
                label={t('cases.field.year')}
                rules={[{ required: true, message: t('cases.editor.required.year') }]}
              >
                <Select options={recentYears().map((year) => ({ value: year, label: String(year) }))} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="tags" label={t('cases.field.tags')} style={{ marginBottom: 0 }}>
            <Select mode="tags" open={false} suffixIcon={null} placeholder={t('cases.editor.placeholder.tags')} />
          </Form.Item>
        </Card>
        <Card title={t('cases.editor.section')} size="small">
          {CASE_SECTIONS.map((section) => (
            <Form.Item key={section} name={section} label={t(sectionKey(section))}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 14 }} maxLength={5000} />
            </Form.Item>
          ))}
        </Card>
      </Form>
    </Flex>
  );
}
