import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Can } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { AddCalendarYearInput, AddCalendarYearPayload, SetCalendarDayInput, SetCalendarDayPayload } from './calendar.inputs.js';
import * as calendarService from './calendar.service.js';
import { WorkingCalendarYearType } from './calendar.types.js';

@Resolver()
export class CalendarResolver {
  @Query(() => WorkingCalendarYearType, { description: '调用者所在集团某一年的工作日历（含法定节假日与调休）' })
  @Can('read', 'CalendarDay')
  workingCalendar(@Arg('year', () => Int) year: number, @Ctx() ctx: Context) {
    return calendarService.workingCalendarYear(ctx, year);
  }

  @Query(() => DateTimeScalar, {
    description: '从 from 所在日（北京时间，当日不计）起第 days 个工作日的 23:59:59.999；跨入没有节假日数据的年份时返回 BAD_USER_INPUT',
  })
  @Can('read', 'CalendarDay')
  addWorkingDays(
    @Arg('from', () => DateTimeScalar) from: Date,
    @Arg('days', () => Int, { description: '工作日数，1–365' }) days: number,
    @Ctx() ctx: Context,
  ) {
    return calendarService.addWorkingDays(ctx, from, days);
  }

  @Mutation(() => SetCalendarDayPayload, { description: '集团管理员设置某天是否上班（节假日、调休或更正）' })
  @Can('update', 'CalendarDay')
  async setCalendarDay(@Arg('input', () => SetCalendarDayInput) input: SetCalendarDayInput, @Ctx() ctx: Context) {
    return { day: await calendarService.setCalendarDay(ctx, input) };
  }

  @Mutation(() => AddCalendarYearPayload, { description: '集团管理员确认录入尚无官方数据的年份，此后可计算跨入该年的期限' })
  @Can('create', 'CalendarDay')
  async addCalendarYear(@Arg('input', () => AddCalendarYearInput) input: AddCalendarYearInput, @Ctx() ctx: Context) {
    return { workingCalendar: await calendarService.addCalendarYear(ctx, input) };
  }
}
