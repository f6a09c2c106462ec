// @vitest-environment jsdom
import type { RoleGrant } from '@kesu/permissions';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { App as AntdApp } from 'antd';
import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { abilityForGrants, renderWithAbility } from '../../testing/render';
import { ViewerProvider } from '../auth/viewer-context';
import { CaseCard } from './case-card';
import { CaseEditor } from './case-editor-page';
import { CaseReader, CaseReaderPage } from './case-reader-page';
import { CaseLibrary } from './case-library';
import { CASE_DETAIL_QUERY, CASE_OPTIONS_QUERY, CASES_QUERY, MOST_READ_CASES_QUERY, type CaseDetail } from './cases-operations';
import { CR_EXECUTIVE, CR_LEAD, READER, caseFixture, viewerFor } from './cases.fixtures';
import { HighlightSnippet, parseSnippet } from './highlight-snippet';

const optionsMock: MockLink.MockedResponse = {
  request: { query: CASE_OPTIONS_QUERY },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      categories: [{ __typename: 'Category', id: 'Q2F0OjE', code: 'ENGINEERING', label: '工程管理类' }],
      gradeSchemePresets: [
        { __typename: 'GradeSchemePresetInfo', code: 'KEY_EVENT', grades: [{ __typename: 'GradeDefinition', code: 'A2', label: 'A类二级' }] },
      ],
    },
  },
};

/** Text of a button, or null; see people-page.test.tsx for why not `getByRole`. */
const button = (text: string) => screen.queryAllByText(text).find((element) => element.closest('button')) ?? null;

function renderAs(grants: RoleGrant[], ui: ReactNode, { mocks = [], path = '/', userId = 'u1' } = {} as {
  mocks?: MockLink.MockedResponse[];
  path?: string;
  userId?: string;
}) {
  return renderWithAbility(
    <MockedProvider mocks={[optionsMock, ...mocks]} showWarnings={false}>
      <ViewerProvider viewer={viewerFor(grants, userId)}>
        <AntdApp>{ui}</AntdApp>
      </ViewerProvider>
    </MockedProvider>,
    { ability: abilityForGrants(grants, userId), path },
  );
}

describe('HighlightSnippet', () => {
  it('highlights the <em> parts and shows everything else as text', () => {
    const { container } = render(
      <p>
        <HighlightSnippet snippet={'…厨房<em>渗水</em> &lt;img src=x onerror=alert(1)&gt; <b>粗体</b> &amp; 业主'} />
      </p>,
    );
    const marks = container.querySelectorAll('mark.case-hit');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['渗水']);
    // The escaped tag and the stray <b> are text, never elements.
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe('…厨房渗水 <img src=x onerror=alert(1)> <b>粗体</b> & 业主');
  });

  it('decodes numeric entities and keeps unknown ones', () => {
    expect(parseSnippet('&#39;a&#x27; &foo; <em>b</em>')).toEqual([
      { text: "'a' &foo; ", hit: false },
      { text: 'b', hit: true },
    ]);
  });
});

describe('CaseReader', () => {
  it('renders the title, the meta line and every section in order', () => {
    renderAs(READER, <CaseReader caseItem={caseFixture()} />);
    expect(screen.getByRole('heading', { level: 1, name: '云山府4号楼厨房渗水处理案例' })).toBeTruthy();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['背景', '处理经过', '处理结果', '原因分析', '经验教训', '预防措施']);
    expect(screen.getByText('穿墙管根部封堵不严。')).toBeTruthy();
    expect(screen.getByText('（未填写）')).toBeTruthy();
    expect(screen.getByText('工程质量')).toBeTruthy();
    expect(button('打印')).toBeTruthy();
    // A reader who did not write the case cannot edit it.
    expect(button('编辑')).toBeNull();
  });

  it('lists earlier revisions of a published case edited later', () => {
    const revision = { ...caseFixture(), __typename: 'CaseRevision' as const, revision: 1, replacedAt: '2025-06-01T00:00:00.000Z', title: '旧标题' };
    renderAs(READER, <CaseReader caseItem={caseFixture({ revision: 2, revisions: [revision] })} />);
    expect(screen.getByText('历史版本')).toBeTruthy();
    expect(screen.getByText(/旧标题/)).toBeTruthy();
  });

  it('shows 无权访问或不存在 when the case is not visible', async () => {
    const notVisible: MockLink.MockedResponse = {
      request: { query: CASE_DETAIL_QUERY, variables: { id: 'Q2FzZTo5' } },
      result: { data: { case: null } },
    };
    renderAs(
      READER,
      <Routes>
        <Route path="/cases/:id" element={<CaseReaderPage />} />
      </Routes>,
      { mocks: [notVisible], path: '/cases/Q2FzZTo5' },
    );
    expect(await screen.findByText('无权访问或不存在')).toBeTruthy();
  });
});

