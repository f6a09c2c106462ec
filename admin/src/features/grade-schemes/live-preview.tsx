import { SwapRightOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import {
  describeGradePolicy,
  grade,
  taxonomyKindFor,
  validateComplaintFacts,
  type ComplaintFacts,
  type ComplaintFlag,
  type ComplaintKind,
  type GradeResult,
  type GradeScheme,
} from '@kesu/domain';
import { Alert, Card, Col, Divider, Empty, Flex, Form, InputNumber, Row, Select, Skeleton, Switch, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useErrorMessage } from '../../graphql/graphql-errors';
import { useI18n } from '../../i18n/i18n-context';
import { PREVIEW_GRADE_QUERY, type SchemeCategory } from './grade-schemes-operations';
import { explanationLines } from './scheme-draft';
import { useSchemeLabels } from './scheme-labels';

interface FactValues {
  kind: ComplaintKind;
  categoryCode?: string | null;
  householdCount: number | null;
  compensationAmount?: string | null;
  flags: ComplaintFlag[];
  overdue: boolean;
}

const INITIAL_FACTS: FactValues = { kind: 'COMPLAINT', categoryCode: null, householdCount: 1, compensationAmount: null, flags: [], overdue: false };

export interface LivePreviewProps {
  /** The draft as a domain scheme, or null while it has problems (nothing can be graded with it). */
  scheme: GradeScheme | null;
  problemCount: number;
  categories: readonly SchemeCategory[];
  /** With a unit, the current published scheme's grade for the same facts is shown beside (server `previewGrade`). */
  orgUnitId?: string;
}

/** Facts as the grading engine reads them; blank households count as missing (reported), a blank amount as none. */
function toFacts(values: FactValues): ComplaintFacts {
  return {
    kind: values.kind,
    householdCount: values.householdCount as number,
    compensationAmount: values.compensationAmount ? String(values.compensationAmount) : null,
    flags: values.flags ?? [],
    overdue: Boolean(values.overdue),
    categoryCode: values.categoryCode || null,
  };
}

/**
 * "What grade would this get?" — graded in the browser from the DRAFT with the domain's `grade()`, the function the
 * server grades with, on every keystroke; beside it, the grade the published scheme gives today.
 */
export function LivePreview({ scheme, problemCount, categories, orgUnitId }: LivePreviewProps) {
  const { t } = useI18n();
  const labels = useSchemeLabels();
  const [form] = Form.useForm<FactValues>();
  const values = (Form.useWatch([], { form, preserve: true }) as FactValues | undefined) ?? INITIAL_FACTS;
  const facts = useMemo(() => toFacts({ ...INITIAL_FACTS, ...values }), [values]);
  const factProblems = useMemo(() => validateComplaintFacts(facts), [facts]);
  const factProblem = (field: keyof ComplaintFacts) => {
    const message = factProblems.find((p) => p.field === field)?.message;
    return message ? { validateStatus: 'error' as const, help: message } : {};
  };

  const draftResult = useMemo<GradeResult | null>(() => {
    if (!scheme || factProblems.length > 0) return null;
    try {
      return grade(scheme, facts);
    } catch {
      return null;
    }
  }, [scheme, facts, factProblems.length]);

  // Only categories that records of this kind can have (the server refuses a demand category on a complaint).
  const taxonomy = taxonomyKindFor(facts.kind);
  const categoryOptions = categories
    .filter((c) => c.kind === taxonomy && c.active)
    .map((c) => ({ value: c.code, label: `${c.label}（${c.code}）` }));
  useEffect(() => {
    const code = form.getFieldValue('categoryCode') as string | null | undefined;
    if (code && !categories.some((c) => c.code === code && c.kind === taxonomy)) form.setFieldValue('categoryCode', null);
  }, [taxonomy, categories, form]);

  return (
    <Card size="small" title={t('grade-schemes.preview.title')} data-testid="live-preview" styles={{ body: { paddingBottom: 8 } }}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('grade-schemes.preview.hint')}
      </Typography.Paragraph>
      <Flex vertical gap={8}>
        <DraftResult result={draftResult} schemeMissing={!scheme} problemCount={problemCount} factsInvalid={factProblems.length > 0} />
        {orgUnitId && (
          <CurrentResult orgUnitId={orgUnitId} facts={facts} enabled={factProblems.length === 0} draftResult={draftResult} />
        )}
      </Flex>
      <Divider titlePlacement="start" plain style={{ margin: '12px 0 8px' }}>
        {t('grade-schemes.preview.facts')}
      </Divider>
      <Form form={form} layout="vertical" initialValues={INITIAL_FACTS} size="small" requiredMark={false}>
        <Row gutter={8}>
          <Col span={12}>
            <Form.Item label={t('grade-schemes.preview.kind')} name="kind" style={{ marginBottom: 8 }}>
              <Select options={labels.kindOptions} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t('grade-schemes.preview.category')} name="categoryCode" style={{ marginBottom: 8 }} {...factProblem('categoryCode')}>
              <Select allowClear placeholder={t('grade-schemes.preview.categoryNone')} options={categoryOptions} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t('grade-schemes.preview.households')} name="householdCount" style={{ marginBottom: 8 }} {...factProblem('householdCount')}>
              <InputNumber min={0} precision={0} suffix={t('grade-schemes.unit.households')} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t('grade-schemes.preview.amount')} name="compensationAmount" style={{ marginBottom: 8 }} {...factProblem('compensationAmount')}>
              <InputNumber<string> stringMode min="0" precision={2} suffix={t('grade-schemes.unit.yuan')} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label={t('grade-schemes.preview.flags')} name="flags" style={{ marginBottom: 8 }}>
              <Select mode="multiple" allowClear placeholder={t('grade-schemes.preview.flagsNone')} options={labels.flagOptions} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label={t('grade-schemes.preview.overdue')} name="overdue" valuePropName="checked" style={{ marginBottom: 8 }} layout="horizontal">
              <Switch size="small" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}

