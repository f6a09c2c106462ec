// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Can, abilityFromRules } from '../features/auth/ability';
import { abilityForGrants, renderWithAbility } from '../testing/render';
import { HomeRedirect } from './home-redirect';
import { NAV_ITEMS, visibleNavItems } from './nav-items';
import { ModuleOutlet } from './require-permission';
import { SideMenu } from './side-menu';

const GROUP = '/g/';
const SOUTH = '/g/south/';
const PROJECT = '/g/south/gz/p1/';

const groupAdmin = abilityForGrants([{ role: 'ADMIN', orgUnitId: 'g', orgPath: GROUP }]);
const regionAdmin = abilityForGrants([{ role: 'ADMIN', orgUnitId: 'south', orgPath: SOUTH }]);
const projectHead = abilityForGrants([{ role: 'PROJECT_HEAD', orgUnitId: 'p1', orgPath: PROJECT }]);
const caseReader = abilityForGrants([{ role: 'CASE_READER', orgUnitId: 'g', orgPath: GROUP }]);

const ADMIN_MENUS = ['组织架构', '人员与角色', '投诉分类', '分级标准', '时限', '节假日日历', '合作方应用'];
const STAFF_MENUS = ['投诉工作台', '案例库', '报表'];

function menuLabels(): string[] {
  const menu = screen.getByTestId('side-menu');
  return within(menu)
    .getAllByRole('menuitem')
    .map((item) => item.textContent?.trim() ?? '');
}

describe('side menu by permission', () => {
  it('shows a group ADMIN every admin module and the staff modules', () => {
    renderWithAbility(<SideMenu selectedPath={undefined} />, { ability: groupAdmin });
    expect(menuLabels()).toEqual([...ADMIN_MENUS, ...STAFF_MENUS]);
  });

  it('hides every admin module from a PROJECT_HEAD', () => {
    renderWithAbility(<SideMenu selectedPath={undefined} />, { ability: projectHead });
    const labels = menuLabels();
    for (const label of ADMIN_MENUS) expect(labels).not.toContain(label);
    expect(labels).toEqual(STAFF_MENUS);
  });

  it('leaves group-wide configuration (categories, calendar) to the group ADMIN', () => {
    expect(visibleNavItems(regionAdmin).map((item) => item.path)).toEqual([
      '/org',
      '/people',
      '/grade-schemes',
      '/time-limits',
      // A regional admin sets up partner apps for their own region.
      '/partners',
      '/complaints',
      '/cases',
      '/reports',
    ]);
  });

  it('gives a case reader only the case library', () => {
    expect(visibleNavItems(caseReader).map((item) => item.path)).toEqual(['/cases']);
  });

  it('gives no menu at all when `me.rules` is not a rule list (fails closed)', () => {
    expect(visibleNavItems(abilityFromRules(null))).toEqual([]);
    expect(visibleNavItems(abilityFromRules({ oops: true }))).toEqual([]);
    expect(NAV_ITEMS).toHaveLength(10);
  });
});

describe('routes by permission', () => {
  const routes = (
    <Routes>
      <Route path="/" element={<ModuleOutlet />}>
        <Route index element={<HomeRedirect />} />
        <Route path="people" element={<p>people page</p>} />
        <Route path="people/:id" element={<p>person page</p>} />
        <Route path="complaints" element={<p>complaints page</p>} />
        <Route path="org" element={<p>org page</p>} />
      </Route>
    </Routes>
  );

  it('shows a friendly 403 in Chinese instead of an admin page, also for nested routes', async () => {
    renderWithAbility(routes, { ability: projectHead, path: '/people/42' });
    expect((await screen.findByTestId('forbidden-page')).textContent).toContain('无权访问');
    expect(screen.getByText(/您没有使用「人员与角色」的权限/)).toBeTruthy();
    expect(screen.queryByText('person page')).toBeNull();
  });

  it('lets an admin in', () => {
    renderWithAbility(routes, { ability: groupAdmin, path: '/people' });
    expect(screen.getByText('people page')).toBeTruthy();
  });

  it('sends each person home to the first module they may use', () => {
    renderWithAbility(routes, { ability: projectHead, path: '/' });
    expect(screen.getByText('complaints page')).toBeTruthy();
  });

  it('sends an admin home to the org structure', () => {
    renderWithAbility(routes, { ability: groupAdmin, path: '/' });
    expect(screen.getByText('org page')).toBeTruthy();
  });
});

describe('<Can>', () => {
  it('shows a button only to those who may do it', () => {
    const button = (
      <Can I="create" a="User">
        <button type="button">新建人员</button>
      </Can>
    );
    renderWithAbility(button, { ability: groupAdmin });
    expect(screen.queryByText('新建人员')).toBeTruthy();
  });

  it('hides it from the others', () => {
    renderWithAbility(
      <Can I="create" a="User">
        <button type="button">新建人员</button>
      </Can>,
      { ability: projectHead },
    );
    expect(screen.queryByText('新建人员')).toBeNull();
  });
});
