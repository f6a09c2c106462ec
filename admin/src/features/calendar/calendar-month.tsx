import { Card, Tooltip, Typography } from 'antd';
import { memo } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { dayName, dayTitle, spanText, weekdayKey } from './calendar-format';
import { WEEK_COLUMNS, monthWeeks, namedSpans } from './calendar-model';
import type { CalendarDay } from './calendar-operations';

export interface CalendarMonthProps {
  month: number;
  days: readonly CalendarDay[];
  /** `YYYY-MM-DD` in Asia/Shanghai. */
  today: string;
  /** Without it the days are not clickable (read-only viewers). */
  onSelectDay?: (day: CalendarDay) => void;
}

function dayClassName(day: CalendarDay, today: string): string {
  const classes = ['kesu-cal-day'];
  if (day.type === 'HOLIDAY') classes.push('kesu-cal-day-holiday');
  else if (day.type === 'MAKEUP_WORKDAY') classes.push('kesu-cal-day-makeup');
  else if (day.type === 'WEEKEND') classes.push('kesu-cal-day-weekend');
  if (day.source === 'ADMIN') classes.push('kesu-cal-day-admin');
  if (day.date === today) classes.push('kesu-cal-day-today');
  return classes.join(' ');
}

/** One month as a compact Monday-first grid, with 休/班 marks and the month's holidays named underneath. */
export const CalendarMonth = memo(function CalendarMonth({ month, days, today, onSelectDay }: CalendarMonthProps) {
  const { t, locale } = useI18n();
  const spans = namedSpans(days);
  // "10月" / "October": the browser knows month names in both languages.
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));

  const sourceText = (day: CalendarDay) => {
    if (day.source === 'ADMIN') return t(day.official ? 'calendar.daySource.ADMIN' : 'calendar.daySource.pending');
    return t(day.source === 'OFFICIAL' ? 'calendar.daySource.OFFICIAL' : 'calendar.daySource.rule');
  };

  const renderDay = (day: CalendarDay) => {
    const dayOfMonth = Number(day.date.slice(8, 10));
    const name = dayName(t, day);
    const label = `${dayTitle(t, day)} ${name}${day.date === today ? ` ${t('calendar.legend.today')}` : ''}`;
    const badge =
      day.type === 'HOLIDAY' ? (
        <span className="kesu-cal-badge kesu-cal-badge-rest" aria-hidden>
          {t('calendar.mark.rest')}
        </span>
      ) : day.type === 'MAKEUP_WORKDAY' ? (
        <span className="kesu-cal-badge kesu-cal-badge-work" aria-hidden>
          {t('calendar.mark.work')}
        </span>
      ) : null;
    const common = {
      className: dayClassName(day, today),
      'data-date': day.date,
      'data-type': day.type,
      'data-source': day.source ?? 'RULE',
    };
    const cell = onSelectDay ? (
      <button type="button" {...common} aria-label={label} onClick={() => onSelectDay(day)}>
        {dayOfMonth}
        {badge}
      </button>
    ) : (
      <div {...common} aria-label={label}>
        {dayOfMonth}
        {badge}
      </div>
    );
    return (
      <Tooltip
        key={day.date}
        mouseEnterDelay={0.25}
        title={
          <>
            <div>{dayTitle(t, day)}</div>
            <div style={{ fontWeight: 600 }}>{name}</div>
            <div style={{ opacity: 0.8 }}>{sourceText(day)}</div>
          </>
        }
      >
        {cell}
      </Tooltip>
    );
  };

  return (
    <Card
      size="small"
      className="kesu-cal-month"
      title={monthName}
      data-testid={`calendar-month-${month}`}
      styles={{ header: { minHeight: 36 }, body: { padding: '8px 10px 10px' } }}
    >
      <div className="kesu-cal-grid" role="group" aria-label={monthName}>
        {WEEK_COLUMNS.map((weekday) => (
          <div
            key={`w${weekday}`}
            className={`kesu-cal-weekday${weekday === 0 || weekday === 6 ? ' kesu-cal-weekday-weekend' : ''}`}
            aria-hidden
          >
            {t(weekdayKey(weekday))}
          </div>
        ))}
        {monthWeeks(days).flatMap((week, row) =>
          week.map((day, column) => (day ? renderDay(day) : <div key={`e${row}-${column}`} aria-hidden />)),
        )}
      </div>
      <div className="kesu-cal-spans">
        {spans.map((span) => {
          const { name, days: dayText } = spanText(t, span);
          const rest = span.kind === 'HOLIDAY';
          return (
            <div key={`${span.kind}-${span.name ?? ''}`} style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
              <Typography.Text style={{ color: rest ? '#cf1322' : '#ad4e00', fontWeight: 600 }}>
                {t(rest ? 'calendar.mark.rest' : 'calendar.mark.work')}
              </Typography.Text>{' '}
              <Typography.Text>{name}</Typography.Text>{' '}
              <Typography.Text type="secondary">{dayText}</Typography.Text>
            </div>
          );
        })}
      </div>
    </Card>
  );
});
