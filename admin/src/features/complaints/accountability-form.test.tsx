// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntdApp } from 'antd';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n-context';
import { fineAmountProblem, recordAccountabilityInput, refProblem, sharesProblem } from './accountability-rules';
import { ComplaintActionDialog } from './complaint-action-dialog';
import type { SupportedAction } from './complaint-labels';
import {
  ACCOUNTABILITY_DEPARTMENTS_QUERY,
  CONFIRM_ACCOUNTABILITY_MUTATION,
  RECORD_ACCOUNTABILITY_MUTATION,
  type ComplaintDetail,
} from './complaints-operations';

const ID = 'Q29tcGxhaW50OmMx';
const PROJECT_ID = 'T3JnVW5pdDpwMQ';
const MARKETING = 'RGVwYXJ0bWVudDpkMQ';
const LEGAL = 'RGVwYXJ0bWVudDpkMg';

/** The dialog reads only these of the complaint. */
const complaint = {
  __typename: 'Complaint',
  id: ID,
  version: 7,
  status: 'RETURN_VISITED',
  householdCount: 120,
  resolutionDueAt: null,
  kind: 'COMPLAINT',
  grade: { __typename: 'ComplaintGrade', code: 'A1', label: 'A类一级', rank: 20 },
  project: { __typename: 'OrgUnit', id: PROJECT_ID, name: '广州·云山府' },
} as unknown as ComplaintDetail;

const departmentsMock: MockLink.MockedResponse = {
  request: { query: ACCOUNTABILITY_DEPARTMENTS_QUERY, variables: { projectId: PROJECT_ID } },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      node: {
        __typename: 'OrgUnit',
        id: PROJECT_ID,
        name: '广州·云山府',
        departments: [{ __typename: 'Department', id: MARKETING, name: '营销部' }],
        ancestors: [
          {
            __typename: 'OrgUnit',
            id: 'T3JnVW5pdDpzb3V0aA',
            name: '华南区域',
            departments: [{ __typename: 'Department', id: LEGAL, name: '法务部' }],
          },
        ],
      },
    },
  },
};

const recordedComplaint = (parties: unknown[]) => ({
  __typename: 'Complaint',
  id: ID,
  status: 'ACCOUNTABILITY',
  version: 8,
  allowedActions: [],
  accountabilityStatus: 'RECORDED',
  accountability: {
    __typename: 'Accountability',
    status: 'RECORDED',
    conclusion: '营销签约承诺未留余量',
    recordedAt: '2026-11-23T02:00:00.000Z',
    enforcedAt: null,
    enforcementNote: null,
    recordedBy: { __typename: 'User', id: 'u1', name: '梁思敏' },
    enforcedBy: null,
    parties: parties.map((p) => ({ __typename: 'AccountabilityParty', note: null, ...(p as object) })),
    comments: [],
  },
});

function renderDialog(action: SupportedAction, mocks: MockLink.MockedResponse[]) {
  const onDone = vi.fn();
  render(
    <I18nProvider>
      <MockedProvider mocks={mocks} showWarnings={false}>
        <AntdApp>
          <ComplaintActionDialog action={action} complaint={complaint} onClose={() => {}} onDone={onDone} />
        </AntdApp>
      </MockedProvider>
    </I18nProvider>,
  );
  return { onDone, dialog: screen.getByRole('dialog') };
}

/** Found by text, not getByRole by name: accessible-name computation over antd's CSS is very slow in jsdom. */
const button = (scope: HTMLElement, text: RegExp) =>
  within(scope)
    .queryAllByText(text)
    .find((element) => element.closest('button'))
    ?.closest('button') as HTMLButtonElement;
const party = (index: number) => screen.getByTestId(`party-${index}`);

async function choose(scope: HTMLElement, label: string, option: string) {
  fireEvent.mouseDown(within(scope).getByLabelText(label));
  // Dropdowns opened before stay in the DOM (hidden); the one just opened is the last.
  const items = await waitFor(() => {
    const open = screen
      .getAllByTitle(option)
      .filter((element) => element.classList.contains('ant-select-item-option') && !element.closest('.ant-select-dropdown-hidden'));
    expect(open.length).toBeGreaterThan(0);
    return open;
  });
  fireEvent.click(items.at(-1)!);
}
const type = (scope: HTMLElement, label: string, value: string) => fireEvent.change(within(scope).getByLabelText(label), { target: { value } });

