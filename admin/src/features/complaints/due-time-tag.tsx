import type { WorkingCalendar } from '@kesu/domain';
import { Flex, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n-context';
import { DUE_TEXT_COLOR, currentDeadline, dueState, formatDateTime, isSettled, type DueFacts } from './due-time';

/**
 * The deadline to watch now, coloured green / amber / red, e.g. "处理 2026-11-27 23:59". The state is also in a
 * `data-due-state` attribute and a title, so colour is not the only signal. With the group's working `calendar`
 * the amber window of a resolution deadline is exactly one working day; without it, 24 hours (see `dueState`).
 */
export function DueTime({ facts, now, calendar }: { facts: DueFacts; now?: number; calendar?: WorkingCalendar | null }) {
  const { t } = useI18n();
  const deadline = currentDeadline(facts);
  // Settled complaints have no running deadline; an open one without a resolution deadline is exempt.
  if (!deadline) {
    return <Typography.Text type="secondary">{isSettled(facts.status) ? t('common.none') : t('complaints.due.none')}</Typography.Text>;
  }
  const state = dueState(deadline.dueAt, deadline.kind, now, calendar);
  const time = formatDateTime(deadline.dueAt);
  return (
    <Flex align="center" gap={4} title={t(`complaints.due.${state}`)} data-due-state={state} data-testid="due-time">
      <span
        aria-hidden
        style={{ width: 8, height: 8, borderRadius: 4, background: DUE_TEXT_COLOR[state], flex: 'none' }}
      />
      <Typography.Text style={{ color: DUE_TEXT_COLOR[state], whiteSpace: 'nowrap' }}>
        {t(deadline.kind === 'response' ? 'complaints.due.response' : 'complaints.due.resolution', { time })}
      </Typography.Text>
    </Flex>
  );
}
