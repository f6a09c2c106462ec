import { useMutation } from '@apollo/client/react';
import { isYuanString } from '@kesu/domain';
import { App as AntdApp, Alert, Button, Col, Flex, Form, InputNumber, Row } from 'antd';
import type { Rule } from 'antd/es/form';
import { useEffect, useState } from 'react';
import { ErrorAlert } from '../../components/error-alert';
import { formFieldErrors } from '../../graphql/graphql-errors';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/locales';
import { GRADE_SCHEMES_QUERY, PUBLISH_GRADE_SCHEME_MUTATION, type GradeSchemeVersion } from '../grade-schemes/grade-schemes-operations';
import { draftFromVersion, draftInput } from '../grade-schemes/scheme-draft';

/** The settings of TimeLimits, in the order the page shows them, with the server's bounds (grade-scheme.inputs.ts). */
export const TIME_LIMIT_FIELDS = [
  { key: 'complaintReturnVisitHours', unit: 'hours', min: 1, max: 24 * 30 },
  { key: 'demandReturnVisitHours', unit: 'hours', min: 1, max: 24 * 30 },
  { key: 'accountabilityWorkingDays', unit: 'workingDays', min: 1, max: 365 },
  { key: 'maxDeadlineExtensions', unit: 'times', min: 0, max: 10 },
  { key: 'exemptionPurchaseThreshold', unit: 'yuan', min: 0, max: null },
] as const;

export type TimeLimitKey = (typeof TIME_LIMIT_FIELDS)[number]['key'];
type TimeLimitValues = Record<TimeLimitKey, number | string | null>;
interface FormValues {
  timeLimits: TimeLimitValues;
}

function valuesOf(version: GradeSchemeVersion): FormValues {
  const { __typename: _typename, ...limits } = version.timeLimits;
  return { timeLimits: limits };
}

export interface TimeLimitsFormProps {
  orgUnitId: string;
  orgUnitName: string;
  /** The version in force for the unit: its grades are republished unchanged with the new time limits. */
  current: GradeSchemeVersion;
  canEdit: boolean;
}

/**
 * The time limits that do not depend on the grade (RULES §5). They travel with the grade-scheme version, so saving
 * publishes a new version of the unit's scheme: the same grades, these time limits, effective at once.
 */
export function TimeLimitsForm({ orgUnitId, orgUnitName, current, canEdit }: TimeLimitsFormProps) {
  const { t } = useI18n();
  const { message, modal } = AntdApp.useApp();
  const [form] = Form.useForm<FormValues>();
  const [error, setError] = useState<unknown>(null);
  const [publish, { loading }] = useMutation(PUBLISH_GRADE_SCHEME_MUTATION, {
    refetchQueries: [{ query: GRADE_SCHEMES_QUERY, variables: { orgUnitId } }],
    awaitRefetchQueries: true,
  });
  const watched = Form.useWatch('timeLimits', form) as TimeLimitValues | undefined;
  const initial = valuesOf(current);
  const changed = TIME_LIMIT_FIELDS.filter(({ key }) => watched && String(watched[key] ?? '') !== String(initial.timeLimits[key]));

  // A newly published (or another unit's) version replaces what the form shows.
  useEffect(() => {
    form.setFieldsValue(valuesOf(current));
    setError(null);
  }, [current, form]);

  const label = (key: TimeLimitKey) => t(`time-limits.field.${key}` as MessageKey);
  const unitLabel = (unit: (typeof TIME_LIMIT_FIELDS)[number]['unit']) => t(`time-limits.unit.${unit}` as MessageKey);

  const rulesFor = (field: (typeof TIME_LIMIT_FIELDS)[number]): Rule[] => [
    { required: true, message: t('time-limits.required', { field: label(field.key) }) },
    field.key === 'exemptionPurchaseThreshold'
      ? {
          validator: async (_, value: unknown) => {
            if (value != null && value !== '' && !isYuanString(String(value))) throw new Error(t('time-limits.invalidAmount'));
          },
        }
      : {
          type: 'integer',
          min: field.min,
          max: field.max ?? undefined,
          message: t('time-limits.range', { field: label(field.key), min: field.min, max: field.max ?? '' }),
        },
  ];

  const save = async () => {
    const { timeLimits } = await form.validateFields();
    const summary = changed.map(
      ({ key, unit }) => `${label(key)}：${String(initial.timeLimits[key])} → ${String(timeLimits[key])} ${unitLabel(unit)}`,
    );
    modal.confirm({
      title: t('time-limits.confirm.title'),
      width: 520,
      content: (
        <Flex vertical gap={8}>
          <span>{t('time-limits.confirm.content', { unit: orgUnitName, version: current.version })}</span>
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {summary.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </Flex>
      ),
      okText: t('time-limits.confirm.ok'),
      cancelText: t('time-limits.cancel'),
      onOk: async () => {
        setError(null);
        try {
          const { data } = await publish({
            variables: {
              input: {
                orgUnitId,
                ...draftInput(draftFromVersion(current)),
                timeLimits: {
                  complaintReturnVisitHours: Number(timeLimits.complaintReturnVisitHours),
                  demandReturnVisitHours: Number(timeLimits.demandReturnVisitHours),
                  accountabilityWorkingDays: Number(timeLimits.accountabilityWorkingDays),
                  maxDeadlineExtensions: Number(timeLimits.maxDeadlineExtensions),
                  exemptionPurchaseThreshold: String(timeLimits.exemptionPurchaseThreshold),
                },
              },
            },
          });
          const version = data?.publishGradeScheme.gradeScheme;
          if (version) message.success(t('time-limits.saved', { version: version.version }));
        } catch (e) {
          const fields = formFieldErrors(e);
          if (fields.length) form.setFields(fields as Parameters<typeof form.setFields>[0]);
          setError(e);
        }
      },
    });
  };

  return (
    <Form form={form} layout="vertical" initialValues={initial} disabled={!canEdit} requiredMark={false} data-testid="time-limits-form">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('time-limits.explain.title')}
        description={t('time-limits.explain.body', { unit: orgUnitName, version: current.version, name: current.name })}
      />
      <Row gutter={16}>
        {TIME_LIMIT_FIELDS.map((field) => (
          <Col key={field.key} xs={24} md={12} xl={8}>
            <Form.Item
              label={label(field.key)}
              name={['timeLimits', field.key]}
              rules={rulesFor(field)}
              extra={t(`time-limits.hint.${field.key}` as MessageKey)}
            >
              {field.key === 'exemptionPurchaseThreshold' ? (
                <InputNumber<string> stringMode min="0" precision={2} suffix={unitLabel(field.unit)} style={{ width: '100%' }} />
              ) : (
                // No min/max here: an out-of-range number stays visible with the rule's message instead of being clamped silently.
                <InputNumber precision={0} suffix={unitLabel(field.unit)} style={{ width: '100%' }} />
              )}
            </Form.Item>
          </Col>
        ))}
      </Row>
      {error ? <ErrorAlert error={error} title={t('time-limits.saveFailed')} style={{ marginBottom: 16 }} /> : null}
      {canEdit && (
        <Flex gap={8}>
          <Button type="primary" onClick={() => void save()} loading={loading} disabled={changed.length === 0}>
            {t('time-limits.save')}
          </Button>
          <Button onClick={() => form.setFieldsValue(valuesOf(current))} disabled={changed.length === 0 || loading}>
            {t('time-limits.reset')}
          </Button>
        </Flex>
      )}
    </Form>
  );
}
