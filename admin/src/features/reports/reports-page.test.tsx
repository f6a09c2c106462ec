// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import type { RoleGrant } from '@kesu/permissions';
import { defineAbilityFor, packAbility } from '@kesu/permissions';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntdApp } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n-context';
import { abilityForGrants, renderWithAbility } from '../../testing/render';
import type { Viewer } from '../auth/auth-operations';
import { ViewerProvider } from '../auth/viewer-context';
import { ReportMonthPicker } from './report-month-picker';
import { ReportsPage } from './reports-page';
import { COMPLAINT_TRENDS_QUERY, MONTHLY_REPORT_QUERY } from './reports-operations';
import { GROUP_ID, reportFixture, SOUTH_ID, trendsFixture } from './reports.fixtures';

// jsdom has no canvas: the chart renders its accessible name only (options are tested in chart-options.test.ts).
vi.mock('./echart', () => ({
  default: ({ ariaLabel }: { ariaLabel: string }) => <div role="img" aria-label={ariaLabel} data-testid="echart" />,
}));
// The picker loads the viewer's tree from the server; the dashboard only needs its value.
vi.mock('../org/org-unit-picker', () => ({
  OrgUnitPicker: ({ value, id }: { value?: string; id?: string }) => <input id={id} readOnly value={value ?? ''} data-testid="unit-picker" />,
}));

const grants: RoleGrant[] = [{ role: 'ADMIN', orgUnitId: GROUP_ID, orgPath: '/g/' }];
const viewer = {
  __typename: 'Viewer',
  user: { __typename: 'User', id: 'u1', name: '测试者' },
  roles: [{ __typename: 'RoleAssignment', role: 'ADMIN', orgUnit: { __typename: 'OrgUnit', id: GROUP_ID, name: '鸿远地产集团', level: 'GROUP' } }],
  rules: JSON.parse(JSON.stringify(packAbility(defineAbilityFor({ userId: 'u1', grants })))),
} as Viewer;

const reportMock = (orgUnitId: string, result = vi.fn(() => ({ data: { monthlyReport: reportFixture(orgUnitId) } }))) => ({
  mock: {
    request: { query: MONTHLY_REPORT_QUERY, variables: { orgUnitId, month: '2026-11' } },
    result,
    maxUsageCount: 5,
  } satisfies MockLink.MockedResponse,
  result,
});
const trendsMock = (orgUnitId: string): MockLink.MockedResponse => ({
  request: { query: COMPLAINT_TRENDS_QUERY, variables: { orgUnitId, months: 12 } },
  result: { data: { complaintTrends: { __typename: 'ComplaintTrends', points: trendsFixture() } } },
  maxUsageCount: 5,
});

function renderPage(mocks: MockLink.MockedResponse[], path = '/reports?month=2026-11') {
  return renderWithAbility(
    <MockedProvider mocks={mocks} showWarnings={false}>
      <ViewerProvider viewer={viewer}>
        <AntdApp>
          <ReportsPage />
        </AntdApp>
      </ViewerProvider>
    </MockedProvider>,
    { ability: abilityForGrants(grants), path },
  );
}

describe('ReportsPage', () => {
  it('opens on the viewer’s top unit and shows the KPIs formatted, with Chinese labels', async () => {
    const group = reportMock(GROUP_ID);
    renderPage([group.mock, trendsMock(GROUP_ID)]);
    const kpis = await screen.findByTestId('report-kpis');
    expect(group.result).toHaveBeenCalled();
    const text = (key: string) => within(kpis).getByTestId(`kpi-${key}`).textContent;
    expect(text('received')).toContain('受理总数');
    expect(text('received')).toContain('12件');
    expect(text('received')).toContain('有效投诉 9 · 需求 2 · 预警 1');
    expect(text('response')).toContain('1小时响应率');
    expect(text('response')).toContain('71.4%');
    expect(text('response')).toContain('5 / 7 件');
    expect(text('resolution')).toContain('时限内解决率');
    expect(text('resolution')).toContain('50.0%');
    expect(text('resolution')).toContain('超期未结 2 件');
    expect(text('returnVisit')).toContain('回访率');
    expect(text('returnVisit')).toContain('75.0%');
    expect(text('satisfaction')).toContain('平均满意度');
    expect(text('satisfaction')).toContain('4.7');
    // The charts are there (lazily loaded) under their titles.
    expect(await screen.findByLabelText('按类别统计')).toBeTruthy();
    expect(screen.getByLabelText('近 12 个月走势')).toBeTruthy();
    expect(screen.getByTestId('report-period').textContent).toBe('统计周期：2026-10-25 至 2026-11-24');
  });

  it('drills down into a child unit and back up through the breadcrumb', async () => {
    const group = reportMock(GROUP_ID);
    const south = reportMock(SOUTH_ID);
    renderPage([group.mock, trendsMock(GROUP_ID), south.mock, trendsMock(SOUTH_ID)]);
    const table = await screen.findByTestId('report-unit-table');
    expect(south.result).not.toHaveBeenCalled();
    fireEvent.click(within(table).getByText('华南区域'));
    // The report query is asked again with the region as its unit variable.
    await waitFor(() => expect(south.result).toHaveBeenCalled());
    await waitFor(() => expect(screen.getByTestId('kpi-received').textContent).toContain('40件'));
    expect(screen.getByTestId('unit-picker').getAttribute('value')).toBe(SOUTH_ID);
    const breadcrumb = screen.getByTestId('report-breadcrumb');
    expect(breadcrumb.textContent).toContain('鸿远地产集团');
    expect(breadcrumb.textContent).toContain('华南区域');
    expect(within(screen.getByTestId('report-unit-table')).getByText('广州城市公司')).toBeTruthy();

    fireEvent.click(within(breadcrumb).getByText('鸿远地产集团'));
    await waitFor(() => expect(screen.getByTestId('kpi-received').textContent).toContain('12件'));
    expect(screen.getByTestId('unit-picker').getAttribute('value')).toBe(GROUP_ID);
  });

  it('shows the server’s Chinese message when the report is refused', async () => {
    const refused: MockLink.MockedResponse = {
      request: { query: MONTHLY_REPORT_QUERY, variables: { orgUnitId: GROUP_ID, month: '2026-11' } },
      result: { errors: [{ message: '组织单元不存在，或您无权查看该单元的报表', extensions: { code: 'FORBIDDEN' } }] },
    };
    renderPage([refused, trendsMock(GROUP_ID)]);
    expect(await screen.findByText('组织单元不存在，或您无权查看该单元的报表')).toBeTruthy();
    expect(screen.getByText('报表加载失败')).toBeTruthy();
  });
});

describe('ReportMonthPicker', () => {
  const now = new Date('2026-11-23T10:00:00+08:00');

  it('labels the reporting period and steps month by month up to the running one', () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <I18nProvider>
        <ReportMonthPicker value="2026-11" onChange={onChange} now={now} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('report-period').textContent).toBe('统计周期：2026-10-25 至 2026-11-24');
    // November is the report running on the 23rd: there is no later one to choose.
    expect((screen.getByLabelText('下一月') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('上一月'));
    expect(onChange).toHaveBeenCalledWith('2026-10');

    rerender(
      <I18nProvider>
        <ReportMonthPicker value="2026-01" onChange={onChange} now={now} startDay={21} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('report-period').textContent).toBe('统计周期：2025-12-21 至 2026-01-20');
  });
});
