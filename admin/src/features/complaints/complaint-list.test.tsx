// @vitest-environment jsdom
import { WorkingCalendar, shanghaiDayNumber, yearOfDayNumber } from '@kesu/domain';
import { defineAbilityFor, packAbility, type RoleGrant } from '@kesu/permissions';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor } from '@testing-library/react';
import { App as AntdApp } from 'antd';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { abilityForGrants, renderWithAbility } from '../../testing/render';
import type { Viewer } from '../auth/auth-operations';
import { ViewerProvider } from '../auth/viewer-context';
import { ComplaintsPage } from './complaints-page';
import { COMPLAINTS_QUERY, COMPLAINT_CATEGORIES_QUERY } from './complaints-operations';
import { WORKBENCH_CALENDAR_YEAR_QUERY } from './working-calendar-operations';

const AGENT: RoleGrant[] = [{ role: 'CS_AGENT', orgUnitId: 'p1', orgPath: '/g/south/gz/p1/' }];
const viewer = {
  __typename: 'Viewer',
  user: { __typename: 'User', id: 'u1', name: '测试者' },
  roles: [{ __typename: 'RoleAssignment', role: 'CS_AGENT', orgUnit: { __typename: 'OrgUnit', id: 'p1', name: 'p1', level: 'PROJECT' } }],
  rules: JSON.parse(JSON.stringify(packAbility(defineAbilityFor({ userId: 'u1', grants: AGENT })))),
} as Viewer;

/** Plain Monday–Friday years, with holiday data ("official"), as the server would send them. */
const plainYear = (year: number) => ({
  __typename: 'WorkingCalendarYear' as const,
  year,
  official: true,
  days: new WorkingCalendar({ days: [], years: [year] })
    .daysOfYear(year)
    .map((d) => ({ __typename: 'CalendarDayInfo' as const, date: d.date, isWorkday: d.isWorkday })),
});

const row = (id: string, title: string, resolutionDueAt: string) => ({
  __typename: 'Complaint' as const,
  id,
  number: `TS-2611-000${id}`,
  kind: 'COMPLAINT',
  status: 'HANDLING',
  title,
  receivedAt: '2026-11-20T02:00:00.000Z',
  overdue: false,
  respondedAt: '2026-11-20T02:30:00.000Z',
  responseDueAt: '2026-11-20T03:00:00.000Z',
  resolutionDueAt,
  grade: { __typename: 'ComplaintGrade' as const, code: 'GENERAL', label: '一般事件', rank: 0 },
  category: { __typename: 'Category' as const, code: 'ENGINEERING', label: '工程管理类' },
  project: { __typename: 'OrgUnit' as const, id: 'T3JnVW5pdDpwMQ', name: '广州·云山府' },
  handler: null,
});

describe('complaint list with the working calendar', () => {
  it('colours a deadline at the end of the next working day amber once the calendar is there', async () => {
    const now = Date.now();
    const year = yearOfDayNumber(shanghaiDayNumber(new Date(now)));
    const calendar = new WorkingCalendar({ days: [], years: [year, year + 1] });
    // More than 24 hours away (today is not counted), yet within one working day.
    const nextWorkingDayEnd = calendar.addWorkingDays(new Date(now), 1).toISOString();
    const later = calendar.addWorkingDays(new Date(now), 3).toISOString();
    const rows = [row('1', '下个工作日到期', nextWorkingDayEnd), row('2', '三个工作日后到期', later)];
    const mocks: MockLink.MockedResponse[] = [
      {
        request: { query: COMPLAINTS_QUERY, variables: () => true },
        maxUsageCount: Number.POSITIVE_INFINITY,
        result: {
          data: {
            complaints: {
              __typename: 'ComplaintConnection',
              totalCount: 2,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: '2' },
              edges: rows.map((node) => ({ __typename: 'ComplaintEdge', cursor: node.id, node })),
            },
          },
        },
      },
      {
        request: { query: COMPLAINT_CATEGORIES_QUERY, variables: () => true },
        maxUsageCount: Number.POSITIVE_INFINITY,
        result: { data: { categories: [] } },
      },
      ...[year, year + 1].map((y) => ({
        request: { query: WORKBENCH_CALENDAR_YEAR_QUERY, variables: { year: y } },
        delay: 50,
        result: { data: { workingCalendar: plainYear(y) } },
      })),
    ];
    renderWithAbility(
      <MockedProvider mocks={mocks} showWarnings={false}>
        <ViewerProvider viewer={viewer}>
          <AntdApp>
            <Routes>
              <Route path="/complaints/*" element={<ComplaintsPage />} />
            </Routes>
          </AntdApp>
        </ViewerProvider>
      </MockedProvider>,
      { ability: abilityForGrants(AGENT), path: '/complaints' },
    );
    const stateOf = (title: string) =>
      screen.getByText(title).closest('tr')?.querySelector('[data-testid="due-time"]')?.getAttribute('data-due-state');
    expect(await screen.findByText('下个工作日到期')).toBeTruthy();
    // Exactly one working day: amber by the calendar (the 24-hour approximation alone would say green).
    await waitFor(() => expect(stateOf('下个工作日到期')).toBe('soon'));
    expect(stateOf('三个工作日后到期')).toBe('ok');
    // Nothing filtered yet: nothing to save.
    const save = screen.getByText('保存筛选').closest('button');
    expect(save?.disabled).toBe(true);
  });
});
