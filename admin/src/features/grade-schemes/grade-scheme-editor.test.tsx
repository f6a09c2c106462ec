// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Form } from 'antd';
import { describe, expect, it } from 'vitest';
import { abilityForGrants, renderWithAbility } from '../../testing/render';
import { CATEGORIES, versionOf } from './grade-schemes.fixtures';
import { draftFromVersion, type DraftValues } from './scheme-draft';
import { SchemeWorkbench, useSchemeDraft } from './scheme-workbench';

const admin = abilityForGrants([{ role: 'ADMIN', orgUnitId: 'g', orgPath: '/g/' }]);

/** The editor and the live preview wired as the editor page wires them, without the server column. */
function Workbench({ initial }: { initial: DraftValues }) {
  const [form] = Form.useForm<DraftValues>();
  const state = useSchemeDraft(form, CATEGORIES);
  return <SchemeWorkbench form={form} state={state} initialValues={initial} categories={CATEGORIES} />;
}

function renderWorkbench() {
  return renderWithAbility(
    <MockedProvider mocks={[]}>
      <Workbench initial={draftFromVersion(versionOf('CG_KEY_EVENTS'))} />
    </MockedProvider>,
    { ability: admin },
  );
}

const preview = () => within(screen.getByTestId('live-preview'));
const draftResult = () => within(screen.getByTestId('draft-result'));
const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });

describe('grade scheme editor with live preview', () => {
  it('regrades the preview in the browser when a threshold changes', async () => {
    renderWorkbench();
    type(preview().getByLabelText('涉及户数'), '30');
    await waitFor(() => expect(draftResult().getByTestId('draft-grade').textContent).toBe('一般事件'));
    expect(draftResult().getByText('未命中任何分级规则，定为默认等级「一般事件」')).toBeTruthy();

    // A类二级 starts at 60 households; lowering it to 30 makes 30 households an A类二级 event.
    const rule = screen.getByRole('group', { name: /规则 1 A2_HOUSEHOLDS/ });
    type(within(rule).getByLabelText('条件 1 的户数'), '30');
    await waitFor(() => expect(draftResult().getByTestId('draft-grade').textContent).toBe('A类二级'));
    expect(draftResult().getByText('A类二级：涉及户数 30 ≥ 30 且 < 100')).toBeTruthy();
    expect(draftResult().getByText(/立即上报至区域公司/)).toBeTruthy();

    // And back: the preview follows the facts as well.
    type(preview().getByLabelText('涉及户数'), '120');
    await waitFor(() => expect(draftResult().getByTestId('draft-grade').textContent).toBe('A类一级'));
    expect(draftResult().getByText('A类一级：涉及户数 120 ≥ 100')).toBeTruthy();
  });

  it('shows the domain validator messages under the fields and stops grading an invalid draft', async () => {
    renderWorkbench();
    const grade2 = screen.getByRole('group', { name: /等级 2：A类二级/ });
    type(within(grade2).getByLabelText('等级编码'), 'a2');
    await waitFor(() => expect(within(grade2).getByText('等级编码须为大写英文字母、数字或下划线')).toBeTruthy());
    expect(draftResult().getByText('草案有 1 处问题，暂时无法评级')).toBeTruthy();
    expect(within(screen.getByTestId('draft-problems')).getByText(/等级 2「A类二级」：等级编码须为大写英文字母/)).toBeTruthy();

    type(within(grade2).getByLabelText('等级编码'), 'A1');
    await waitFor(() => expect(within(grade2).getByText('等级编码重复：A1')).toBeTruthy());

    type(within(grade2).getByLabelText('等级编码'), 'A2');
    await waitFor(() => expect(screen.queryByTestId('draft-problems')).toBeNull());
    expect(draftResult().getByTestId('draft-grade').textContent).toBe('一般事件');
  });

  it('adds a grade whose rule the preview picks up', async () => {
    renderWorkbench();
    fireEvent.click(screen.getByRole('button', { name: /添加等级/ }));
    const added = await screen.findByRole('group', { name: /等级 4：（未命名）/ });
    // A new grade has no name yet: the validator asks for one.
    await waitFor(() => expect(within(added).getByText('等级名称不能为空')).toBeTruthy());
    type(within(added).getByLabelText('等级名称'), '特级');
    fireEvent.click(within(added).getByRole('button', { name: /添加规则/ }));
    const rule = await within(added).findByRole('group', { name: /规则 1 GRADE_1_RULE_1/ });
    type(within(rule).getByLabelText('条件 1 的户数'), '500');
    type(preview().getByLabelText('涉及户数'), '600');
    await waitFor(() => expect(draftResult().getByTestId('draft-grade').textContent).toBe('特级'));
    expect(draftResult().getByText('特级：涉及户数 600 ≥ 500')).toBeTruthy();
  });
});
