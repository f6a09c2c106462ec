import { CALENDAR_DAY_TYPE_LABELS, CalendarDayType } from '@kesu/domain';
import { registerLabeledEnum } from '../graphql/labeled-enum.js';
import type { CalendarDaySource } from './calendar-day.entity.js';

export const CalendarDayTypeEnum = registerLabeledEnum(CalendarDayType, 'CalendarDayType', '日历日类型', CALENDAR_DAY_TYPE_LABELS);

/** Where a calendar row or year came from. */
export const CalendarSourceEnum = { OFFICIAL: 'OFFICIAL', ADMIN: 'ADMIN' } as const satisfies Record<CalendarDaySource, CalendarDaySource>;
registerLabeledEnum(CalendarSourceEnum, 'CalendarSource', '日历数据来源', { OFFICIAL: '官方节假日安排', ADMIN: '管理员维护' });
