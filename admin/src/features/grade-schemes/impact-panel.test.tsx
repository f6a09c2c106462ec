// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n-context';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { abilityForGrants } from '../../testing/render';
import { AbilityProvider } from '../auth/ability';
import {
  GRADE_SCHEME_IMPACT_QUERY,
  GRADE_SCHEME_PRESETS_QUERY,
  GRADE_SCHEMES_QUERY,
  PREVIEW_GRADE_QUERY,
  SCHEME_CATEGORIES_QUERY,
  type GradeSchemeImpactResult,
} from './grade-schemes-operations';
import { CATEGORIES, GROUP_ID, presetInfoOf, versionOf } from './grade-schemes.fixtures';
import { ImpactPanel } from './impact-panel';
import { SchemeEditorView } from './scheme-editor-view';

const summary = (code: string, label: string, rank: number) => ({ __typename: 'GradeSummary' as const, code, label, rank });
const GENERAL = summary('GENERAL', '一般事件', 0);
const A2 = summary('A2', 'A类二级', 10);
const A1 = summary('A1', 'A类一级', 20);

const complaint = (id: string, number: string, title: string, householdCount: number) => ({
  __typename: 'Complaint' as const,
  id,
  number,
  title,
  receivedAt: '2026-11-02T03:00:00.000Z',
  householdCount,
  compensationAmount: '0.00',
  project: { __typename: 'OrgUnit' as const, id: 'p1', name: '杭州·西溪里' },
});

const RESULT: GradeSchemeImpactResult = {
  __typename: 'GradeSchemeImpact',
  from: '2026-08-23T02:00:00.000Z',
  to: '2026-11-23T02:00:00.000Z',
  complaintCount: 240,
  changedCount: 3,
  overriddenCount: 1,
  otherSchemeCount: 12,
  changes: [
    { __typename: 'GradeSchemeImpactChange', count: 2, fromGrade: GENERAL, toGrade: A2 },
    { __typename: 'GradeSchemeImpactChange', count: 1, fromGrade: A1, toGrade: A2 },
  ],
  examples: [
    { __typename: 'GradeSchemeImpactExample', complaint: complaint('c1', 'TS-2611-0050', '采光遮挡（群诉）', 38), fromGrade: GENERAL, toGrade: A2, gradeOverridden: false },
    { __typename: 'GradeSchemeImpactExample', complaint: complaint('c2', 'TS-2608-0007', '电梯频繁故障（群诉）', 51), fromGrade: GENERAL, toGrade: A2, gradeOverridden: true },
  ],
};

const inI18n = (ui: React.ReactNode) => render(<I18nProvider>{ui}</I18nProvider>);

describe('impact panel', () => {
  it('shows the counts, the from → to changes and the example complaints', () => {
    inI18n(<ImpactPanel result={RESULT} loading={false} stale={false} onRun={() => {}} />);
    const panel = within(screen.getByTestId('impact-result'));
    expect(panel.getByText('参与比较的记录').closest('.ant-statistic')?.textContent).toContain('240');
    expect(panel.getByText('等级会变化').closest('.ant-statistic')?.textContent).toContain('3');
    expect(panel.getByText('其中已人工调整').closest('.ant-statistic')?.textContent).toContain('1');
    expect(panel.getByText('由下级方案评级').closest('.ant-statistic')?.textContent).toContain('12');

    const changes = within(screen.getByRole('table', { name: '等级变化' }));
    const rows = changes.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('一般事件');
    expect(rows[0]!.textContent).toContain('A类二级');
    expect(rows[0]!.textContent).toContain('升高');
    expect(rows[1]!.textContent).toContain('A类一级');
    expect(rows[1]!.textContent).toContain('降低');

    const examples = within(screen.getByRole('table', { name: '示例记录（2 条）' }));
    expect(examples.getByText('TS-2611-0050')).toBeTruthy();
    expect(examples.getByText('电梯频繁故障（群诉）')).toBeTruthy();
    expect(examples.getAllByText('等级已被人工调整，实际等级以人工调整为准')).toHaveLength(1);
  });

  it('says so when nothing changes, and warns when the draft moved on', () => {
    const onRun = vi.fn();
    inI18n(
      <ImpactPanel result={{ ...RESULT, changedCount: 0, overriddenCount: 0, changes: [], examples: [] }} loading={false} stale onRun={onRun} />,
    );
    expect(screen.getByText('草案不会改变任何记录的等级')).toBeTruthy();
    expect(screen.getByText('草案已修改，以下结果可能已过时')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '重新评估' }));
    expect(onRun).toHaveBeenCalledOnce();
  });

  it('shows progress while the first evaluation runs', () => {
    inI18n(<ImpactPanel result={undefined} loading stale={false} onRun={() => {}} />);
    expect(screen.getByTestId('impact-loading').textContent).toContain('正在用草案重新评定近期记录');
  });
});

