import { Descriptions, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../i18n/i18n-context';
import type { GradeDefinition, GradeSchemeVersion } from './grade-schemes-operations';
import { useSchemeLabels } from './scheme-labels';

export const formatDateTime = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

/** A published version, read-only: what it is, where and since when it applies, and its grades. */
export function SchemeDetails({ version, presetLabel }: { version: GradeSchemeVersion; presetLabel?: string }) {
  const { t } = useI18n();
  const labels = useSchemeLabels();
  const defaultGrade = version.grades.find((g) => g.code === version.defaultGradeCode);
  return (
    <Flex vertical gap={16}>
      <Descriptions
        size="small"
        bordered
        column={2}
        items={[
          { key: 'name', label: t('grade-schemes.version.name'), children: version.name, span: 2 },
          { key: 'unit', label: t('grade-schemes.version.unit'), children: version.orgUnit?.name ?? t('grade-schemes.version.ancestorUnit') },
          { key: 'preset', label: t('grade-schemes.version.preset'), children: presetLabel ?? version.presetCode ?? t('grade-schemes.version.custom') },
          { key: 'effectiveFrom', label: t('grade-schemes.version.effectiveFrom'), children: formatDateTime(version.effectiveFrom) },
          {
            key: 'published',
            label: t('grade-schemes.version.published'),
            children: `${formatDateTime(version.publishedAt)} · ${version.publishedBy?.name ?? t('grade-schemes.version.publisherHidden')}`,
          },
          { key: 'default', label: t('grade-schemes.version.defaultGrade'), children: defaultGrade?.label ?? version.defaultGradeCode },
          {
            key: 'kinds',
            label: t('grade-schemes.version.gradedKinds'),
            children: version.gradedKinds ? version.gradedKinds.map(labels.kind).join('、') : t('grade-schemes.version.allKinds'),
          },
          ...(version.source ? [{ key: 'source', label: t('grade-schemes.version.source'), children: version.source, span: 2 }] : []),
        ]}
      />
      <GradesTable grades={version.grades} defaultGradeCode={version.defaultGradeCode} />
    </Flex>
  );
}

/** Grades, most severe first, each with its rules (any fires) and what the grade means for handling. */
export function GradesTable({ grades, defaultGradeCode }: { grades: readonly GradeDefinition[]; defaultGradeCode: string }) {
  const { t } = useI18n();
  const columns: TableColumnsType<GradeDefinition> = [
    {
      title: t('grade-schemes.version.grade'),
      key: 'grade',
      width: 140,
      render: (_, g) => (
        <Flex vertical gap={4} align="flex-start">
          <Typography.Text strong>{g.label}</Typography.Text>
          <Flex gap={4} wrap>
            <Tag style={{ marginInlineEnd: 0 }}>{g.code}</Tag>
            {g.code === defaultGradeCode && (
              <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                {t('grade-schemes.grade.defaultTag')}
              </Tag>
            )}
          </Flex>
        </Flex>
      ),
    },
    { title: t('grade-schemes.version.rank'), dataIndex: 'rank', key: 'rank', width: 64, align: 'right' },
    {
      title: t('grade-schemes.version.rules'),
      key: 'rules',
      render: (_, g) =>
        g.rules.length === 0 ? (
          <Typography.Text type="secondary">
            {g.code === defaultGradeCode ? t('grade-schemes.grade.noRulesDefault') : t('grade-schemes.grade.noRules')}
          </Typography.Text>
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 16 }}>
            {g.rules.map((rule) => (
              <li key={rule.id}>
                <Tooltip title={rule.source ? `${rule.id} · ${rule.source}` : rule.id}>
                  <span>{rule.description}</span>
                </Tooltip>
              </li>
            ))}
          </ul>
        ),
    },
    {
      title: t('grade-schemes.version.policy'),
      key: 'policy',
      width: 260,
      render: (_, g) => <Typography.Text style={{ fontSize: 13 }}>{g.policy.description}</Typography.Text>,
    },
  ];
  return (
    <Table<GradeDefinition>
      size="small"
      rowKey="code"
      columns={columns}
      dataSource={[...grades].sort((a, b) => b.rank - a.rank)}
      pagination={false}
      aria-label={t('grade-schemes.version.gradesTable')}
    />
  );
}
