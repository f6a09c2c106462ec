/**
 * 问责追责 end to end, on a fresh database: an A-class complaint is concluded and return-visited over HTTP; in the
 * browser the regional CR executive records accountability with a department and a contractor, sees it on the
 * complaint's page; performance management of the region confirms enforcement; the timeline shows both steps.
 * Group CR (reads it, outside the region's roles) and the other region's executive get no such action.
 * Screenshots under admin/e2e-artifacts/admin-accountability.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { kesuForSuite, poll, type Kesu } from './e2e-harness';

const TITLE = '二期集中交付延期三个月';
const CONCLUSION = '交付延期主因是营销签约承诺未预留工期余量，总包单位赶工返工';
const CONTRACTOR = '某建筑工程有限公司';

describe('admin: accountability on the complaint page (real server, real browser)', () => {
  let kesu: Kesu | undefined;
  let complaintId = '';
  const { requireSetup } = kesuForSuite('admin-accountability', async (started) => {
    kesu = started;
  });



  async function openComplaint(page: Page): Promise<void> {
    await page.goto(`${kesu!.baseUrl}/complaints/${encodeURIComponent(complaintId)}`);
  }

  /**
   * Opens a select by its label inside `scope` and clicks the visible option with that text. The dropdown is given
   * its opening animation first: on a loaded machine a click while the list still moves can land on nothing, and
   * the pick is silently lost (seen in full CI runs, never alone).
   */
  async function pick(page: Page, scope: Locator, label: string, option: string): Promise<void> {
    await scope.getByLabel(label, { exact: true }).click();
    const target = page.locator('.ant-select-item-option').filter({ visible: true }).filter({ hasText: option }).first();
    await target.waitFor();
    await page.waitForTimeout(400);
    await target.click();
  }

  it('an A-class complaint is concluded and return-visited (over HTTP, as the project and the region would)', async () => {
    requireSetup();
    const agent = await kesu!.tokenOf('ysf.agent');
    const projects = await kesu!.gql<{ orgUnits: { edges: { node: { id: string; name: string } }[] } }>(
      'query { orgUnits(first: 20, filter: { search: "云山府", level: PROJECT }) { edges { node { id name } } } }',
      {},
      agent,
    );
    expect(projects.errors).toBeUndefined();
    const projectId = projects.data!.orgUnits.edges[0]!.node.id;
    const created = await kesu!.gql<{ createComplaint: { complaint: { id: string; version: number; grade: { code: string } } } }>(
      'mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { complaint { id version grade { code } } } }',
      {
        input: {
          kind: 'COMPLAINT',
          projectId,
          channel: 'PHONE',
          categoryCode: 'DEV_MARKETING',
          title: TITLE,
          description: '二期集中交付延期三个月，业主要求支付违约金。',
          receivedAt: new Date(Date.now() - 3600_000).toISOString(),
          customers: [{ name: '陈先生', phone: '13700001111', room: '5-801' }],
          householdCount: 120,
          flags: ['DELIVERY_DELAY'],
        },
      },
      agent,
    );
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
    const complaint = created.data!.createComplaint.complaint;
    expect(complaint.grade.code).toBe('A1');
    complaintId = complaint.id;

    const exec = await kesu!.tokenOf('south.cr.exec');
    let version = complaint.version;
    for (const [mutation, extra] of [
      ['respondToComplaint', { note: '已电话联系业主代表' }],
      ['startHandling', { plan: '成立应急小组，制定补偿方案' }],
      ['concludeComplaint', { planApproved: true, acceptingHouseholds: 110, summary: '按合同支付违约金' }],
      ['recordReturnVisit', { method: 'ON_SITE', score: 4 }],
    ] as const) {
      const inputType = mutation[0]!.toUpperCase() + mutation.slice(1) + 'Input';
      const res = await kesu!.gql<Record<string, { complaint: { version: number } }>>(
        `mutation($input: ${inputType}!) { ${mutation}(input: $input) { complaint { version } } }`,
        { input: { id: complaintId, version, ...extra } },
        exec,
      );
      expect(res.errors, `${mutation}: ${JSON.stringify(res.errors)}`).toBeUndefined();
      version = res.data![mutation]!.complaint.version;
    }
  });

  it('group CR and the other region’s executive get no accountability action', async () => {
    requireSetup();
    // Group CR reads A-class complaints of the whole group, but accountability is the region's to record.
    const group = await kesu!.as('group.cr');
    await openComplaint(group);
    await group.getByText(TITLE).first().waitFor();
    await group.getByText('可执行的操作').waitFor();
    await expect(group.getByRole('button', { name: '记录问责' }).count()).resolves.toBe(0);
    await expect(group.getByRole('button', { name: '确认问责落实' }).count()).resolves.toBe(0);

    const east = await kesu!.as('east.cr.exec');
    await openComplaint(east);
    await east.getByText('无权访问或不存在').waitFor();
    await expect(east.getByRole('button', { name: '记录问责' }).count()).resolves.toBe(0);
  });

  it('the regional CR executive records a department and a contractor through the form and sees the record', async () => {
    requireSetup();
    const page = await kesu!.as('south.cr.exec');
    await openComplaint(page);
    await page.getByRole('button', { name: '记录问责' }).click();
    const dialog = page.getByRole('dialog', { name: /记录问责/ });
    await dialog.getByLabel('问责追责结论（权责研判）').fill(CONCLUSION);

    const first = dialog.getByTestId('party-0');
    // The department list holds the project's departments first; the party is named after the pick.
    await pick(page, first, '责任对象', '营销部');
    await poll(() => first.getByLabel('名称', { exact: true }).inputValue()).toBe('广州·云山府营销部');
    await first.getByLabel('责任比例（%）').fill('60');
    await pick(page, first, '处罚方式', '通报批评');

    await dialog.getByRole('button', { name: '添加责任方' }).click();
    const second = dialog.getByTestId('party-1');
    await pick(page, second, '类型', '施工或外包单位');
    await expect(second.getByLabel('责任对象').count()).resolves.toBe(0);
    await second.getByLabel('名称', { exact: true }).fill(CONTRACTOR);
    await second.getByLabel('责任比例（%）').fill('40');
    await pick(page, second, '处罚方式', '罚款');
    await second.getByLabel('罚款金额（元）').fill('20000');
    await second.getByLabel('备注', { exact: true }).fill('主体结构返工导致工期延误');
    await dialog.getByText('责任比例合计 100%').waitFor();
    await kesu!.screenshot(page, 'accountability-form');

    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await page.getByText('已完成：记录问责').waitFor();
    const card = page.getByTestId('accountability-card');
    await card.getByText(CONTRACTOR).waitFor();
    const text = await card.textContent();
    expect(text).toContain(CONCLUSION);
    expect(text).toContain('广州·云山府营销部');
    expect(text).toContain('60%');
    expect(text).toContain('通报批评');
    expect(text).toContain('20,000.00');
    expect(text).toContain('待落实');
    expect(text).toContain('梁思敏');
    await expect(page.getByRole('button', { name: '记录问责' }).count()).resolves.toBe(0);
    await card.scrollIntoViewIfNeeded();
    await kesu!.screenshot(page, 'accountability-card');
  });

  it('performance management of the region confirms enforcement; the timeline shows both steps', async () => {
    requireSetup();
    const page = await kesu!.as('south.perf');
    await openComplaint(page);
    await page.getByRole('button', { name: '确认问责落实' }).click();
    const dialog = page.getByRole('dialog', { name: /确认问责落实/ });
    await dialog.getByLabel('落实情况').fill('通报已发，罚款已从结算款中扣除');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await page.getByText('已完成：确认问责落实').waitFor();

    const card = page.getByTestId('accountability-card');
    await card.getByText('已落实').waitFor();
    const text = await card.textContent();
    expect(text).toContain('冯立诚');
    expect(text).toContain('通报已发，罚款已从结算款中扣除');

    const timeline = page.getByTestId('complaint-timeline');
    await timeline.getByText('确认问责落实').waitFor();
    await timeline.getByText('记录问责追责结论').waitFor();
    await expect(timeline.textContent()).resolves.toContain(CONCLUSION);
    await kesu!.screenshot(page, 'accountability-enforced');

    const state = await kesu!.gql<{ complaint: { status: string; accountabilityStatus: string } }>(
      'query($id: ID!) { complaint(id: $id) { status accountabilityStatus } }',
      { id: complaintId },
      await kesu!.tokenOf('south.perf'),
    );
    expect(state.data?.complaint).toEqual({ status: 'ACCOUNTABILITY', accountabilityStatus: 'ENFORCED' });
  });

  it('raised no uncaught error in any page', () => {
    requireSetup();
    expect(kesu!.pageErrors).toEqual([]);
  });
});