describe('accountability rules (as the server checks them)', () => {
  it('needs a refId except for a contractor', () => {
    expect(refProblem('DEPARTMENT', undefined)).toBe('complaints.accountability.error.refRequired');
    expect(refProblem('PERSON', '  ')).toBe('complaints.accountability.error.refRequired');
    expect(refProblem('ORG_UNIT', 'T3Jn')).toBeNull();
    expect(refProblem('CONTRACTOR', undefined)).toBeNull();
  });

  it('takes an amount greater than 0 for a fine, and none otherwise', () => {
    expect(fineAmountProblem('FINE', undefined)).toBe('complaints.accountability.error.fineRequired');
    expect(fineAmountProblem('FINE', '0.00')).toBe('complaints.accountability.error.fineRequired');
    expect(fineAmountProblem('FINE', '5000')).toBeNull();
    expect(fineAmountProblem('FINE', '500.505')).toBe('complaints.accountability.error.fineFormat');
    expect(fineAmountProblem('NOTICE_OF_CRITICISM', '100')).toBe('complaints.accountability.error.fineRefused');
    expect(fineAmountProblem('NONE', '0')).toBeNull();
    expect(fineAmountProblem('NONE', '')).toBeNull();
  });

  it('wants shares adding up to 100 when there is any party', () => {
    expect(sharesProblem([])).toBeNull();
    expect(sharesProblem([{ share: 60 }, { share: 40 }])).toBeNull();
    expect(sharesProblem([{ share: 60 }, { share: 30 }])).toEqual({ key: 'complaints.accountability.error.sharesTotal', total: 90 });
  });

  it('sends a contractor without refId and blank optional texts as null', () => {
    expect(
      recordAccountabilityInput(complaint, {
        conclusion: ' 结论 ',
        unsatisfiedVisitReason: ' ',
        parties: [{ kind: 'CONTRACTOR', refId: 'stale', name: ' 某公司 ', share: 100, penalty: 'NONE', fineAmount: '', note: '' }],
      }),
    ).toEqual({
      complaintId: ID,
      version: 7,
      conclusion: '结论',
      unsatisfiedVisitReason: null,
      parties: [{ kind: 'CONTRACTOR', refId: null, name: '某公司', share: 100, penalty: 'NONE', fineAmount: null, note: null }],
    });
  });
});

