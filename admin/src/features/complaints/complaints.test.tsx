// @vitest-environment jsdom
import { defineAbilityFor, packAbility, type RoleGrant } from '@kesu/permissions';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { App as AntdApp } from 'antd';
import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n-context';
import { abilityForGrants, renderWithAbility } from '../../testing/render';
import type { Viewer } from '../auth/auth-operations';
import { ViewerProvider } from '../auth/viewer-context';
import { ComplaintsPage } from './complaints-page';
import {
  COMPLAINTS_QUERY,
  COMPLAINT_CATEGORIES_QUERY,
  COMPLAINT_DETAIL_QUERY,
  PREVIEW_GRADE_QUERY,
  RESPOND_MUTATION,
  SIMILAR_CASES_QUERY,
} from './complaints-operations';
import { currentDeadline, dueState } from './due-time';
import { GradePreview } from './grade-preview';

const AGENT: RoleGrant[] = [{ role: 'CS_AGENT', orgUnitId: 'p1', orgPath: '/g/south/gz/p1/' }];
const HOUR = 3_600_000;
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

const project = { __typename: 'OrgUnit' as const, id: 'T3JnVW5pdDpwMQ', name: '广州·云山府' };
const grade = (code: string, label: string, rank: number) => ({ __typename: 'ComplaintGrade' as const, code, label, rank });
const category = { __typename: 'Category' as const, code: 'ENGINEERING', label: '工程管理类' };

function viewerFor(grants: RoleGrant[]): Viewer {
  return {
    __typename: 'Viewer',
    user: { __typename: 'User', id: 'u1', name: '测试者' },
    roles: grants.map((g) => ({
      __typename: 'RoleAssignment',
      role: g.role,
      orgUnit: { __typename: 'OrgUnit', id: g.orgUnitId, name: g.orgUnitId, level: 'PROJECT' },
    })),
    rules: JSON.parse(JSON.stringify(packAbility(defineAbilityFor({ userId: 'u1', grants })))),
  } as Viewer;
}

function renderAt(path: string, mocks: MockLink.MockedResponse[], grants: RoleGrant[] = AGENT) {
  return renderWithAbility(
    <MockedProvider mocks={mocks} showWarnings={false}>
      <ViewerProvider viewer={viewerFor(grants)}>
        <AntdApp>
          <Routes>
            <Route path="/complaints/*" element={<ComplaintsPage />} />
          </Routes>
        </AntdApp>
      </ViewerProvider>
    </MockedProvider>,
    { ability: abilityForGrants(grants), path },
  );
}

/** Found by text, not getByRole: accessible-name computation over antd's CSS is very slow in jsdom. */
const button = (text: string) => screen.queryAllByText(text).find((element) => element.closest('button'))?.closest('button') ?? null;

const categoriesMock: MockLink.MockedResponse = {
  request: { query: COMPLAINT_CATEGORIES_QUERY, variables: () => true },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: { data: { categories: [{ id: 'c1', ...category }] } },
};

const row = (id: string, number: string, title: string, due: Partial<Record<'status' | 'respondedAt' | 'responseDueAt' | 'resolutionDueAt', string | null>>) => ({
  __typename: 'Complaint' as const,
  id,
  number,
  kind: 'COMPLAINT',
  status: 'HANDLING',
  title,
  receivedAt: '2026-11-20T02:00:00.000Z',
  overdue: false,
  respondedAt: '2026-11-20T02:30:00.000Z',
  responseDueAt: '2026-11-20T03:00:00.000Z',
  resolutionDueAt: null,
  grade: grade('GENERAL', '一般事件', 0),
  category,
  project,
  handler: { __typename: 'User' as const, id: 'u1', name: '梁思敏' },
  ...due,
});

