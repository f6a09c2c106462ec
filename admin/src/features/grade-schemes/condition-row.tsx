import { DeleteOutlined } from '@ant-design/icons';
import type { GradeConditionFact } from '@kesu/domain';
import { Button, Flex, Form, InputNumber, Select, Tooltip, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { useI18n } from '../../i18n/i18n-context';
import { newCondition, type ConditionValues } from './scheme-draft';
import { useSchemeLabels } from './scheme-labels';
import { useProblem } from './scheme-problems';
import type { SchemeCategory } from './grade-schemes-operations';

export interface ConditionRowProps {
  form: FormInstance;
  /** Absolute name path of the condition: ['grades', g, 'rules', r, 'conditions', c]. */
  path: (string | number)[];
  /** Name of the condition inside its Form.List (the index). */
  field: number;
  categories: readonly SchemeCategory[];
  onRemove: () => void;
  /** 1-based, for the accessible names ("条件 1 的比较方式"). */
  ordinal: number;
}

/** One condition of a rule: a fact and, depending on the fact, a comparison and a threshold, a flag, categories or kinds. */
export function ConditionRow({ form, path, field, categories, onRemove, ordinal }: ConditionRowProps) {
  const { t } = useI18n();
  const labels = useSchemeLabels();
  const fact = Form.useWatch([...path, 'fact'], form) as GradeConditionFact | undefined;
  const valueProblem = useProblem([...path, 'value']);
  const opProblem = useProblem([...path, 'op']);
  const flagProblem = useProblem([...path, 'flag']);
  const codesProblem = useProblem([...path, 'codes']);
  const kindsProblem = useProblem([...path, 'kinds']);
  const factProblem = useProblem([...path, 'fact']);

  // Switching the fact replaces the whole condition, so no stale threshold of another fact stays behind.
  const changeFact = (next: GradeConditionFact) => {
    const replacement: ConditionValues = newCondition(next);
    form.setFieldValue(path, replacement);
  };

  const aria = (what: string) => t('grade-schemes.condition.aria', { n: ordinal, what });

  return (
    <Flex gap={8} align="flex-start" wrap data-testid="condition-row">
      <Form.Item name={[field, 'fact']} noStyle>
        <Select
          aria-label={aria(t('grade-schemes.condition.fact'))}
          options={labels.factOptions}
          onChange={changeFact}
          style={{ width: 130 }}
          status={factProblem.validateStatus}
        />
      </Form.Item>
      {(fact === 'householdCount' || fact === 'compensationAmount') && (
        <>
          <Form.Item name={[field, 'op']} {...opProblem} style={{ marginBottom: 0 }}>
            <Select aria-label={aria(t('grade-schemes.condition.op'))} options={labels.opOptions} style={{ width: 76 }} />
          </Form.Item>
          <Form.Item name={[field, 'value']} {...valueProblem} style={{ marginBottom: 0 }}>
            {fact === 'householdCount' ? (
              <InputNumber
                aria-label={aria(t('grade-schemes.condition.households'))}
                min={0}
                precision={0}
                suffix={t('grade-schemes.unit.households')}
                style={{ width: 130 }}
              />
            ) : (
              // stringMode keeps the amount exact (the domain compares in fen, never in floats).
              <InputNumber<string>
                aria-label={aria(t('grade-schemes.condition.amount'))}
                stringMode
                min="0"
                precision={2}
                suffix={t('grade-schemes.unit.yuan')}
                style={{ width: 170 }}
              />
            )}
          </Form.Item>
        </>
      )}
      {fact === 'flag' && (
        <Form.Item name={[field, 'flag']} {...flagProblem} style={{ marginBottom: 0, flex: 1, minWidth: 200 }}>
          <Select aria-label={aria(t('grade-schemes.condition.flag'))} options={labels.flagOptions} />
        </Form.Item>
      )}
      {fact === 'overdue' && (
        <Typography.Text type="secondary" style={{ lineHeight: '32px', flex: 1 }}>
          {t('grade-schemes.condition.overdueHint')}
        </Typography.Text>
      )}
      {fact === 'category' && (
        <Form.Item name={[field, 'codes']} {...codesProblem} style={{ marginBottom: 0, flex: 1, minWidth: 220 }}>
          <Select
            aria-label={aria(t('grade-schemes.condition.categories'))}
            mode="multiple"
            placeholder={t('grade-schemes.condition.categoriesPlaceholder')}
            optionFilterProp="label"
            options={categories.map((c) => ({
              value: c.code,
              label: `${c.label}（${c.code}）${c.active ? '' : t('grade-schemes.condition.inactive')}`,
            }))}
          />
        </Form.Item>
      )}
      {fact === 'kind' && (
        <Form.Item name={[field, 'kinds']} {...kindsProblem} style={{ marginBottom: 0, flex: 1, minWidth: 200 }}>
          <Select aria-label={aria(t('grade-schemes.condition.kinds'))} mode="multiple" options={labels.kindOptions} />
        </Form.Item>
      )}
      <Tooltip title={t('grade-schemes.condition.remove')}>
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('grade-schemes.condition.removeN', { n: ordinal })}
          onClick={onRemove}
        />
      </Tooltip>
    </Flex>
  );
}
