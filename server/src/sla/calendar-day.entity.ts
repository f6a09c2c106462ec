import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** Where a calendar row came from: the official data (`chinese-days`) or an admin's edit. */
export type CalendarDaySource = 'OFFICIAL' | 'ADMIN';

/**
 * A day of one group's working calendar that differs from plain Monday–Friday (a holiday, a make-up working day)
 * or that an admin edited. Official rows are copied per group so each group may correct its own without touching
 * another's; an admin edit replaces the row and is never overwritten by a later official sync.
 */
@Entity({ tableName: 'calendar_day' })
@Unique({ name: 'calendar_day_group_date_unique', properties: ['groupId', 'date'] })
export class CalendarDay {
  [OptionalProps]?: 'updatedAt' | 'name' | 'updatedBy';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  groupId!: string;

  /** `YYYY-MM-DD`, a Shanghai calendar day. */
  @Property({ type: 'date', columnType: 'date' })
  date!: string;

  @Property({ type: 'boolean' })
  isWorkday!: boolean;

  @Property({ type: 'text', nullable: true })
  name: string | null = null;

  @Property({ type: 'text' })
  source!: CalendarDaySource;

  @Property({ type: 'uuid', nullable: true })
  updatedBy: string | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A year whose holidays are known for a group: official data, or entered by an admin ("add a year"). */
@Entity({ tableName: 'calendar_year' })
@Unique({ name: 'calendar_year_group_year_unique', properties: ['groupId', 'year'] })
export class CalendarYear {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  groupId!: string;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'text' })
  source!: CalendarDaySource;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
