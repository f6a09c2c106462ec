import type { WorkingCalendar } from '@kesu/domain';
import { Card, Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/locales';
import type { ComplaintDetail } from './complaints-operations';
import { useWorkingCalendar } from './use-working-calendar';
import { DUE_TEXT_COLOR, dueState, durationParts, formatDateTime, isSettled, type DueKind } from './due-time';

/** "Now", refreshed every 30 s so countdowns move without reloading. */
function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

interface DeadlineRowProps {
  label: MessageKey;
  dueAt: string | null | undefined;
  kind: DueKind;
  /** Met already (responded, concluded …): shown plain, no countdown. */
  done: boolean;
  now: number;
  calendar: WorkingCalendar | null;
}

function DeadlineRow({ label, dueAt, kind, done, now, calendar }: DeadlineRowProps) {
  const { t } = useI18n();
  if (!dueAt) return null;
  const state = dueState(dueAt, kind, now, calendar);
  const left = Date.parse(dueAt) - now;
  const parts = durationParts(left);
  const duration =
    parts.d > 0 ? t('complaints.duration.dh', { d: parts.d, h: parts.h }) : t('complaints.duration.hm', { h: parts.h, m: parts.m });
  return (
    <Flex justify="space-between" align="baseline" gap={8} data-due-state={done ? 'done' : state}>
      <Typography.Text type="secondary">{t(label)}</Typography.Text>
      <Flex vertical align="flex-end">
        <Typography.Text style={done ? undefined : { color: DUE_TEXT_COLOR[state] }}>{formatDateTime(dueAt)}</Typography.Text>
        {!done && (
          <Typography.Text style={{ color: DUE_TEXT_COLOR[state], fontSize: 12 }}>
            {left < 0 ? t('complaints.due.late', { duration }) : t('complaints.due.left', { duration })}
          </Typography.Text>
        )}
      </Flex>
    </Flex>
  );
}

export function ComplaintDeadlines({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useI18n();
  const now = useNow();
  const calendar = useWorkingCalendar(now);
  const settled = isSettled(complaint.status);
  const responded = Boolean(complaint.respondedAt) || complaint.status !== 'REGISTERED';
  return (
    <Card size="small" title={t('complaints.detail.deadlines')} data-testid="complaint-deadlines">
      <Flex vertical gap={10}>
        <DeadlineRow label="complaints.field.responseDue" dueAt={complaint.responseDueAt} kind="response" done={responded || settled} now={now} calendar={calendar} />
        {complaint.respondedAt && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('complaints.detail.responded', { time: formatDateTime(complaint.respondedAt) })}
          </Typography.Text>
        )}
        <DeadlineRow label="complaints.field.resolutionDue" dueAt={complaint.resolutionDueAt} kind="resolution" done={settled} now={now} calendar={calendar} />
        <DeadlineRow
          label="complaints.field.returnVisitDue"
          dueAt={complaint.returnVisitDueAt}
          kind="returnVisit"
          done={complaint.status !== 'CONCLUDED'}
          now={now}
          calendar={calendar}
        />
      </Flex>
    </Card>
  );
}