function GradeTag({ label, isDefault }: { label: string; isDefault: boolean }) {
  return (
    <Tag color={isDefault ? 'default' : 'volcano'} style={{ fontSize: 14, padding: '2px 10px', marginInlineEnd: 0 }}>
      {label}
    </Tag>
  );
}

function DraftResult({
  result,
  schemeMissing,
  problemCount,
  factsInvalid,
}: {
  result: GradeResult | null;
  schemeMissing: boolean;
  problemCount: number;
  factsInvalid: boolean;
}) {
  const { t } = useI18n();
  return (
    <div data-testid="draft-result" style={{ border: '1px solid #91caff', background: '#f0f7ff', borderRadius: 6, padding: '8px 12px' }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('grade-schemes.preview.draftGrade')}
      </Typography.Text>
      {schemeMissing ? (
        <Alert type="warning" showIcon title={t('grade-schemes.preview.draftInvalid', { count: problemCount })} style={{ marginTop: 4 }} />
      ) : factsInvalid || !result ? (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {t('grade-schemes.preview.factsInvalid')}
        </Typography.Paragraph>
      ) : (
        <>
          <Flex gap={8} align="center" style={{ margin: '4px 0' }} wrap>
            <span data-testid="draft-grade">
              <GradeTag label={result.grade.label} isDefault={result.isDefault} />
            </span>
            {result.isDefault && <Typography.Text type="secondary">{t('grade-schemes.preview.isDefault')}</Typography.Text>}
          </Flex>
          <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="draft-explanation" aria-label={t('grade-schemes.preview.explanation')}>
            {explanationLines(result).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('grade-schemes.preview.policy')}：{describeGradePolicy(result.policy)}
          </Typography.Text>
        </>
      )}
    </div>
  );
}

/** Delays a value until it has been stable for `ms`, so typing a number does not fire a request per digit. */
function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

function CurrentResult({
  orgUnitId,
  facts,
  enabled,
  draftResult,
}: {
  orgUnitId: string;
  facts: ComplaintFacts;
  enabled: boolean;
  draftResult: GradeResult | null;
}) {
  const { t } = useI18n();
  const toMessage = useErrorMessage();
  const input = useDebounced(
    useMemo(
      () => ({
        orgUnitId,
        kind: facts.kind,
        categoryCode: facts.categoryCode,
        householdCount: facts.householdCount,
        compensationAmount: facts.compensationAmount,
        flags: [...facts.flags],
        overdue: facts.overdue,
      }),
      [orgUnitId, facts],
    ),
    300,
  );
  const { data, previousData, error, loading } = useQuery(PREVIEW_GRADE_QUERY, { variables: { input }, skip: !enabled });
  const current = (data ?? previousData)?.previewGrade;
  const changed = current && draftResult && current.grade.code !== draftResult.grade.code;

  return (
    <div data-testid="current-result" style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 12px' }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {current ? t('grade-schemes.preview.currentGradeVersion', { version: current.schemeVersion }) : t('grade-schemes.preview.currentGrade')}
      </Typography.Text>
      {error ? (
        <Typography.Paragraph type="danger" style={{ margin: '4px 0 0' }}>
          {toMessage(error)}
        </Typography.Paragraph>
      ) : !current ? (
        loading ? <Skeleton active paragraph={{ rows: 1 }} title={false} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('grade-schemes.preview.factsInvalid')} />
      ) : (
        <>
          <Flex gap={8} align="center" style={{ margin: '4px 0' }} wrap>
            <span data-testid="current-grade">
              <GradeTag label={current.grade.label} isDefault={current.isDefault} />
            </span>
            {changed && draftResult && (
              <Tag color="gold" icon={<SwapRightOutlined />} data-testid="grade-changed">
                {t('grade-schemes.preview.changed', { from: current.grade.label, to: draftResult.grade.label })}
              </Tag>
            )}
            {!changed && draftResult && <Typography.Text type="secondary">{t('grade-schemes.preview.same')}</Typography.Text>}
          </Flex>
          <ul style={{ margin: 0, paddingInlineStart: 18, color: 'rgba(0,0,0,0.65)' }}>
            {current.explanation.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
