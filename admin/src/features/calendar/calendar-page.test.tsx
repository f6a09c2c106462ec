// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { App as AntdApp } from 'antd';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { abilityForGrants, renderWithAbility } from '../../testing/render';
import { CalendarPage } from './calendar-page';
import {
  ADD_CALENDAR_YEAR_MUTATION,
  SET_CALENDAR_DAY_MUTATION,
  WORKING_CALENDAR_QUERY,
  type CalendarDay,
  type WorkingCalendarYear,
} from './calendar-operations';

const groupAdmin = abilityForGrants([{ role: 'ADMIN', orgUnitId: 'g', orgPath: '/g/' }]);

type Override = Pick<CalendarDay, 'isWorkday' | 'type' | 'name'> & { source?: CalendarDay['source'] };

const LABELS = { WORKDAY: '工作日', WEEKEND: '周末休息', HOLIDAY: '节假日休息', MAKEUP_WORKDAY: '调休上班' } as const;

/** A year as the server answers it: the plain weekday rule plus the given overrides. */
function calendarYear(year: number, official: boolean, overrides: Record<string, Override> = {}): WorkingCalendarYear {
  const days: CalendarDay[] = [];
  for (let time = Date.UTC(year, 0, 1); new Date(time).getUTCFullYear() === year; time += 86_400_000) {
    const date = new Date(time).toISOString().slice(0, 10);
    const weekday = new Date(time).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    const override = official ? overrides[date] : undefined;
    const type = override?.type ?? (weekend ? 'WEEKEND' : 'WORKDAY');
    days.push({
      __typename: 'CalendarDayInfo',
      date,
      weekday,
      isWorkday: override?.isWorkday ?? !weekend,
      type,
      label: LABELS[type],
      name: override?.name ?? null,
      official,
      source: override ? (override.source ?? 'OFFICIAL') : null,
    });
  }
  return {
    __typename: 'WorkingCalendarYear',
    year,
    official,
    source: official ? 'OFFICIAL' : null,
    workdayCount: days.filter((day) => day.isWorkday).length,
    days,
  };
}

const NATIONAL_DAY: Record<string, Override> = {
  ...Object.fromEntries(
    ['01', '02', '03', '04', '05', '06', '07'].map((d) => [`2026-10-${d}`, { isWorkday: false, type: 'HOLIDAY', name: '国庆节' } as Override]),
  ),
  '2026-10-10': { isWorkday: true, type: 'MAKEUP_WORKDAY', name: '国庆节' },
  '2026-12-24': { isWorkday: false, type: 'HOLIDAY', name: '平安夜', source: 'ADMIN' },
};

function calendarMock(result: WorkingCalendarYear): MockLink.MockedResponse {
  return {
    request: { query: WORKING_CALENDAR_QUERY, variables: { year: result.year } },
    result: { data: { workingCalendar: result } },
    maxUsageCount: 5,
  };
}

function renderPage(mocks: MockLink.MockedResponse[], ability = groupAdmin) {
  return renderWithAbility(
    <MockedProvider mocks={mocks}>
      <AntdApp>
        <CalendarPage />
      </AntdApp>
    </MockedProvider>,
    { ability, path: '/calendar' },
  );
}

const dayCell = (date: string) => document.querySelector<HTMLElement>(`[data-date="${date}"]`);