describe('CaseEditor workflow buttons', () => {
  const editorFor = (grants: RoleGrant[], caseItem: CaseDetail, userId?: string) =>
    renderAs(grants, <CaseEditor caseItem={caseItem} />, { userId });

  it('offers 提交审核 on a draft to a customer-relations executive, but not review', () => {
    editorFor(CR_EXECUTIVE, caseFixture({ status: 'DRAFT', publishedAt: null }));
    expect(button('提交审核')).toBeTruthy();
    expect(button('审核发布')).toBeNull();
    expect(button('退回修改')).toBeNull();
    expect(button('保存')).toBeTruthy();
  });

  it('offers 退回修改 and 审核发布 on a case in review to those who may publish', () => {
    editorFor(CR_LEAD, caseFixture({ status: 'IN_REVIEW', publishedAt: null }));
    expect(button('审核发布')).toBeTruthy();
    expect(button('退回修改')).toBeTruthy();
    expect(button('提交审核')).toBeNull();
  });

  it('shows no workflow buttons on a published case', () => {
    editorFor(CR_LEAD, caseFixture({ status: 'PUBLISHED' }));
    expect(button('审核发布')).toBeNull();
    expect(button('退回修改')).toBeNull();
    expect(button('提交审核')).toBeNull();
    expect(screen.getByText('该案例已发布，保存修改后旧版本会保留在历史版本中。')).toBeTruthy();
  });

  it('shows the review note to the author of a returned draft, who may resubmit', () => {
    editorFor(READER, caseFixture({ status: 'DRAFT', reviewNote: '请补充经验教训', author: { __typename: 'User', id: 'me', name: '我' } }), 'me');
    expect(screen.getByText('请补充经验教训')).toBeTruthy();
    expect(button('提交审核')).toBeTruthy();
  });

  it('refuses the editor to someone who neither writes cases nor authored this one', () => {
    editorFor(READER, caseFixture({ status: 'DRAFT' }));
    expect(screen.getByText('您没有编辑该案例的权限。')).toBeTruthy();
    expect(button('保存')).toBeNull();
  });
});

describe('CaseCard', () => {
  it('highlights matches in the title and the body snippets, escaping the rest', () => {
    const node = caseFixture();
    const { container } = renderAs(
      READER,
      <CaseCard
        edge={{
          __typename: 'CaseEdge',
          cursor: 'c1',
          highlights: [
            { __typename: 'CaseHighlight', field: 'title', snippet: '云山府4号楼厨房<em>渗水</em>处理案例' },
            { __typename: 'CaseHighlight', field: 'background', snippet: '业主反映&lt;script&gt;厨房<em>渗水</em>' },
          ],
          node,
        }}
      />,
    );
    expect([...container.querySelectorAll('mark.case-hit')].map((mark) => mark.textContent)).toEqual(['渗水', '渗水']);
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByText(/业主反映<script>厨房/)).toBeTruthy();
    expect(screen.getByText('背景')).toBeTruthy();
    expect(screen.getByRole('link').getAttribute('href')).toBe('/cases/Q2FzZTox');
  });
});

describe('CaseLibrary', () => {
  const noCases: MockLink.MockedResponse = {
    request: { query: CASES_QUERY, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: {
      data: {
        cases: {
          __typename: 'CaseConnection',
          totalCount: 0,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: [],
        },
      },
    },
  };
  const mostRead: MockLink.MockedResponse = {
    request: { query: MOST_READ_CASES_QUERY, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: { data: { mostReadCases: [] } },
  };

  it('shows an empty result with search hints, and no drafts tab or 新建案例 to a reader', async () => {
    renderAs(READER, <CaseLibrary />, { mocks: [noCases, mostRead], path: '/cases?q=不存在' });
    expect(await screen.findByText('试试：渗水、交付延期、产权证')).toBeTruthy();
    expect(screen.getByText('本月最常阅读')).toBeTruthy();
    expect(screen.queryByText('草稿与审核')).toBeNull();
    expect(button('新建案例')).toBeNull();
  });

  it('gives customer-relations roles 新建案例 and the 草稿与审核 tab', async () => {
    renderAs(CR_EXECUTIVE, <CaseLibrary />, { mocks: [noCases, mostRead], path: '/cases' });
    expect(await screen.findByText('试试：渗水、交付延期、产权证')).toBeTruthy();
    expect(screen.getByText('草稿与审核')).toBeTruthy();
    expect(button('新建案例')).toBeTruthy();
  });
});
