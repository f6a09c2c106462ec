// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { gradeSchemePreset } from '@kesu/domain';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/i18n-context';
import { GRADE_SCHEMES_QUERY, PUBLISH_GRADE_SCHEME_MUTATION } from '../grade-schemes/grade-schemes-operations';
import { GROUP_ID, versionOf } from '../grade-schemes/grade-schemes.fixtures';
import { EscalationChainView, escalationPath } from './escalation-chain';
import { GradeTimeLimitsTable } from './grade-time-limits-table';
import { TimeLimitsForm } from './time-limits-form';

const current = versionOf('CG_KEY_EVENTS', { version: 2 });

describe('escalation chain', () => {
  it('climbs project → city / area → region → group, and service centre → management centre → group', () => {
    expect(escalationPath('PROJECT')).toEqual([['PROJECT'], ['CITY', 'AREA'], ['REGION'], ['GROUP']]);
    expect(escalationPath('SERVICE_CENTER')).toEqual([['SERVICE_CENTER'], ['PROJECT_MGMT_CENTER'], ['GROUP']]);
  });

  it('shows the levels in Chinese and what makes a complaint go up', () => {
    render(
      <I18nProvider>
        <EscalationChainView grades={current.grades} defaultGradeCode={current.defaultGradeCode} />
      </I18nProvider>,
    );
    expect(screen.getByText('城市公司 / 片区')).toBeTruthy();
    expect(screen.getByText('项目管理中心')).toBeTruthy();
    const triggers = within(screen.getByTestId('escalation-triggers'));
    expect(triggers.getByText('超过处理时限')).toBeTruthy();
    expect(triggers.getByText(/上一级自接手起 15 个工作日内处理完毕/)).toBeTruthy();
    expect(triggers.getByText('受理时按等级立即上报：A类一级 → 集团；A类二级 → 区域公司。')).toBeTruthy();
  });

  it('lists each grade\'s limits, most severe first', () => {
    render(
      <I18nProvider>
        <GradeTimeLimitsTable grades={current.grades} defaultGradeCode={current.defaultGradeCode} />
      </I18nProvider>,
    );
    const rows = within(screen.getByRole('table', { name: '各等级时限' })).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.querySelector('td')?.textContent)).toEqual(['A类一级', 'A类二级', '一般事件默认']);
    expect(rows[0]!.textContent).toContain('60 分钟（1 小时）');
    expect(rows[0]!.textContent).toContain('集团');
    expect(rows[2]!.textContent).toContain('不上报');
  });
});

describe('time limits form', () => {
  const published = versionOf('CG_KEY_EVENTS', { id: 'v3', version: 3 });
  const mocks: MockLink.MockedResponse[] = [
    {
      request: {
        query: PUBLISH_GRADE_SCHEME_MUTATION,
        // The grades go out unchanged; only the time limits differ.
        variables: (v: Record<string, unknown>) => {
          const input = v['input'] as { orgUnitId: string; grades: unknown; timeLimits: Record<string, unknown> };
          return (
            input.orgUnitId === GROUP_ID &&
            JSON.stringify(input.grades) === JSON.stringify(gradeSchemePreset('CG_KEY_EVENTS').grades) &&
            input.timeLimits['complaintReturnVisitHours'] === 48 &&
            input.timeLimits['exemptionPurchaseThreshold'] === '5000.00'
          );
        },
      },
      result: { data: { publishGradeScheme: { __typename: 'PublishGradeSchemePayload', gradeScheme: published } } },
    },
    {
      request: { query: GRADE_SCHEMES_QUERY, variables: { orgUnitId: GROUP_ID } },
      result: { data: { gradeSchemes: [published, current], node: { __typename: 'OrgUnit', id: GROUP_ID, name: '鸿远地产集团', ancestors: [] } } },
    },
  ];

  it('publishes a new version with the same grades and the new time limits', async () => {
    render(
      <I18nProvider>
        <App>
          <MockedProvider mocks={mocks}>
            <TimeLimitsForm orgUnitId={GROUP_ID} orgUnitName="鸿远地产集团" current={current} canEdit />
          </MockedProvider>
        </App>
      </I18nProvider>,
    );
    expect(screen.getByText(/保存会为「鸿远地产集团」及其全部下级发布一个新的分级方案版本/)).toBeTruthy();
    const save = screen.getByRole('button', { name: '保存并发布新版本' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);

    fireEvent.change(screen.getByLabelText('投诉回访时限'), { target: { value: '48' } });
    await waitFor(() => expect(save.disabled).toBe(false));
    fireEvent.click(save);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('投诉回访时限：24 → 48 小时')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '确认发布' }));
    expect(await screen.findByText('已发布第 3 版，新的时限立即生效')).toBeTruthy();
  });

  it('checks the bounds the server enforces', async () => {
    render(
      <I18nProvider>
        <App>
          <MockedProvider mocks={[]}>
            <TimeLimitsForm orgUnitId={GROUP_ID} orgUnitName="鸿远地产集团" current={current} canEdit />
          </MockedProvider>
        </App>
      </I18nProvider>,
    );
    fireEvent.change(screen.getByLabelText('反馈期限最多变更次数'), { target: { value: '11' } });
    fireEvent.click(screen.getByRole('button', { name: '保存并发布新版本' }));
    expect(await screen.findByText('反馈期限最多变更次数须为 0–10 之间的整数')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
