// @vitest-environment jsdom
import { defineAbilityFor, packAbility, type RoleGrant } from '@kesu/permissions';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import { App as AntdApp } from 'antd';
import { describe, expect, it } from 'vitest';
import { abilityForGrants, renderWithAbility } from '../../testing/render';
import type { Viewer } from '../auth/auth-operations';
import { ViewerProvider } from '../auth/viewer-context';
import { PeoplePage } from './people-page';
import { USERS_QUERY } from './people-operations';

const GROUP_ADMIN: RoleGrant[] = [{ role: 'ADMIN', orgUnitId: 'g', orgPath: '/g/' }];
const PROJECT_HEAD: RoleGrant[] = [{ role: 'PROJECT_HEAD', orgUnitId: 'p1', orgPath: '/g/south/gz/p1/' }];

const project = { __typename: 'OrgUnit', id: 'T3JnVW5pdDpwMQ', name: '广州·云山府', level: 'PROJECT', levelLabel: '项目' };

/** One page with one person, whatever the variables (the test is about the buttons, not the paging). */
const usersMock: MockLink.MockedResponse = {
  request: { query: USERS_QUERY, variables: () => true },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      users: {
        __typename: 'UserConnection',
        totalCount: 1,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
        edges: [
          {
            __typename: 'UserEdge',
            cursor: 'c1',
            node: {
              __typename: 'User',
              id: 'VXNlcjp1MQ',
              name: '吴云山',
              login: 'ysf.head',
              phone: '13800000030',
              active: true,
              version: 1,
              orgUnit: project,
              roles: [{ __typename: 'RoleAssignment', id: 'Um9sZTox', role: 'PROJECT_HEAD', roleLabel: '项目总', orgUnit: project }],
            },
          },
        ],
      },
    },
  },
};

/** `me` as the admin would hold it for these grants: the same packed rules the server sends. */
function viewerFor(grants: RoleGrant[]): Viewer {
  return {
    __typename: 'Viewer',
    user: { __typename: 'User', id: 'u1', name: '测试者' },
    roles: grants.map((grant) => ({
      __typename: 'RoleAssignment',
      role: grant.role,
      orgUnit: { __typename: 'OrgUnit', id: grant.orgUnitId, name: grant.orgUnitId, level: 'GROUP' },
    })),
    rules: JSON.parse(JSON.stringify(packAbility(defineAbilityFor({ userId: 'u1', grants })))),
  } as Viewer;
}

/**
 * Buttons are found by their text, not with `getByRole`: computing accessible names walks computed styles up the
 * tree for every element, and with antd's injected CSS that takes minutes in jsdom once the table is filled.
 * Closed dialogs stay mounted, but their titles are no buttons and their buttons say 创建, 分配 ….
 */
const button = (text: string) => screen.queryAllByText(text).find((element) => element.closest('button')) ?? null;

function renderPeoplePage(grants: RoleGrant[]) {
  renderWithAbility(
    <MockedProvider mocks={[usersMock]} showWarnings={false}>
      <ViewerProvider viewer={viewerFor(grants)}>
        <AntdApp>
          <PeoplePage />
        </AntdApp>
      </ViewerProvider>
    </MockedProvider>,
    { ability: abilityForGrants(grants), path: '/people' },
  );
}

describe('PeoplePage permissions', () => {
  it('shows an admin 新建用户, 分配角色, 重置密码 and the revoke control', async () => {
    renderPeoplePage(GROUP_ADMIN);
    expect(button('新建用户')).toBeTruthy();
    expect(await screen.findByText('ysf.head')).toBeTruthy();
    expect(button('分配角色')).toBeTruthy();
    expect(button('重置密码')).toBeTruthy();
    expect(screen.queryByLabelText('撤销 项目总 @ 广州·云山府')?.closest('button')).toBeTruthy();
    expect(screen.getByText('@ 广州·云山府')).toBeTruthy();
  });

  it('hides every change from someone who may only read people', async () => {
    renderPeoplePage(PROJECT_HEAD);
    // The list itself is there (the same row), only the actions are not.
    expect(await screen.findByText('ysf.head')).toBeTruthy();
    expect(button('新建用户')).toBeNull();
    expect(button('分配角色')).toBeNull();
    expect(button('重置密码')).toBeNull();
    expect(screen.queryByLabelText(/^撤销/)).toBeNull();
  });
});