describe('record accountability form', () => {
  it('checks refId, shares and fines before sending, then sends the parties as entered', async () => {
    const input = {
      complaintId: ID,
      version: 7,
      conclusion: '营销签约承诺未留余量',
      unsatisfiedVisitReason: null,
      parties: [
        { kind: 'DEPARTMENT', refId: MARKETING, name: '广州·云山府营销部', share: 60, penalty: 'NOTICE_OF_CRITICISM', fineAmount: null, note: null },
        { kind: 'CONTRACTOR', refId: null, name: '某建筑工程有限公司', share: 40, penalty: 'FINE', fineAmount: '20000', note: '返工' },
      ],
    };
    const record = vi.fn(() => ({
      data: {
        recordAccountability: {
          __typename: 'ComplaintPayload',
          complaint: recordedComplaint(input.parties.map((p) => ({ ...p, fineAmount: p.fineAmount ? '20000.00' : null }))),
        },
      },
    }));
    const { dialog, onDone } = renderDialog('RECORD_ACCOUNTABILITY', [
      departmentsMock,
      { request: { query: RECORD_ACCOUNTABILITY_MUTATION, variables: { input } }, result: record },
    ]);

    // Nothing chosen: the conclusion, the department and the name are asked for; nothing is sent.
    fireEvent.click(button(dialog, /确\s*定/));
    expect(await within(dialog).findByText('请填写问责追责结论（权责研判）')).toBeTruthy();
    expect(within(party(0)).getByText('部门、组织单元或个人须选择具体对象')).toBeTruthy();
    expect(within(party(0)).getByText('请填写名称')).toBeTruthy();

    type(dialog, '问责追责结论（权责研判）', input.conclusion);
    // The department list is the project's and its ancestors'; picking one names the party after it.
    await choose(party(0), '责任对象', '营销部');
    await waitFor(() => expect((within(party(0)).getByLabelText('名称') as HTMLInputElement).value).toBe('广州·云山府营销部'));
    type(party(0), '责任比例（%）', '60');
    await choose(party(0), '处罚方式', '通报批评');
    // An amount without a fine is refused.
    type(party(0), '罚款金额（元）', '100');
    expect(await within(party(0)).findByText('只有处罚方式为罚款时才能填写罚款金额')).toBeTruthy();
    type(party(0), '罚款金额（元）', '');

    fireEvent.click(button(dialog, /添加责任方/));
    await choose(party(1), '类型', '施工或外包单位');
    // A contractor is a name only: no picker.
    await waitFor(() => expect(within(party(1)).queryByLabelText('责任对象')).toBeNull());
    type(party(1), '名称', input.parties[1]!.name);
    type(party(1), '责任比例（%）', '30');
    await choose(party(1), '处罚方式', '罚款');
    type(party(1), '备注', '返工');

    fireEvent.click(button(dialog, /确\s*定/));
    expect(await within(dialog).findByText('各责任方的责任比例合计须为 100%，现为 90%')).toBeTruthy();
    expect(await within(party(1)).findByText('处罚方式为罚款时须填写大于 0 的罚款金额')).toBeTruthy();
    expect(record).not.toHaveBeenCalled();

    type(party(1), '责任比例（%）', '40');
    // The total's message follows the shares once shown.
    await waitFor(() => expect(within(dialog).queryByText(/各责任方的责任比例合计须为/)).toBeNull());
    type(party(1), '罚款金额（元）', '20000');
    await waitFor(() => expect(screen.getByTestId('share-total').textContent).toBe('责任比例合计 100%'));
    fireEvent.click(button(dialog, /确\s*定/));
    await waitFor(() => expect(record).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
  });

  it('clears the pick when the kind changes', async () => {
    const { dialog } = renderDialog('RECORD_ACCOUNTABILITY', [departmentsMock]);
    await choose(party(0), '责任对象', '法务部');
    await waitFor(() => expect((within(party(0)).getByLabelText('名称') as HTMLInputElement).value).toBe('华南区域法务部'));
    await choose(party(0), '类型', '个人');
    expect((within(party(0)).getByLabelText('名称') as HTMLInputElement).value).toBe('');
    fireEvent.click(button(dialog, /确\s*定/));
    expect(await within(party(0)).findByText('部门、组织单元或个人须选择具体对象')).toBeTruthy();
  });

  it("puts the server's field errors under the party's field", async () => {
    const rejected: MockLink.MockedResponse = {
      request: { query: RECORD_ACCOUNTABILITY_MUTATION, variables: () => true },
      result: {
        errors: [
          new GraphQLError('parties.0.refId: 所选责任方不存在或不属于本集团', {
            extensions: { code: 'BAD_USER_INPUT', field: 'parties.0.refId' },
          }),
        ],
      },
    };
    const { dialog } = renderDialog('RECORD_ACCOUNTABILITY', [departmentsMock, rejected]);
    type(dialog, '问责追责结论（权责研判）', '结论');
    await choose(party(0), '责任对象', '营销部');
    type(party(0), '责任比例（%）', '100');
    await choose(party(0), '处罚方式', '不处罚');
    fireEvent.click(button(dialog, /确\s*定/));
    // Under the field without its path, and in full in the alert.
    expect(await within(party(0)).findByText('所选责任方不存在或不属于本集团')).toBeTruthy();
    expect(within(dialog).getByRole('alert').textContent).toContain('所选责任方不存在或不属于本集团');
  });
});

describe('confirm enforcement', () => {
  it('sends { complaintId, version, note }', async () => {
    const confirm = vi.fn(() => ({
      data: {
        confirmAccountabilityEnforced: {
          __typename: 'ComplaintPayload',
          complaint: { ...recordedComplaint([]), accountabilityStatus: 'ENFORCED' },
        },
      },
    }));
    const { dialog, onDone } = renderDialog('CONFIRM_ACCOUNTABILITY', [
      {
        request: { query: CONFIRM_ACCOUNTABILITY_MUTATION, variables: { input: { complaintId: ID, version: 7, note: '罚款已扣' } } },
        result: confirm,
      },
    ]);
    type(dialog, '落实情况', ' 罚款已扣 ');
    fireEvent.click(button(dialog, /确\s*定/));
    await waitFor(() => expect(confirm).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
  });
});