describe('"评估影响" in the editor', () => {
  const version = versionOf('CG_KEY_EVENTS');
  const always = () => true;
  const mocks: MockLink.MockedResponse[] = [
    {
      request: { query: GRADE_SCHEMES_QUERY, variables: { orgUnitId: GROUP_ID } },
      result: { data: { gradeSchemes: [version], node: { __typename: 'OrgUnit', id: GROUP_ID, name: '鸿远地产集团', ancestors: [] } } },
      maxUsageCount: 10,
    },
    {
      request: { query: GRADE_SCHEME_PRESETS_QUERY },
      result: { data: { gradeSchemePresets: [presetInfoOf('CG_KEY_EVENTS', '碧桂园 客户类重点事件分级（A类一级/二级）')] } },
      maxUsageCount: 10,
    },
    { request: { query: SCHEME_CATEGORIES_QUERY }, result: { data: { categories: CATEGORIES } }, maxUsageCount: 10 },
    {
      request: { query: PREVIEW_GRADE_QUERY, variables: always },
      result: {
        data: {
          previewGrade: {
            __typename: 'GradeResult',
            grade: GENERAL,
            isDefault: true,
            explanation: ['未命中任何分级规则，定为默认等级「一般事件」'],
            schemeVersion: 1,
            policy: { __typename: 'GradePolicy', description: '1 小时内响应' },
          },
        },
      },
      maxUsageCount: 50,
    },
    {
      // The draft travels as the domain JSON: the lowered A类二级 threshold must be in it.
      request: {
        query: GRADE_SCHEME_IMPACT_QUERY,
        variables: (v: Record<string, unknown>) => {
          const input = v['input'] as { orgUnitId: string; months: number; grades: { code: string; rules: { conditions: { value?: unknown }[] }[] }[] };
          return input.orgUnitId === GROUP_ID && input.months === 3 && input.grades[1]?.rules[0]?.conditions[0]?.value === 30;
        },
      },
      result: { data: { gradeSchemeImpact: RESULT } },
      delay: 50,
    },
  ];

  it('evaluates the draft on the server and shows the result in a drawer', async () => {
    // A data router, as in the app: the editor blocks navigation away from unpublished edits (useBlocker).
    const router = createMemoryRouter([{ path: '/grade-schemes/new', element: <SchemeEditorView /> }], {
      initialEntries: [`/grade-schemes/new?unit=${GROUP_ID}&base=current`],
    });
    render(
      <I18nProvider>
        <AbilityProvider ability={abilityForGrants([{ role: 'ADMIN', orgUnitId: 'g', orgPath: '/g/' }])}>
          <MockedProvider mocks={mocks}>
            <RouterProvider router={router} />
          </MockedProvider>
        </AbilityProvider>
      </I18nProvider>,
    );
    const rule = await screen.findByRole('group', { name: /规则 1 A2_HOUSEHOLDS/ });
    fireEvent.change(within(rule).getByLabelText('条件 1 的户数'), { target: { value: '30' } });
    await waitFor(() => expect((within(rule).getByLabelText('条件 1 的户数') as HTMLInputElement).value).toBe('30'));

    fireEvent.click(screen.getByRole('button', { name: /评估影响/ }));
    expect(await screen.findByTestId('impact-loading')).toBeTruthy();
    const result = await screen.findByTestId('impact-result');
    expect(within(result).getByText('TS-2611-0050')).toBeTruthy();
    expect(within(result).getByText('等级会变化').closest('.ant-statistic')?.textContent).toContain('3');
  });
});
