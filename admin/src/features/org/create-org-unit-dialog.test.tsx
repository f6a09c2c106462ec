// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { App as AntdApp } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { abilityForGrants, renderWithAbility } from '../../testing/render';
import { CreateOrgUnitDialog, type CreateOrgUnitDialogProps } from './create-org-unit-dialog';
import { CREATE_ORG_UNIT_MUTATION } from './org-operations';

const admin = abilityForGrants([{ role: 'ADMIN', orgUnitId: 'g', orgPath: '/g/' }]);

const city = { id: 'T3JnVW5pdDpneg', name: '广州城市公司', code: 'HY-SC-GZ', level: 'CITY', levelLabel: '城市公司' };

function renderDialog(parent: CreateOrgUnitDialogProps['parent'], mocks: MockLink.MockedResponse[] = [], onCreated = vi.fn()) {
  renderWithAbility(
    <MockedProvider mocks={mocks} showWarnings={false}>
      <AntdApp>
        <CreateOrgUnitDialog open parent={parent} onClose={() => {}} onCreated={onCreated} />
      </AntdApp>
    </MockedProvider>,
    { ability: admin },
  );
  return onCreated;
}

const levelChoices = () => screen.getAllByRole('radio').map((radio) => radio.closest('label')?.textContent?.trim());

describe('CreateOrgUnitDialog', () => {
  it('offers under a city only the levels @kesu/domain allows there', () => {
    renderDialog(city);
    expect(screen.getByRole('dialog', { name: '新建下级单元' })).toBeTruthy();
    expect(levelChoices()).toEqual(['片区', '项目']);
    expect(screen.queryByLabelText('城市公司')).toBeNull();
    expect(screen.getByText('城市公司之下可以设：片区、项目')).toBeTruthy();
  });

  it('preselects the only level allowed under a project', () => {
    renderDialog({ ...city, level: 'PROJECT', levelLabel: '项目', name: '广州·云山府' });
    expect(levelChoices()).toEqual(['物业服务中心']);
    expect((screen.getByLabelText('物业服务中心') as HTMLInputElement).checked).toBe(true);
  });

  it('creates the unit with the chosen level and reports it', async () => {
    const created = {
      __typename: 'OrgUnit',
      id: 'T3JnVW5pdDpuZXc',
      name: '广州·天河湾',
      code: 'HY-GZ-THW',
      level: 'PROJECT',
      levelLabel: '项目',
      version: 1,
      parent: { __typename: 'OrgUnit', id: city.id },
    };
    const onCreated = renderDialog(city, [
      {
        request: {
          query: CREATE_ORG_UNIT_MUTATION,
          variables: { input: { parentId: city.id, level: 'PROJECT', name: '广州·天河湾', code: 'HY-GZ-THW' } },
        },
        result: { data: { createOrgUnit: { __typename: 'OrgUnitPayload', orgUnit: created } } },
      },
    ]);
    fireEvent.click(screen.getByLabelText('项目'));
    fireEvent.change(screen.getByLabelText('名称'), { target: { value: '广州·天河湾' } });
    fireEvent.change(screen.getByLabelText('编码'), { target: { value: 'HY-GZ-THW' } });
    fireEvent.click(screen.getByRole('button', { name: /创\s*建/ }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
    expect(onCreated.mock.calls[0]![0]).toMatchObject({ id: created.id, level: 'PROJECT', parentId: city.id });
  });

  it('puts the server’s message under the field it names', async () => {
    renderDialog(city, [
      {
        request: { query: CREATE_ORG_UNIT_MUTATION, variables: () => true },
        result: {
          errors: [
            new GraphQLError('编码 HY-SC-FS 已被「佛山片区」使用', {
              extensions: { code: 'BAD_USER_INPUT', field: 'code' },
            }),
          ],
        },
      },
    ]);
    fireEvent.click(screen.getByLabelText('项目'));
    fireEvent.change(screen.getByLabelText('名称'), { target: { value: '广州·天河湾' } });
    fireEvent.change(screen.getByLabelText('编码'), { target: { value: 'HY-SC-FS' } });
    fireEvent.click(screen.getByRole('button', { name: /创\s*建/ }));
    expect(await screen.findByText('编码 HY-SC-FS 已被「佛山片区」使用')).toBeTruthy();
  });
});