describe('due-time model', () => {
  const now = Date.parse('2026-11-23T04:00:00.000Z');
  it('is red past the deadline, amber within 2 h (response) or 1 day (resolution), green before', () => {
    expect(dueState('2026-11-23T03:59:00.000Z', 'response', now)).toBe('overdue');
    expect(dueState('2026-11-23T05:30:00.000Z', 'response', now)).toBe('soon');
    expect(dueState('2026-11-23T06:30:00.000Z', 'response', now)).toBe('ok');
    expect(dueState('2026-11-24T03:00:00.000Z', 'resolution', now)).toBe('soon');
    expect(dueState('2026-11-25T03:00:00.000Z', 'resolution', now)).toBe('ok');
  });
  it('watches the response deadline until answered, then the resolution deadline, none once settled', () => {
    const facts = { responseDueAt: 'R', resolutionDueAt: 'S' };
    expect(currentDeadline({ ...facts, status: 'REGISTERED', respondedAt: null })).toEqual({ kind: 'response', dueAt: 'R' });
    expect(currentDeadline({ ...facts, status: 'HANDLING', respondedAt: 'x' })).toEqual({ kind: 'resolution', dueAt: 'S' });
    expect(currentDeadline({ ...facts, status: 'CONCLUDED', respondedAt: 'x' })).toBeNull();
  });
});

describe('complaint list', () => {
  it('colours the deadline: overdue red, soon amber, later green', async () => {
    const rows = [
      row('c1', 'TS-2611-0001', '已超期的投诉', { resolutionDueAt: inHours(-3) }),
      row('c2', 'TS-2611-0002', '即将响应超时', { status: 'REGISTERED', respondedAt: null, responseDueAt: inHours(1) }),
      row('c3', 'TS-2611-0003', '时间充裕', { resolutionDueAt: inHours(24 * 4) }),
    ];
    const listMock: MockLink.MockedResponse = {
      request: { query: COMPLAINTS_QUERY, variables: () => true },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: {
        data: {
          complaints: {
            __typename: 'ComplaintConnection',
            totalCount: 3,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c3' },
            edges: rows.map((node) => ({ __typename: 'ComplaintEdge', cursor: node.id, node })),
          },
        },
      },
    };
    renderAt('/complaints', [listMock, categoriesMock]);
    expect(await screen.findByText('已超期的投诉')).toBeTruthy();
    const stateOf = (title: string) =>
      screen.getByText(title).closest('tr')?.querySelector('[data-testid="due-time"]')?.getAttribute('data-due-state');
    expect(stateOf('已超期的投诉')).toBe('overdue');
    expect(stateOf('即将响应超时')).toBe('soon');
    expect(stateOf('时间充裕')).toBe('ok');
    // The colour itself, not only the attribute.
    const colourOf = (title: string) =>
      (screen.getByText(title).closest('tr')?.querySelector('[data-testid="due-time"] .ant-typography') as HTMLElement).style.color;
    expect(colourOf('已超期的投诉')).toBe('rgb(207, 19, 34)');
    expect(colourOf('即将响应超时')).toBe('rgb(212, 107, 8)');
    expect(colourOf('时间充裕')).toBe('rgb(56, 158, 13)');
    expect(screen.getByText(/^响应 /)).toBeTruthy();
    // ysf.agent's role takes complaints in: the intake button is there.
    expect(button('受理登记')).toBeTruthy();
  });
});

const ID = 'Q29tcGxhaW50OmMx';
const detail = (allowedActions: string[]) => ({
  __typename: 'Complaint' as const,
  id: ID,
  number: 'TS-2611-0071',
  kind: 'COMPLAINT',
  status: 'REGISTERED',
  channel: 'PHONE',
  title: '维修响应慢',
  description: '报修三次仍未上门。',
  receivedAt: '2026-11-21T07:42:00.000Z',
  createdAt: '2026-11-21T07:42:00.000Z',
  respondedAt: null,
  concludedAt: null,
  archivedAt: null,
  overdue: false,
  version: 3,
  householdCount: 1,
  compensationAmount: '0.00',
  flags: [],
  escalationCount: 0,
  extensionCount: 0,
  gradeOverridden: false,
  gradeExplanation: [],
  responseDueAt: inHours(1),
  resolutionDueAt: inHours(100),
  returnVisitDueAt: null,
  allowedActions,
  grade: grade('GENERAL', '一般事件', 0),
  category,
  project,
  owningUnit: project,
  firstResponsible: { __typename: 'User' as const, id: 'u2', name: '吴云山' },
  handler: { __typename: 'User' as const, id: 'u1', name: '梁思敏' },
  customers: [{ __typename: 'ComplaintCustomer' as const, name: '马先生', phone: '139****4325', room: '8-2402' }],
  events: { __typename: 'ComplaintEventConnection' as const, totalCount: 0, edges: [] },
});

