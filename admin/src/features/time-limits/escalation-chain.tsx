import { DEFAULT_ESCALATION_CHAIN, type EscalationChain, type OrgLevel } from '@kesu/domain';
import { Flex, Steps, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/locales';
import { orgLevelLabel } from '../../i18n/org-level-label';
import type { GradeDefinition } from '../grade-schemes/grade-schemes-operations';

/**
 * The levels a complaint climbs from `start`, one step per escalation: each step holds the levels that may take
 * over (the chain's choices, e.g. 城市公司 or 片区 above a project), following the chain until the top.
 */
export function escalationPath(start: OrgLevel, chain: EscalationChain = DEFAULT_ESCALATION_CHAIN): OrgLevel[][] {
  const steps: OrgLevel[][] = [[start]];
  const seen = new Set<OrgLevel>([start]);
  let frontier: OrgLevel[] = [start];
  for (;;) {
    const next = [...new Set(frontier.flatMap((level) => chain[level] ?? []))].filter((level) => !seen.has(level));
    if (next.length === 0) return steps;
    next.forEach((level) => seen.add(level));
    steps.push(next);
    frontier = next;
  }
}

const TRIGGERS = ['OVERDUE', 'CUSTOMER_DISAGREES', 'BEYOND_AUTHORITY', 'GRADE'] as const;

export interface EscalationChainViewProps {
  grades: readonly GradeDefinition[];
  defaultGradeCode: string;
}

/**
 * The escalation chain (RULES §6): developer side project → city / area → region → group, property side service
 * centre → project management centre → group; with the limits that run at each level and what makes a complaint
 * go up. The chain shown is the product default (packages/domain); the API does not expose a group's own chain yet.
 */
export function EscalationChainView({ grades, defaultGradeCode }: EscalationChainViewProps) {
  const { t, locale } = useI18n();
  const level = (l: OrgLevel) => orgLevelLabel(locale, l);
  const base = grades.find((g) => g.code === defaultGradeCode) ?? grades[0];
  const days = base?.policy.resolutionWorkingDays ?? 5;
  const escalatedDays = base?.policy.escalatedResolutionWorkingDays ?? 15;
  const reportedAtOnce = [...grades]
    .sort((a, b) => b.rank - a.rank)
    .filter((g) => g.policy.escalationTarget)
    .map((g) => t('time-limits.chain.gradeTarget', { grade: g.label, level: level(g.policy.escalationTarget as OrgLevel) }));

  const chainSteps = (start: OrgLevel) =>
    escalationPath(start).map((levels, i, all) => ({
      // Every level is a real stage, not progress: shown alike, none greyed out as "not reached".
      status: 'process' as const,
      title: levels.map(level).join(' / '),
      content:
        i === 0
          ? t('time-limits.chain.first', { days })
          : i === all.length - 1
            ? t('time-limits.chain.top', { days: escalatedDays })
            : t('time-limits.chain.next', { days: escalatedDays }),
    }));

  return (
    <Flex vertical gap={20}>
      <div>
        <Typography.Text strong>{t('time-limits.chain.developer')}</Typography.Text>
        <Steps size="small" items={chainSteps('PROJECT')} style={{ marginTop: 12 }} aria-label={t('time-limits.chain.developer')} />
      </div>
      <div>
        <Typography.Text strong>{t('time-limits.chain.property')}</Typography.Text>
        <Steps size="small" items={chainSteps('SERVICE_CENTER')} style={{ marginTop: 12, maxWidth: 760 }} aria-label={t('time-limits.chain.property')} />
      </div>
      <div>
        <Typography.Text strong>{t('time-limits.chain.triggers')}</Typography.Text>
        <Flex vertical gap={10} style={{ marginTop: 8 }} data-testid="escalation-triggers">
          {TRIGGERS.map((trigger) => (
            <Flex key={trigger} gap={12} align="flex-start">
              <Tag color={trigger === 'OVERDUE' ? 'red' : trigger === 'GRADE' ? 'volcano' : 'blue'} style={{ minWidth: 136, textAlign: 'center', marginInlineEnd: 0 }}>
                {t(`time-limits.trigger.${trigger}` as MessageKey)}
              </Tag>
              <Typography.Text>
                {trigger === 'GRADE'
                  ? reportedAtOnce.length
                    ? t('time-limits.triggerText.GRADE', { grades: reportedAtOnce.join('；') })
                    : t('time-limits.triggerText.GRADE_NONE')
                  : t(`time-limits.triggerText.${trigger}` as MessageKey, { days: escalatedDays })}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('time-limits.chain.defaultNote')}
      </Typography.Text>
    </Flex>
  );
}
