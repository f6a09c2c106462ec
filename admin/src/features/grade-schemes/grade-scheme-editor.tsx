import { PlusOutlined } from '@ant-design/icons';
import type { GradeSchemeProblem } from '@kesu/domain';
import { Alert, Button, Card, Checkbox, Col, Flex, Form, Input, Row, Select } from 'antd';
import type { FormInstance } from 'antd';
import { memo } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { GradeEditor } from './grade-editor';
import type { SchemeCategory } from './grade-schemes-operations';
import { describeProblemPath, newGrade, type DraftValues, type GradeValues } from './scheme-draft';
import { useSchemeLabels } from './scheme-labels';
import { SchemeProblemsContext, useProblem } from './scheme-problems';

export interface GradeSchemeEditorProps {
  form: FormInstance<DraftValues>;
  /** The starting point; remount the editor (a new `key`) to start again from another one. */
  initialValues: DraftValues;
  /** Problems by domain path, shown under the fields they concern. */
  problems: ReadonlyMap<string, string>;
  categories: readonly SchemeCategory[];
}

/**
 * The draft of a new scheme version: name, default grade, graded kinds and the grades with their rules and
 * policies. No antd rules: every message comes from the domain's validator (see SchemeProblemsContext).
 */
export const GradeSchemeEditor = memo(function GradeSchemeEditor({ form, initialValues, problems, categories }: GradeSchemeEditorProps) {
  return (
    <SchemeProblemsContext.Provider value={problems}>
      <Form form={form} layout="vertical" initialValues={initialValues} requiredMark={false} data-testid="grade-scheme-editor">
        <Flex vertical gap={12}>
          <SchemeBasics form={form} />
          <GradeList form={form} categories={categories} />
        </Flex>
      </Form>
    </SchemeProblemsContext.Provider>
  );
});

function SchemeBasics({ form }: { form: FormInstance<DraftValues> }) {
  const { t } = useI18n();
  const labels = useSchemeLabels();
  const grades = (Form.useWatch('grades', form) ?? []) as GradeValues[];
  const name = useProblem(['name']);
  const defaultGrade = useProblem(['defaultGradeCode']);
  const gradedKinds = useProblem(['gradedKinds']);
  return (
    <Card size="small" title={t('grade-schemes.editor.basics')}>
      <Row gutter={12}>
        <Col span={24}>
          <Form.Item label={t('grade-schemes.editor.name')} name="name" {...name}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item label={t('grade-schemes.editor.defaultGrade')} name="defaultGradeCode" {...defaultGrade} tooltip={t('grade-schemes.editor.defaultGradeHint')}>
            <Select
              options={grades
                .filter((g) => g?.code)
                .map((g) => ({ value: g.code, label: g.label ? `${g.label}（${g.code}）` : g.code }))}
            />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item label={t('grade-schemes.editor.gradedKinds')} name="gradedKinds" {...gradedKinds} tooltip={t('grade-schemes.editor.gradedKindsHint')}>
            <Checkbox.Group options={labels.kindOptions} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

function GradeList({ form, categories }: { form: FormInstance<DraftValues>; categories: readonly SchemeCategory[] }) {
  const { t } = useI18n();
  const defaultGradeCode = Form.useWatch('defaultGradeCode', form) as string | undefined;
  const grades = (Form.useWatch('grades', form) ?? []) as GradeValues[];
  const gradesProblem = useProblem(['grades']);
  return (
    <Form.List name="grades">
      {(fields, { add, remove, move }) => (
        <Flex vertical gap={12}>
          {fields.map((field, index) => (
            <GradeEditor
              key={field.key}
              form={form}
              index={field.name}
              count={fields.length}
              isDefault={Boolean(defaultGradeCode) && grades[index]?.code === defaultGradeCode}
              categories={categories}
              onMove={(to) => move(index, to)}
              onRemove={() => remove(field.name)}
            />
          ))}
          {gradesProblem.help && <Alert type="error" showIcon title={gradesProblem.help} />}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newGrade(grades))} block>
            {t('grade-schemes.grade.add')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

/** Every problem of the draft in one place, so none hides in a collapsed or scrolled-away grade. */
export function ProblemSummary({ problems, draft }: { problems: readonly GradeSchemeProblem[]; draft: DraftValues | undefined }) {
  const { t } = useI18n();
  if (problems.length === 0 || !draft) return null;
  const shown = problems.slice(0, 6);
  const where = { grade: t('grade-schemes.problem.grade'), rule: t('grade-schemes.problem.rule'), condition: t('grade-schemes.problem.condition') };
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="draft-problems"
      title={t('grade-schemes.problem.summary', { count: problems.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {shown.map((p, i) => {
            const at = describeProblemPath(p.path, draft, where);
            return <li key={`${p.path}-${i}`}>{at ? `${at}：${p.message}` : p.message}</li>;
          })}
          {problems.length > shown.length && <li>{t('grade-schemes.problem.more', { count: problems.length - shown.length })}</li>}
        </ul>
      }
    />
  );
}
