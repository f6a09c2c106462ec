// @vitest-environment jsdom
import { GraphQLError } from 'graphql';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { App as AntdApp } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import type { AppAbility } from '../auth/ability';
import { abilityForGrants, renderWithAbility } from '../../testing/render';
import { CategoriesPage } from './categories-page';
import { CATEGORIES_QUERY, CREATE_CATEGORY_MUTATION, UPDATE_CATEGORY_MUTATION, type CategoryRow } from './categories-operations';

const groupAdmin = abilityForGrants([{ role: 'ADMIN', orgUnitId: 'g', orgPath: '/g/' }]);
// Reads the group's taxonomy (everyone in the group does) but may not change it.
const regionAdmin = abilityForGrants([{ role: 'ADMIN', orgUnitId: 'south', orgPath: '/g/south/' }]);

const category = (overrides: Partial<CategoryRow>): CategoryRow => ({
  __typename: 'Category',
  id: 'Q2F0ZWdvcnk6MQ==',
  code: 'DEV_ENGINEERING',
  label: '工程管理类',
  kind: 'COMPLAINT',
  department: 'ENGINEERING',
  departmentLabel: '工程部',
  description: '工程质量、由工程负责的维修（CG §6）',
  sortOrder: 0,
  active: true,
  version: 1,
  ...overrides,
});

const CATEGORIES = [
  category({}),
  category({ id: 'c2', code: 'DM_CONSULTING', label: '咨询服务', kind: 'DEMAND', department: 'CUSTOMER_RELATIONS', departmentLabel: '客户关系部', sortOrder: 100 }),
  category({ id: 'c3', code: 'PM_OLD', label: '旧分类', department: 'PROPERTY', departmentLabel: '物业部', sortOrder: 50, active: false }),
];

const categoriesMock: MockLink.MockedResponse = {
  request: { query: CATEGORIES_QUERY },
  result: { data: { categories: CATEGORIES } },
  maxUsageCount: 5,
};

function renderPage(ability: AppAbility, mocks: MockLink.MockedResponse[] = [categoriesMock]) {
  return renderWithAbility(
    <MockedProvider mocks={mocks}>
      <AntdApp>
        <CategoriesPage />
      </AntdApp>
    </MockedProvider>,
    { ability, path: '/categories' },
  );
}

const rowOf = (text: string) => screen.getByText(text).closest('tr')!;

describe('CategoriesPage', () => {
  it('lists the taxonomy with Chinese department names, kinds and status', async () => {
    renderPage(groupAdmin);
    await screen.findByText('工程管理类');
    const row = rowOf('工程管理类');
    expect(row.textContent).toContain('DEV_ENGINEERING');
    expect(row.textContent).toContain('工程部');
    expect(row.textContent).toContain('投诉分类');
    expect(row.textContent).toContain('启用');
    expect(rowOf('咨询服务').textContent).toContain('客户关系部');
    expect(rowOf('旧分类').textContent).toContain('已停用');
    const headers = [...screen.getByTestId('categories-table').querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers).toEqual(['排序', '编码', '名称', '分类体系', '主责部门', '说明', '状态', '操作']);
  });

  it('filters by taxonomy tab', async () => {
    renderPage(groupAdmin);
    await screen.findByText('工程管理类');
    fireEvent.click(screen.getByRole('tab', { name: /需求分类/ }));
    await waitFor(() => expect(screen.queryByText('工程管理类')).toBeNull());
    expect(screen.getByText('咨询服务')).toBeTruthy();
  });

  it('gives the group admin create, edit and activate/deactivate', async () => {
    renderPage(groupAdmin);
    await screen.findByText('工程管理类');
    expect(within(screen.getByTestId('page-header')).getByRole('button', { name: /新增分类/ })).toBeTruthy();
    expect(within(rowOf('工程管理类')).getByLabelText('编辑 工程管理类')).toBeTruthy();
    expect(within(rowOf('工程管理类')).getByLabelText('停用 工程管理类')).toBeTruthy();
    expect(within(rowOf('旧分类')).getByLabelText('启用 旧分类')).toBeTruthy();
  });

  it('hides every edit control from someone who may read but not update categories', async () => {
    renderPage(regionAdmin);
    await screen.findByText('工程管理类');
    expect(within(screen.getByTestId('page-header')).queryByRole('button')).toBeNull();
    const table = screen.getByTestId('categories-table');
    expect(table.querySelectorAll('button')).toHaveLength(0);
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).not.toContain('操作');
    expect(screen.getByText('您可以查看分类；只有集团管理员可以新增或修改。')).toBeTruthy();
  });

  it('deactivates only after confirmation, sending the version read', async () => {
    const update = vi.fn(() => ({
      data: { updateCategory: { __typename: 'CategoryPayload', category: { ...CATEGORIES[0]!, active: false, version: 2 } } },
    }));
    renderPage(groupAdmin, [
      categoriesMock,
      {
        request: { query: UPDATE_CATEGORY_MUTATION, variables: { input: { id: CATEGORIES[0]!.id, version: 1, active: false } } },
        result: update,
      },
    ]);
    await screen.findByText('工程管理类');
    fireEvent.click(within(rowOf('工程管理类')).getByLabelText('停用 工程管理类'));
    const confirm = await screen.findByRole('tooltip');
    expect(confirm.textContent).toContain('停用分类「工程管理类」？');
    expect(update).not.toHaveBeenCalled();
    fireEvent.click(within(confirm).getByRole('button', { name: /停\s*用/ }));
    await waitFor(() => expect(update).toHaveBeenCalledOnce());
    await waitFor(() => expect(rowOf('工程管理类').textContent).toContain('已停用'));
  });

  it('creates a category and puts the server message under the field it names', async () => {
    const input = { code: 'DEV_ENGINEERING', label: '法律纠纷类', kind: 'COMPLAINT', department: 'ENGINEERING', description: '' };
    renderPage(groupAdmin, [
      categoriesMock,
      {
        request: { query: CREATE_CATEGORY_MUTATION, variables: { input } },
        result: {
          errors: [new GraphQLError('编码 DEV_ENGINEERING 已被其他分类使用', { extensions: { code: 'BAD_USER_INPUT', field: 'code' } })],
        },
      },
    ]);
    await screen.findByText('工程管理类');
    fireEvent.click(within(screen.getByTestId('page-header')).getByRole('button', { name: /新增分类/ }));
    const dialog = await screen.findByRole('dialog');

    // Client-side validation first: nothing is sent without the required fields.
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await within(dialog).findByText('请输入编码');
    expect(within(dialog).getByText('请选择主责部门')).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText('编码'), { target: { value: 'DEV_ENGINEERING' } });
    fireEvent.change(within(dialog).getByLabelText('名称'), { target: { value: '法律纠纷类' } });
    fireEvent.mouseDown(within(dialog).getByLabelText('主责部门'));
    fireEvent.click(await screen.findByTitle('工程部'));
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('编码 DEV_ENGINEERING 已被其他分类使用')).toBeTruthy();
  });
});
