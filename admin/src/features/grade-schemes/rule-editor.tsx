import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Popconfirm, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { useI18n } from '../../i18n/i18n-context';
import { ConditionRow } from './condition-row';
import type { SchemeCategory } from './grade-schemes-operations';
import { newCondition, problemPath } from './scheme-draft';
import { useProblem, useProblemText } from './scheme-problems';

export interface RuleEditorProps {
  form: FormInstance;
  /** Absolute name path of the rule: ['grades', g, 'rules', r]. */
  path: (string | number)[];
  /** Name of the rule inside its Form.List (the index). */
  field: number;
  ordinal: number;
  categories: readonly SchemeCategory[];
  onRemove: () => void;
}

/** One rule: fires when ALL its conditions hold (a grade matches when ANY of its rules fires). */
export function RuleEditor({ form, path, field, ordinal, categories, onRemove }: RuleEditorProps) {
  const { t } = useI18n();
  const ruleId = Form.useWatch([...path, 'id'], form) as string | undefined;
  const idProblem = useProblem([...path, 'id']);
  const conditionsProblem = useProblemText(`${problemPath(path)}.conditions`);
  const name = t('grade-schemes.rule.name', { n: ordinal, id: ruleId ?? '' });

  return (
    <div
      role="group"
      aria-label={name}
      data-testid="rule-editor"
      style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 12px', background: '#fafafa' }}
    >
      <Flex gap={8} align="flex-start" wrap>
        <Typography.Text strong style={{ lineHeight: '32px', whiteSpace: 'nowrap' }}>
          {t('grade-schemes.rule.title', { n: ordinal })}
        </Typography.Text>
        <Form.Item name={[field, 'id']} {...idProblem} style={{ marginBottom: 0, width: 180 }}>
          <Input aria-label={t('grade-schemes.rule.id')} placeholder={t('grade-schemes.rule.id')} />
        </Form.Item>
        <Form.Item name={[field, 'source']} style={{ marginBottom: 0, flex: 1, minWidth: 160 }}>
          <Input aria-label={t('grade-schemes.rule.source')} placeholder={t('grade-schemes.rule.sourcePlaceholder')} />
        </Form.Item>
        <Popconfirm
          title={t('grade-schemes.rule.removeConfirm', { id: ruleId ?? '' })}
          okText={t('grade-schemes.common.delete')}
          cancelText={t('grade-schemes.common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={onRemove}
        >
          <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('grade-schemes.rule.remove', { n: ordinal })} />
        </Popconfirm>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', margin: '6px 0' }}>
        {t('grade-schemes.rule.allConditions')}
      </Typography.Text>
      <Form.List name={[field, 'conditions']}>
        {(conditions, { add, remove }) => (
          <Flex vertical gap={6}>
            {conditions.map((condition, index) => (
              <ConditionRow
                key={condition.key}
                form={form}
                path={[...path, 'conditions', condition.name]}
                field={condition.name}
                ordinal={index + 1}
                categories={categories}
                onRemove={() => remove(condition.name)}
              />
            ))}
            {conditionsProblem && <Typography.Text type="danger">{conditionsProblem}</Typography.Text>}
            <div>
              <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => add(newCondition('householdCount'))}>
                {t('grade-schemes.condition.add')}
              </Button>
            </div>
          </Flex>
        )}
      </Form.List>
    </div>
  );
}
