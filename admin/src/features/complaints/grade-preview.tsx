import { useQuery } from '@apollo/client/react';
import { Alert, Card, Flex, Skeleton, Tag, Typography } from 'antd';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { PREVIEW_GRADE_QUERY, type ComplaintFlag, type ComplaintKind } from './complaints-operations';
import { useDebouncedValue } from './use-debounced-value';

export interface GradeFacts {
  orgUnitId?: string;
  kind?: ComplaintKind;
  categoryCode?: string;
  householdCount?: number | null;
  compensationAmount?: string | null;
  flags?: ComplaintFlag[];
  at?: string;
}

/** Typing in the form costs one preview request per pause, not one per keystroke. */
export const PREVIEW_DELAY_MS = 400;

/** The grade the server would give these facts now, with the rules that fired. Writes nothing. */
export function GradePreview({ facts }: { facts: GradeFacts }) {
  const { t } = useI18n();
  const settled = useDebouncedValue(facts, PREVIEW_DELAY_MS);
  const { data, previousData, loading, error } = useQuery(PREVIEW_GRADE_QUERY, {
    variables: {
      input: {
        orgUnitId: settled.orgUnitId ?? '',
        kind: settled.kind,
        categoryCode: settled.categoryCode,
        householdCount: settled.householdCount ?? undefined,
        compensationAmount: settled.compensationAmount ?? undefined,
        flags: settled.flags && settled.flags.length > 0 ? settled.flags : undefined,
        at: settled.at,
      },
    },
    skip: !settled.orgUnitId,
  });
  const result = (data ?? previousData)?.previewGrade;

  return (
    <Card size="small" title={t('complaints.preview.title')} data-testid="grade-preview">
      {!facts.orgUnitId ? (
        <Typography.Text type="secondary">{t('complaints.preview.pickProject')}</Typography.Text>
      ) : error && !result ? (
        <ErrorAlert error={error} title={t('complaints.preview.failed')} />
      ) : !result ? (
        <Skeleton active paragraph={{ rows: 2 }} title={false} />
      ) : (
        <Flex vertical gap={8} style={{ opacity: loading ? 0.6 : 1 }}>
          <div>
            <Tag color={result.isDefault ? 'default' : 'red'} style={{ fontSize: 16, padding: '4px 10px' }} data-testid="preview-grade">
              {result.grade.label}
            </Tag>
          </div>
          {result.isDefault ? (
            <Typography.Text type="secondary">{t('complaints.preview.default')}</Typography.Text>
          ) : (
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {result.explanation.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          {result.policy.description && <Alert type="info" title={result.policy.description} />}
        </Flex>
      )}
    </Card>
  );
}
