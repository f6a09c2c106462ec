import type { I18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/locales';
import type { CalendarDay, CalendarDayType } from './calendar-operations';
import { monthAndDay, yearOf, type NamedSpan } from './calendar-model';

type T = I18n['t'];

export const typeKey = (type: CalendarDayType) => `calendar.type.${type}` satisfies MessageKey;
export const weekdayKey = (weekday: number) => `calendar.weekday.${weekday as 0 | 1 | 2 | 3 | 4 | 5 | 6}` satisfies MessageKey;
const weekdayLongKey = (weekday: number) => `calendar.weekdayLong.${weekday as 0 | 1 | 2 | 3 | 4 | 5 | 6}` satisfies MessageKey;

/** "2026年10月1日 星期四". */
export function dayTitle(t: T, day: Pick<CalendarDay, 'date' | 'weekday'>): string {
  const { month, day: dayOfMonth } = monthAndDay(day.date);
  return `${t('calendar.date', { year: yearOf(day.date), month, day: dayOfMonth })} ${t(weekdayLongKey(day.weekday))}`;
}

/** "10月1日". */
export function shortDate(t: T, date: string): string {
  const { month, day } = monthAndDay(date);
  return t('calendar.shortDate', { month, day });
}

/** What a day is, in words: "国庆节", "国庆节调休上班", or the type ("工作日", "周末休息"). */
export function dayName(t: T, day: Pick<CalendarDay, 'type' | 'name'>): string {
  if (day.type === 'MAKEUP_WORKDAY') return day.name ? t('calendar.makeupName', { name: day.name }) : t(typeKey(day.type));
  if (day.type === 'HOLIDAY' && day.name) return day.name;
  return day.name ? `${t(typeKey(day.type))} · ${day.name}` : t(typeKey(day.type));
}

/** "国庆节 休 1–8日" / "国庆节 班 11日、14日" under a month's grid. */
export function spanText(t: T, span: NamedSpan): { name: string; days: string } {
  const name = span.name ?? t(span.kind === 'HOLIDAY' ? 'calendar.span.holidayUnnamed' : 'calendar.span.makeupUnnamed');
  const days = span.ranges
    .map(([from, to]) => (from === to ? t('calendar.dayOne', { day: from }) : t('calendar.dayRange', { from, to })))
    .join(t('calendar.dayListSeparator'));
  return { name, days };
}
