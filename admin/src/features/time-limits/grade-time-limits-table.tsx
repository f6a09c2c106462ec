import { Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useI18n } from '../../i18n/i18n-context';
import { orgLevelLabel } from '../../i18n/org-level-label';
import type { GradeDefinition } from '../grade-schemes/grade-schemes-operations';

/** "60 分钟（1 小时）": response limits are wall-clock minutes; whole hours are easier to read as hours. */
export function useMinutesText() {
  const { t } = useI18n();
  return (minutes: number) =>
    minutes % 60 === 0
      ? t('time-limits.minutesWithHours', { minutes, hours: minutes / 60 })
      : t('time-limits.minutes', { minutes });
}

/** The time limits each grade of the version in force sets (RULES §5, §6), most severe grade first. */
export function GradeTimeLimitsTable({ grades, defaultGradeCode }: { grades: readonly GradeDefinition[]; defaultGradeCode: string }) {
  const { t, locale } = useI18n();
  const minutesText = useMinutesText();
  const columns: TableColumnsType<GradeDefinition> = [
    {
      title: t('time-limits.grades.grade'),
      key: 'grade',
      width: 150,
      render: (_, g) => (
        <Flex gap={6} align="center" wrap>
          <Typography.Text strong>{g.label}</Typography.Text>
          {g.code === defaultGradeCode && (
            <Tag color="blue" style={{ marginInlineEnd: 0 }}>
              {t('time-limits.grades.default')}
            </Tag>
          )}
        </Flex>
      ),
    },
    { title: t('time-limits.grades.response'), key: 'response', width: 150, render: (_, g) => minutesText(g.policy.responseMinutes) },
    {
      title: t('time-limits.grades.resolution'),
      key: 'resolution',
      width: 130,
      align: 'right',
      render: (_, g) => t('time-limits.workingDays', { days: g.policy.resolutionWorkingDays }),
    },
    {
      title: t('time-limits.grades.escalated'),
      key: 'escalated',
      width: 150,
      align: 'right',
      render: (_, g) => t('time-limits.workingDays', { days: g.policy.escalatedResolutionWorkingDays }),
    },
    {
      title: t('time-limits.grades.target'),
      key: 'target',
      width: 130,
      render: (_, g) =>
        g.policy.escalationTarget ? (
          <Tag color="volcano">{orgLevelLabel(locale, g.policy.escalationTarget)}</Tag>
        ) : (
          <Typography.Text type="secondary">{t('time-limits.grades.local')}</Typography.Text>
        ),
    },
    {
      title: t('time-limits.grades.other'),
      key: 'other',
      render: (_, g) => {
        const tags = [
          g.policy.notifyGroupImmediately && t('time-limits.grades.notifyGroup'),
          g.policy.startsEmergencyTeam && t('time-limits.grades.emergencyTeam'),
          g.policy.requiresAccountability && t('time-limits.grades.accountability'),
        ].filter((x): x is string => Boolean(x));
        return tags.length ? (
          <Flex gap={4} wrap>
            {tags.map((tag) => (
              <Tag key={tag} style={{ marginInlineEnd: 0 }}>
                {tag}
              </Tag>
            ))}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
        );
      },
    },
  ];
  return (
    <Table<GradeDefinition>
      size="small"
      rowKey="code"
      columns={columns}
      dataSource={[...grades].sort((a, b) => b.rank - a.rank)}
      pagination={false}
      aria-label={t('time-limits.grades.title')}
    />
  );
}
