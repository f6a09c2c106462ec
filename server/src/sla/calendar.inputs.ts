import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { DateScalar } from '../graphql/scalars.js';
import { CalendarDayInfoType, WorkingCalendarYearType } from './calendar.types.js';

@InputType()
export class SetCalendarDayInput {
  @Field(() => DateScalar) date!: string;
  @Field(() => Boolean) isWorkday!: boolean;
  @Field(() => String, { nullable: true, description: '节日名称，如 “国庆节”' }) name?: string | null;
}
export const setCalendarDaySchema = z.object({
  date: z.string(),
  isWorkday: z.boolean(),
  name: z.string().trim().max(50, '节日名称不能超过 50 个字符').nullish(),
});

@ObjectType()
export class SetCalendarDayPayload {
  @Field(() => CalendarDayInfoType) day!: CalendarDayInfoType;
}

/** Years an admin may enter by hand: enough for any deadline this product computes, small enough to stay cheap. */
export const ADMIN_YEAR_RANGE = { min: 2000, max: 2100 } as const;

@InputType()
export class AddCalendarYearInput {
  @Field(() => Int) year!: number;
}
export const addCalendarYearSchema = z.object({
  year: z
    .number()
    .int('年份须为整数')
    .min(ADMIN_YEAR_RANGE.min, `年份须在 ${ADMIN_YEAR_RANGE.min}–${ADMIN_YEAR_RANGE.max} 之间`)
    .max(ADMIN_YEAR_RANGE.max, `年份须在 ${ADMIN_YEAR_RANGE.min}–${ADMIN_YEAR_RANGE.max} 之间`),
});

@ObjectType()
export class AddCalendarYearPayload {
  @Field(() => WorkingCalendarYearType) workingCalendar!: WorkingCalendarYearType;
}

/** `workingCalendar(year)`: the years the domain calendar can list. */
export const calendarYearSchema = z.object({
  year: z.number().int('年份须为整数').min(1900, '年份须在 1900–9999 之间').max(9999, '年份须在 1900–9999 之间'),
});

export const MAX_WORKING_DAYS = 365;
export const addWorkingDaysSchema = z.object({
  from: z.date(),
  days: z.number().int('工作日数须为整数').min(1, '工作日数至少为 1').max(MAX_WORKING_DAYS, `工作日数不能超过 ${MAX_WORKING_DAYS}`),
});
