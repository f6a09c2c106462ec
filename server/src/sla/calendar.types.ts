import type { CalendarDayType } from '@kesu/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars.js';
import type { CalendarDaySource } from './calendar-day.entity.js';
import { CalendarDayTypeEnum, CalendarSourceEnum } from './calendar.enums.js';

/** The working calendar in GraphQL (API.md "Grading, time limits, calendar"; RULES.md §5). */

@ObjectType('CalendarDayInfo', { description: '工作日历中的一天（北京时间）' })
export class CalendarDayInfoType {
  @Field(() => DateScalar) date!: string;
  @Field(() => Boolean) isWorkday!: boolean;
  @Field(() => CalendarDayTypeEnum) type!: CalendarDayType;
  @Field(() => String, { description: '类型的中文名（工作日、周末休息、节假日休息、调休上班）' }) label!: string;
  @Field(() => String, { nullable: true, description: '节日名称，调休上班日也带节日名称' }) name!: string | null;
  @Field(() => Int, { description: '星期，0 = 星期日 … 6 = 星期六' }) weekday!: number;
  @Field(() => Boolean, { description: '该年是否已有节假日数据；没有时只按周一至周五推算，修改在添加该年后生效' })
  official!: boolean;
  @Field(() => CalendarSourceEnum, { nullable: true, description: '该日记录的来源；为空表示按周一至周五的一般规则' })
  source!: CalendarDaySource | null;
}

@ObjectType('WorkingCalendarYear', { description: '集团工作日历的一年' })
export class WorkingCalendarYearType {
  @Field(() => Int) year!: number;
  @Field(() => Boolean, { description: '该年是否已有节假日数据（官方或管理员录入）；没有时不能计算跨入该年的期限' })
  official!: boolean;
  @Field(() => CalendarSourceEnum, { nullable: true, description: '该年数据的来源' }) source!: CalendarDaySource | null;
  @Field(() => Int, { description: '工作日天数' }) workdayCount!: number;
  @Field(() => [CalendarDayInfoType], { description: '该年的每一天' }) days!: CalendarDayInfoType[];
}
