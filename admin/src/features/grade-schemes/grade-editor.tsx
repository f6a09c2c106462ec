import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { ORG_LEVELS, describeGradePolicy } from '@kesu/domain';
import { Button, Card, Checkbox, Col, Flex, Form, Input, InputNumber, Popconfirm, Row, Select, Tag, Tooltip, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { SchemeCategory } from './grade-schemes-operations';
import { RuleEditor } from './rule-editor';
import { LOCAL_HANDLING, draftToScheme, newRule, type GradeValues, type RuleValues } from './scheme-draft';
import { useSchemeLabels } from './scheme-labels';
import { useProblem } from './scheme-problems';

export interface GradeEditorProps {
  form: FormInstance;
  /** Index of the grade in `grades` (its Form.List name). */
  index: number;
  count: number;
  isDefault: boolean;
  categories: readonly SchemeCategory[];
  onMove: (to: number) => void;
  onRemove: () => void;
}

/** One grade: code, label and rank; its rules; its policy (what the grade means for handling). */
export function GradeEditor({ form, index, count, isDefault, categories, onMove, onRemove }: GradeEditorProps) {
  const { t } = useI18n();
  const path = ['grades', index];
  const grade = Form.useWatch(path, form) as GradeValues | undefined;
  const code = useProblem([...path, 'code']);
  const label = useProblem([...path, 'label']);
  const rank = useProblem([...path, 'rank']);
  const title = t('grade-schemes.grade.name', { n: index + 1, label: grade?.label || t('grade-schemes.grade.unnamed') });

  return (
    <Card
      size="small"
      role="group"
      aria-label={title}
      data-testid="grade-editor"
      title={
        <Flex gap={8} align="center" wrap>
          <span>{title}</span>
          {grade?.code && <Tag>{grade.code}</Tag>}
          {isDefault && <Tag color="blue">{t('grade-schemes.grade.defaultTag')}</Tag>}
        </Flex>
      }
      extra={
        <Flex gap={4}>
          <Tooltip title={t('grade-schemes.grade.moveUp')}>
            <Button
              type="text"
              size="small"
              icon={<ArrowUpOutlined />}
              aria-label={t('grade-schemes.grade.moveUpN', { n: index + 1 })}
              disabled={index === 0}
              onClick={() => onMove(index - 1)}
            />
          </Tooltip>
          <Tooltip title={t('grade-schemes.grade.moveDown')}>
            <Button
              type="text"
              size="small"
              icon={<ArrowDownOutlined />}
              aria-label={t('grade-schemes.grade.moveDownN', { n: index + 1 })}
              disabled={index === count - 1}
              onClick={() => onMove(index + 1)}
            />
          </Tooltip>
          <Popconfirm
            title={t('grade-schemes.grade.removeConfirm', { label: grade?.label || grade?.code || '' })}
            description={isDefault ? t('grade-schemes.grade.removeDefaultWarning') : undefined}
            okText={t('grade-schemes.common.delete')}
            cancelText={t('grade-schemes.common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={onRemove}
          >
            <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('grade-schemes.grade.removeN', { n: index + 1 })} />
          </Popconfirm>
        </Flex>
      }
    >
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item label={t('grade-schemes.grade.code')} name={[index, 'code']} {...code} tooltip={t('grade-schemes.grade.codeHint')}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={9}>
          <Form.Item label={t('grade-schemes.grade.label')} name={[index, 'label']} {...label}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item label={t('grade-schemes.grade.rank')} name={[index, 'rank']} {...rank} tooltip={t('grade-schemes.grade.rankHint')}>
            <InputNumber precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>

      <Typography.Text strong>{t('grade-schemes.grade.rules')}</Typography.Text>
      <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
        {t('grade-schemes.grade.rulesHint')}
      </Typography.Text>
      <Form.List name={[index, 'rules']}>
        {(rules, { add, remove }) => (
          <Flex vertical gap={8} style={{ margin: '8px 0 16px' }}>
            {rules.length === 0 && (
              <Typography.Text type="secondary">
                {isDefault ? t('grade-schemes.grade.noRulesDefault') : t('grade-schemes.grade.noRules')}
              </Typography.Text>
            )}
            {rules.map((rule, r) => (
              <RuleEditor
                key={rule.key}
                form={form}
                path={[...path, 'rules', rule.name]}
                field={rule.name}
                ordinal={r + 1}
                categories={categories}
                onRemove={() => remove(rule.name)}
              />
            ))}
            <div>
              <Button
                size="small"
                icon={<PlusOutlined />}
                onClick={() => add(newRule(grade?.code ?? '', (grade?.rules ?? []) as RuleValues[]))}
              >
                {t('grade-schemes.rule.add')}
              </Button>
            </div>
          </Flex>
        )}
      </Form.List>

      <PolicyEditor index={index} grade={grade} />
    </Card>
  );
}

/** The grade's policy (RULES §5, §6), with the Chinese sentence the server will show for it. */
function PolicyEditor({ index, grade }: { index: number; grade: GradeValues | undefined }) {
  const { t } = useI18n();
  const labels = useSchemeLabels();
  const at = ['grades', index, 'policy'];
  const response = useProblem([...at, 'responseMinutes']);
  const resolution = useProblem([...at, 'resolutionWorkingDays']);
  const escalated = useProblem([...at, 'escalatedResolutionWorkingDays']);
  const target = useProblem([...at, 'escalationTarget']);
  const description = useMemo(() => {
    const p = grade?.policy;
    if (!p || ![p.responseMinutes, p.resolutionWorkingDays, p.escalatedResolutionWorkingDays].every((n) => Number.isInteger(n) && (n as number) > 0)) {
      return null;
    }
    try {
      const [converted] = draftToScheme({ name: '', presetCode: null, defaultGradeCode: '', gradedKinds: [], grades: [grade] }).grades;
      return converted ? describeGradePolicy(converted.policy) : null;
    } catch {
      return null;
    }
  }, [grade]);

  return (
    <>
      <Typography.Text strong>{t('grade-schemes.policy.title')}</Typography.Text>
      <Row gutter={12} style={{ marginTop: 8 }}>
        <Col span={8}>
          <Form.Item label={t('grade-schemes.policy.responseMinutes')} name={[index, 'policy', 'responseMinutes']} {...response}>
            <InputNumber min={1} precision={0} suffix={t('grade-schemes.unit.minutes')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={t('grade-schemes.policy.resolutionWorkingDays')} name={[index, 'policy', 'resolutionWorkingDays']} {...resolution}>
            <InputNumber min={1} precision={0} suffix={t('grade-schemes.unit.workingDays')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            label={t('grade-schemes.policy.escalatedResolutionWorkingDays')}
            name={[index, 'policy', 'escalatedResolutionWorkingDays']}
            {...escalated}
          >
            <InputNumber min={1} precision={0} suffix={t('grade-schemes.unit.workingDays')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item label={t('grade-schemes.policy.escalationTarget')} name={[index, 'policy', 'escalationTarget']} {...target}>
            <Select
              options={[
                { value: LOCAL_HANDLING, label: t('grade-schemes.policy.local') },
                ...ORG_LEVELS.map((level) => ({ value: level, label: labels.level(level) })),
              ]}
            />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Flex vertical gap={2} style={{ paddingTop: 4 }}>
            <Form.Item name={[index, 'policy', 'notifyGroupImmediately']} valuePropName="checked" noStyle>
              <Checkbox>{t('grade-schemes.policy.notifyGroupImmediately')}</Checkbox>
            </Form.Item>
            <Form.Item name={[index, 'policy', 'startsEmergencyTeam']} valuePropName="checked" noStyle>
              <Checkbox>{t('grade-schemes.policy.startsEmergencyTeam')}</Checkbox>
            </Form.Item>
            <Form.Item name={[index, 'policy', 'requiresAccountability']} valuePropName="checked" noStyle>
              <Checkbox>{t('grade-schemes.policy.requiresAccountability')}</Checkbox>
            </Form.Item>
          </Flex>
        </Col>
      </Row>
      {description && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0, fontSize: 12 }} data-testid="policy-description">
          {t('grade-schemes.policy.description')}：{description}
        </Typography.Paragraph>
      )}
    </>
  );
}
