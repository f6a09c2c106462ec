import { useMutation } from '@apollo/client/react';
import type { GradeScheme, GradeSchemeProblem } from '@kesu/domain';
import { App as AntdApp, Alert, DatePicker, Descriptions, Form, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { ErrorAlert } from '../../components/error-alert';
import { errorCode, fieldErrors, graphQLErrorsOf } from '../../graphql/graphql-errors';
import { useI18n } from '../../i18n/i18n-context';
import { GRADE_SCHEMES_QUERY, PUBLISH_GRADE_SCHEME_MUTATION, type GradeSchemeVersion } from './grade-schemes-operations';
import { describeSchemeChanges, draftInput, serverSchemeProblems, type DraftValues } from './scheme-draft';
import { useSchemeLabels } from './scheme-labels';

export interface PublishDialogProps {
  open: boolean;
  onClose: () => void;
  orgUnitId: string;
  orgUnitName: string;
  draft: DraftValues;
  scheme: GradeScheme;
  /** The scheme in force now, to summarise the change; null when the unit has none. */
  currentScheme: GradeScheme | null;
  /** One line about the last impact evaluation, when there is a fresh one. */
  impactSummary?: string;
  onPublished: (version: GradeSchemeVersion) => void;
  /** The server refused the scheme itself: the problems go back to the editor, under their fields. */
  onSchemeProblems: (problems: GradeSchemeProblem[]) => void;
}

interface PublishFormValues {
  effectiveFrom: Dayjs | null;
}

/** Confirms a publication: where it applies, from when, and what changes against the version in force. */
export function PublishDialog(props: PublishDialogProps) {
  const { open, onClose, orgUnitId, orgUnitName, draft, scheme, currentScheme, impactSummary, onPublished, onSchemeProblems } = props;
  const { t } = useI18n();
  const labels = useSchemeLabels();
  const { message } = AntdApp.useApp();
  const [form] = Form.useForm<PublishFormValues>();
  const [error, setError] = useState<unknown>(null);
  const [publish, { loading }] = useMutation(PUBLISH_GRADE_SCHEME_MUTATION, {
    refetchQueries: [{ query: GRADE_SCHEMES_QUERY, variables: { orgUnitId } }],
    awaitRefetchQueries: true,
  });
  const changes = useMemo(() => describeSchemeChanges(currentScheme, scheme, labels.kindRecord), [currentScheme, scheme, labels.kindRecord]);

  const submit = async () => {
    const { effectiveFrom } = await form.validateFields();
    setError(null);
    // Left at the suggested "now": publish immediately (the server takes its own clock), so a dialog kept open
    // for a while is not refused as "in the past".
    const immediate = !form.isFieldTouched('effectiveFrom') || !effectiveFrom;
    try {
      const { data } = await publish({
        variables: { input: { orgUnitId, ...draftInput(draft), effectiveFrom: immediate ? null : effectiveFrom.toISOString() } },
      });
      const version = data?.publishGradeScheme.gradeScheme;
      if (!version) return;
      message.success(t('grade-schemes.publish.done', { version: version.version }));
      onPublished(version);
    } catch (e) {
      const byField = fieldErrors(e);
      if (byField['effectiveFrom']) {
        form.setFields([{ name: 'effectiveFrom', errors: [byField['effectiveFrom']] }]);
        return;
      }
      if (errorCode(e) === 'BAD_USER_INPUT') {
        const first = graphQLErrorsOf(e)[0];
        const problems = serverSchemeProblems(first?.extensions as Record<string, unknown> | undefined, first?.message ?? '');
        if (problems.length) onSchemeProblems(problems);
      }
      setError(e);
    }
  };

  return (
    <Modal
      open={open}
      title={t('grade-schemes.publish.title')}
      okText={t('grade-schemes.publish.confirm')}
      cancelText={t('grade-schemes.common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={loading}
      destroyOnHidden
      width={640}
      afterOpenChange={(visible) => {
        if (visible) {
          setError(null);
          form.resetFields();
          form.setFieldsValue({ effectiveFrom: dayjs() });
        }
      }}
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'unit', label: t('grade-schemes.publish.unit'), children: t('grade-schemes.publish.unitValue', { name: orgUnitName }) },
          { key: 'name', label: t('grade-schemes.publish.name'), children: scheme.name },
          {
            key: 'grades',
            label: t('grade-schemes.publish.grades'),
            children: [...scheme.grades].sort((a, b) => b.rank - a.rank).map((g) => g.label).join(' > '),
          },
        ]}
        style={{ marginBottom: 12 }}
      />
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          label={t('grade-schemes.publish.effectiveFrom')}
          name="effectiveFrom"
          extra={t('grade-schemes.publish.effectiveFromHint')}
          rules={[
            {
              validator: async (_, value: Dayjs | null) => {
                if (value && form.isFieldTouched('effectiveFrom') && value.isBefore(dayjs().subtract(1, 'minute'))) {
                  throw new Error(t('grade-schemes.publish.effectiveFromPast'));
                }
              },
            },
          ]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            disabledDate={(d) => d.isBefore(dayjs().startOf('day'))}
            allowClear={false}
            style={{ width: 240 }}
          />
        </Form.Item>
      </Form>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('grade-schemes.publish.changes')}
      </Typography.Title>
      {changes.length === 0 ? (
        <Alert type="info" showIcon title={t('grade-schemes.publish.noChanges')} />
      ) : (
        <ul style={{ maxHeight: 200, overflow: 'auto', paddingInlineStart: 18, margin: 0 }} data-testid="publish-changes">
          {changes.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {impactSummary && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {impactSummary}
        </Typography.Paragraph>
      )}
      {error ? <ErrorAlert error={error} title={t('grade-schemes.publish.failed')} style={{ marginTop: 12 }} /> : null}
    </Modal>
  );
}