describe('CalendarPage', () => {
  beforeEach(() => {
    // "Today" is 2026-11-23 in Beijing, so the coming year is 2027.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T02:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('marks holidays (休) and make-up working days (班) with their names, weekends and today', async () => {
    renderPage([calendarMock(calendarYear(2026, true, NATIONAL_DAY)), calendarMock(calendarYear(2027, true))]);
    await waitFor(() => expect(dayCell('2026-10-01')).not.toBeNull());

    const holiday = dayCell('2026-10-01')!;
    expect(holiday.dataset['type']).toBe('HOLIDAY');
    expect(holiday.textContent).toBe('1休');
    expect(holiday.getAttribute('aria-label')).toContain('国庆节');

    const makeup = dayCell('2026-10-10')!;
    expect(makeup.dataset['type']).toBe('MAKEUP_WORKDAY');
    expect(makeup.textContent).toBe('10班');
    expect(makeup.getAttribute('aria-label')).toContain('国庆节调休上班');

    expect(dayCell('2026-10-11')!.className).toContain('kesu-cal-day-weekend');
    expect(dayCell('2026-11-23')!.className).toContain('kesu-cal-day-today');
    // A day the group changed is marked apart from the official data.
    expect(dayCell('2026-12-24')!.dataset['source']).toBe('ADMIN');
    expect(dayCell('2026-12-24')!.className).toContain('kesu-cal-day-admin');

    // The month names its holidays under the grid.
    const october = screen.getByTestId('calendar-month-10');
    expect(october.textContent).toContain('休 国庆节 1–7日');
    expect(october.textContent).toContain('班 国庆节 10日');

    const summary = screen.getByTestId('calendar-summary');
    const workdays = calendarYear(2026, true, NATIONAL_DAY).workdayCount;
    expect(summary.textContent).toContain(`全年工作日${workdays} 天`);
    expect(summary.textContent).toContain('官方节假日安排');
    // The coming year has data: no warning.
    expect(screen.queryByTestId('next-year-alert')).toBeNull();
  });

  it('warns when the coming year has no official data and lets the admin add it after confirming', async () => {
    const addYear = vi.fn(() => ({
      data: {
        addCalendarYear: {
          __typename: 'AddCalendarYearPayload',
          workingCalendar: { __typename: 'WorkingCalendarYear', year: 2027, official: true, source: 'ADMIN', workdayCount: 261 },
        },
      },
    }));
    renderPage([
      calendarMock(calendarYear(2026, true, NATIONAL_DAY)),
      // First read: no data. After adding, the refetch answers with the year entered by the admin.
      { ...calendarMock(calendarYear(2027, false)), maxUsageCount: 1 },
      { request: { query: ADD_CALENDAR_YEAR_MUTATION, variables: { input: { year: 2027 } } }, result: addYear },
      calendarMock({ ...calendarYear(2027, true), source: 'ADMIN' }),
    ]);

    const alert = await screen.findByTestId('next-year-alert');
    expect(alert.textContent).toContain('2027 年尚无官方节假日数据');
    expect(alert.textContent).toContain('无法计算期限');

    fireEvent.click(within(alert).getByRole('button', { name: '添加 2027 年日历' }));
    // Nothing is sent before the admin confirms.
    expect((await screen.findAllByText('确认添加 2027 年日历？')).length).toBeGreaterThan(0);
    expect(addYear).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '确认添加' }));

    await waitFor(() => expect(addYear).toHaveBeenCalledOnce());
    await waitFor(() => expect(screen.queryByTestId('next-year-alert')).toBeNull());
  });

  it('hides the add-year button from someone who may read but not create calendar days', async () => {
    const regionAdmin = abilityForGrants([{ role: 'ADMIN', orgUnitId: 'south', orgPath: '/g/south/' }]);
    renderPage([calendarMock(calendarYear(2026, true, NATIONAL_DAY)), calendarMock(calendarYear(2027, false))], regionAdmin);
    const alert = await screen.findByTestId('next-year-alert');
    expect(within(alert).queryByRole('button', { name: '添加 2027 年日历' })).toBeNull();
    expect(alert.textContent).toContain('请联系集团管理员');
    // Days are not editable either.
    await waitFor(() => expect(dayCell('2026-12-25')).not.toBeNull());
    expect(dayCell('2026-12-25')!.tagName).toBe('DIV');
  });

  it('opens the editor on a click and sends setCalendarDay with the chosen arrangement and name', async () => {
    const setDay = vi.fn(() => ({
      data: {
        setCalendarDay: {
          __typename: 'SetCalendarDayPayload',
          day: {
            __typename: 'CalendarDayInfo',
            date: '2026-12-25',
            isWorkday: false,
            type: 'HOLIDAY',
            label: '节假日休息',
            name: '圣诞节',
            weekday: 5,
            official: true,
            source: 'ADMIN',
          },
        },
      },
    }));
    const after = calendarYear(2026, true, {
      ...NATIONAL_DAY,
      '2026-12-25': { isWorkday: false, type: 'HOLIDAY', name: '圣诞节', source: 'ADMIN' },
    });
    renderPage([
      { ...calendarMock(calendarYear(2026, true, NATIONAL_DAY)), maxUsageCount: 1 },
      calendarMock(calendarYear(2027, true)),
      {
        request: {
          query: SET_CALENDAR_DAY_MUTATION,
          variables: { input: { date: '2026-12-25', isWorkday: false, name: '圣诞节' } },
        },
        result: setDay,
      },
      calendarMock(after),
    ]);

    await waitFor(() => expect(dayCell('2026-12-25')).not.toBeNull());
    fireEvent.click(dayCell('2026-12-25')!);

    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('编辑日期 · 2026年12月25日 星期五');
    expect(dialog.textContent).toContain('工作日');
    expect(dialog.textContent).toContain('按周一至周五的一般规则');

    fireEvent.click(within(dialog).getByLabelText('休息'));
    fireEvent.change(within(dialog).getByLabelText('名称'), { target: { value: ' 圣诞节 ' } });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    });

    await waitFor(() => expect(setDay).toHaveBeenCalledOnce());
    await waitFor(() => expect(dayCell('2026-12-25')!.dataset['type']).toBe('HOLIDAY'));
    expect(dayCell('2026-12-25')!.dataset['source']).toBe('ADMIN');
    expect(screen.getByTestId('calendar-month-12').textContent).toContain('休 圣诞节 25日');
  });
});