const detailMock = (complaint: unknown): MockLink.MockedResponse => ({
  request: { query: COMPLAINT_DETAIL_QUERY, variables: { id: ID } },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: { data: { complaint } },
});
const similarMock: MockLink.MockedResponse = {
  request: { query: SIMILAR_CASES_QUERY, variables: { complaintId: ID } },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: { data: { similarCases: [] } },
};

describe('complaint detail', () => {
  it('offers only the allowed actions and sends { id, version, note } to respond', async () => {
    const respond = vi.fn(() => ({
      data: {
        respondToComplaint: {
          __typename: 'ComplaintPayload',
          complaint: { __typename: 'Complaint', id: ID, status: 'RESPONDED', version: 4, allowedActions: ['START_HANDLING'] },
        },
      },
    }));
    const respondMock: MockLink.MockedResponse = {
      request: { query: RESPOND_MUTATION, variables: { input: { id: ID, version: 3, note: '已电话联系业主' } } },
      result: respond,
    };
    renderAt(`/complaints/${ID}`, [detailMock(detail(['RESPOND', 'MARK_INVALID', 'RECLASSIFY'])), similarMock, respondMock]);
    expect(await screen.findByText('TS-2611-0071')).toBeTruthy();
    expect(button('响应客户')).toBeTruthy();
    expect(button('判定无效')).toBeTruthy();
    // Not allowed now (or not offered here): no button.
    expect(button('开始处理')).toBeNull();
    expect(button('事件完结')).toBeNull();
    expect(button('升级')).toBeNull();
    // The masked phone is shown as the server sent it.
    expect(screen.getByText('139****4325')).toBeTruthy();

    fireEvent.click(button('响应客户')!);
    const note = await screen.findByLabelText('说明');
    fireEvent.change(note, { target: { value: '  已电话联系业主 ' } });
    fireEvent.click(button('确定')!);
    await waitFor(() => expect(respond).toHaveBeenCalledTimes(1));
  });

  it('turns a stale version (CONFLICT) into a reload hint', async () => {
    const staleMock: MockLink.MockedResponse = {
      request: { query: RESPOND_MUTATION, variables: () => true },
      result: { errors: [new GraphQLError('投诉已被他人修改，请刷新后重试', { extensions: { code: 'CONFLICT' } })] },
    };
    renderAt(`/complaints/${ID}`, [detailMock(detail(['RESPOND'])), similarMock, staleMock]);
    fireEvent.click((await screen.findAllByText('响应客户')).find((e) => e.closest('button'))!.closest('button')!);
    await screen.findByLabelText('说明');
    fireEvent.click(button('确定')!);
    expect(await screen.findByText('投诉已被他人更新，请刷新后重试')).toBeTruthy();
    expect(button('刷新')).toBeTruthy();
  });

  it('shows 无权访问或不存在 when the server answers null', async () => {
    renderAt(`/complaints/${ID}`, [detailMock(null), similarMock]);
    expect(await screen.findByText('无权访问或不存在')).toBeTruthy();
  });
});

describe('grade preview', () => {
  it('shows the grade the server previews for the facts', async () => {
    const previewMock: MockLink.MockedResponse = {
      request: { query: PREVIEW_GRADE_QUERY, variables: () => true },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: {
        data: {
          previewGrade: {
            __typename: 'GradeResult',
            isDefault: false,
            explanation: ['A类一级：涉及户数 120 ≥ 100'],
            grade: { __typename: 'GradeSummary', code: 'A1', label: 'A类一级' },
            policy: { __typename: 'GradePolicy', description: '立即上报至集团' },
          },
        },
      },
    };
    const wrap = (ui: ReactNode) => (
      <I18nProvider>
        <MockedProvider mocks={[previewMock]} showWarnings={false}>
          {ui}
        </MockedProvider>
      </I18nProvider>
    );
    const { rerender } = render(wrap(<GradePreview facts={{ kind: 'COMPLAINT' }} />));
    expect(screen.getByText('选择项目后显示按适用分级方案评定的等级')).toBeTruthy();
    rerender(wrap(<GradePreview facts={{ orgUnitId: project.id, kind: 'COMPLAINT', householdCount: 120 }} />));
    expect(await screen.findByText('A类一级', {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.getByText('A类一级：涉及户数 120 ≥ 100')).toBeTruthy();
  });
});
