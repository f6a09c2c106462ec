import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ComplaintKind } from '../complaint-facts.js';
import type { OrgLevel } from '../org-levels.js';
import {
  COMPLAINT_ACTIONS,
  COMPLAINT_ACTION_LABELS,
  COMPLAINT_EVENT_TYPES,
  COMPLAINT_EVENT_TYPE_LABELS,
  COMPLAINT_STATES,
  COMPLAINT_STATE_LABELS,
  COMPLAINT_TRANSITIONS,
  ESCALATION_REASONS,
  TERMINAL_STATES,
  allowedActions,
  decide,
  describeActions,
  initialSnapshot,
} from './complaint-state-machine.js';
import type { ComplaintAction, ComplaintCommand, ComplaintSnapshot, ComplaintState, Decision } from './complaint-state-machine.js';

const start = (over: Partial<ComplaintSnapshot> = {}): ComplaintSnapshot => ({
  ...initialSnapshot({ id: 'TS-2611-0001', kind: 'COMPLAINT', level: 'PROJECT', gradeCode: 'GENERAL', resolutionDueAt: '2026-11-10T15:59:59.999Z' }),
  ...over,
});

function ok(decision: Decision): Extract<Decision, { ok: true }> {
  if (!decision.ok) throw new Error(`expected success, got ${decision.code}: ${decision.reason}`);
  return decision;
}

/** Runs commands in order, each must succeed; returns the final snapshot and the events. */
function run(s: ComplaintSnapshot, ...commands: ComplaintCommand[]) {
  const events = [];
  for (const command of commands) {
    const d = ok(decide(s, command));
    events.push(d.event);
    s = d.snapshot;
  }
  return { s, events };
}

const conclude: ComplaintCommand = { action: 'CONCLUDE', planApproved: true, acceptingHouseholds: 1, totalHouseholds: 1 };
const satisfiedVisit: ComplaintCommand = { action: 'RECORD_RETURN_VISIT', method: 'PHONE', score: 5 };
const unsatisfiedVisit: ComplaintCommand = { action: 'RECORD_RETURN_VISIT', method: 'ON_SITE', score: 1 };

describe('complaint lifecycle (RULES.md §6; CG/EG §4.1, XX 4.2–4.3)', () => {
  it('a general complaint from intake to archive, each step an event with before/after', () => {
    const { s, events } = run(start(), { action: 'RESPOND' }, { action: 'START_HANDLING', plan: '更换防水层' }, conclude, satisfiedVisit, {
      action: 'ARCHIVE',
    });
    expect(s.state).toBe('ARCHIVED');
    expect(events.map((e) => e.type)).toEqual([
      'COMPLAINT_RESPONDED',
      'HANDLING_STARTED',
      'COMPLAINT_CONCLUDED',
      'RETURN_VISIT_RECORDED',
      'COMPLAINT_ARCHIVED',
    ]);
    expect(events[0]).toEqual({ type: 'COMPLAINT_RESPONDED', action: 'RESPOND', before: { state: 'REGISTERED' }, after: { state: 'RESPONDED' }, data: {} });
    expect(events[1]?.data).toEqual({ plan: '更换防水层' });
    expect(events[3]?.after).toEqual({ state: 'RETURN_VISITED', lastReturnVisit: { method: 'PHONE', score: 5, satisfied: true } });
    expect(allowedActions(s)).toEqual([]);
  });

  it('CG §4.1 / §4.5: a grade requiring accountability cannot be archived before accountability is recorded and enforced', () => {
    let s = run(start({ requiresAccountability: true }), { action: 'RESPOND' }, { action: 'START_HANDLING' }, conclude, satisfiedVisit).s;
    expect(decide(s, { action: 'ARCHIVE' })).toEqual({
      ok: false,
      code: 'GUARD_FAILED',
      reason: '该等级须问责追责（CG §4.5），请先记录问责结论并确认落实，再归档',
    });
    expect(allowedActions(s)).not.toContain('ARCHIVE');
    s = ok(decide(s, { action: 'RECORD_ACCOUNTABILITY', conclusion: '工程部承担主要责任，通报批评', partyCount: 1 })).snapshot;
    expect([s.state, s.accountability]).toEqual(['ACCOUNTABILITY', 'RECORDED']);
    expect(decide(s, { action: 'ARCHIVE' })).toMatchObject({ ok: false, reason: '问责追责结论尚未落实（CG §5.3(4)），不能归档' });
    const confirmed = ok(decide(s, { action: 'CONFIRM_ACCOUNTABILITY' }));
    expect(confirmed.event).toMatchObject({ type: 'ACCOUNTABILITY_ENFORCED', before: { state: 'ACCOUNTABILITY', accountability: 'RECORDED' } });
    expect(decide(confirmed.snapshot, { action: 'CONFIRM_ACCOUNTABILITY' })).toMatchObject({ ok: false, code: 'GUARD_FAILED' });
    expect(ok(decide(confirmed.snapshot, { action: 'ARCHIVE' })).next).toBe('ARCHIVED');
  });

  it('XX 4.3: archiving needs the return visit; accountability waits for it too', () => {
    const s = run(start(), { action: 'RESPOND' }, { action: 'START_HANDLING' }, conclude).s;
    expect(s.returnVisitRequired).toBe(true);
    expect(decide(s, { action: 'ARCHIVE' })).toEqual({ ok: false, code: 'GUARD_FAILED', reason: '尚未回访，不能归档（XX 4.3：投诉 100% 回访）' });
    expect(decide(s, { action: 'RECORD_ACCOUNTABILITY', conclusion: '无责', partyCount: 0 })).toMatchObject({ ok: false, code: 'GUARD_FAILED' });
  });

  it('CG §3.2: conclusion needs an approved plan and most complaining households accepting it', () => {
    const handling = run(start(), { action: 'RESPOND' }, { action: 'START_HANDLING' }).s;
    expect(decide(handling, { ...conclude, planApproved: false })).toMatchObject({ ok: false, code: 'GUARD_FAILED', reason: expect.stringContaining('CG §3.2(1)') });
    expect(decide(handling, { action: 'CONCLUDE', planApproved: true, acceptingHouseholds: 50, totalHouseholds: 100 })).toEqual({
      ok: false,
      code: 'GUARD_FAILED',
      reason: '接受处理方案的业主 50/100 户，未达到大部分业主接受（CG §3.2(2)），不能完结',
    });
    const concluded = ok(decide(handling, { action: 'CONCLUDE', planApproved: true, acceptingHouseholds: 51, totalHouseholds: 100 }));
    expect(concluded.event.data).toMatchObject({ acceptanceShare: 0.51, returnVisitRequired: true });
    expect(decide(handling, { action: 'CONCLUDE', planApproved: true, acceptingHouseholds: 3, totalHouseholds: 2 })).toMatchObject({ ok: false });
    expect(decide(handling, { action: 'CONCLUDE', planApproved: true, acceptingHouseholds: 0, totalHouseholds: 0 })).toMatchObject({ ok: false });
    expect(decide(handling, { ...conclude, confirmationScore: 6 })).toMatchObject({ ok: false, reason: '客户确认评分必须是 1 到 5 的整数' });
    // A stricter group can ask for two thirds.
    expect(decide(handling, { action: 'CONCLUDE', planApproved: true, acceptingHouseholds: 60, totalHouseholds: 100 }, { minAcceptanceShare: 2 / 3 }).ok).toBe(false);
  });

  it('XX 4.2.1 item 3: escalation goes up the chain, the next level reviews internally (twice if needed), then external review', () => {
    let s = run(start(), { action: 'RESPOND' }, { action: 'START_HANDLING' }).s;
    const escalated = ok(decide(s, { action: 'ESCALATE', reason: 'CUSTOMER_DISAGREES' }));
    expect(escalated.event).toEqual({
      type: 'COMPLAINT_ESCALATED',
      action: 'ESCALATE',
      before: { state: 'HANDLING', level: 'PROJECT', escalationCount: 0 },
      after: { state: 'ESCALATED', level: 'CITY', escalationCount: 1 },
      data: { reason: 'CUSTOMER_DISAGREES', fromLevel: 'PROJECT', toLevel: 'CITY' },
    });
    s = escalated.snapshot;
    // The escalated level plans through an internal review; it cannot conclude without one.
    expect(decide(s, conclude)).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
    s = run(s, { action: 'START_INTERNAL_REVIEW' }, { action: 'START_INTERNAL_REVIEW', note: '二次内部评审' }).s;
    expect(s.internalReviewRounds).toBe(2);
    // Further escalation, e.g. overdue, with the real ancestors of the project.
    const up = ok(decide(s, { action: 'ESCALATE', reason: 'OVERDUE' }, { ancestorLevels: ['CITY', 'REGION', 'GROUP'] }));
    expect(up.snapshot.level).toBe('REGION');
    s = run(up.snapshot, { action: 'START_INTERNAL_REVIEW' }, { action: 'START_EXTERNAL_REVIEW', method: 'ARBITRATION' }).s;
    expect(s.state).toBe('EXTERNAL_REVIEW');
    // An award binds even when most owners do not accept it.
    expect(decide(s, { action: 'CONCLUDE', planApproved: true, acceptingHouseholds: 10, totalHouseholds: 80 }).ok).toBe(false);
    const bound = ok(decide(s, { action: 'CONCLUDE', planApproved: true, acceptingHouseholds: 10, totalHouseholds: 80, bindingDecision: true }));
    expect(bound.event.data.bindingDecision).toBe(true);
  });

  it('escalation stops at the top and may only go up', () => {
    const atGroup = start({ state: 'HANDLING', level: 'GROUP' });
    expect(decide(atGroup, { action: 'ESCALATE', reason: 'OVERDUE' })).toEqual({
      ok: false,
      code: 'GUARD_FAILED',
      reason: '已由集团处理，没有更高的升级层级，请转外部评审',
    });
    expect(allowedActions(atGroup)).not.toContain('ESCALATE');
    const handling = start({ state: 'HANDLING' });
    expect(decide(handling, { action: 'ESCALATE', reason: 'GRADE', toLevel: 'GROUP' })).toMatchObject({ ok: true, next: 'ESCALATED' });
    expect(decide(handling, { action: 'ESCALATE', reason: 'GRADE', toLevel: 'SERVICE_CENTER' })).toMatchObject({ ok: false, reason: expect.stringContaining('只能向上级') });
    expect(decide(handling, { action: 'ESCALATE', reason: 'WHIM' as never })).toMatchObject({ ok: false, reason: '未知的升级原因：WHIM' });
  });

  it('RULES.md §6: an unsatisfied return visit reopens the complaint for remedial action', () => {
    let s = run(start(), { action: 'RESPOND' }, { action: 'START_HANDLING' }, conclude, unsatisfiedVisit).s;
    expect(s.lastReturnVisit).toEqual({ method: 'ON_SITE', score: 1, satisfied: false });
    expect(allowedActions(s)).toContain('REOPEN');
    expect(decide(s, { action: 'ARCHIVE' })).toMatchObject({ ok: false, reason: '回访不满意：请先重新处理（补救），或说明不再补救的理由' });
    expect(decide(s, { action: 'REOPEN', reason: '' })).toMatchObject({ ok: false, code: 'GUARD_FAILED' });
    const reopened = ok(decide(s, { action: 'REOPEN', reason: '重新维修' }));
    expect(reopened.event.type).toBe('COMPLAINT_REOPENED');
    expect(reopened.next).toBe('HANDLING');
    s = run(reopened.snapshot, conclude).s;
    expect(s.lastReturnVisit).toBeNull();
    s = run(s, satisfiedVisit, { action: 'ARCHIVE' }).s;
    expect([s.state, s.reopenCount]).toEqual(['ARCHIVED', 1]);
  });

  it('an unsatisfied visit can be closed without remedy only with a recorded reason; a satisfied one cannot be reopened', () => {
    const visited = run(start(), { action: 'RESPOND' }, { action: 'START_HANDLING' }, conclude, unsatisfiedVisit).s;
    expect(ok(decide(visited, { action: 'ARCHIVE', unsatisfiedVisitReason: '已按法院判决执行' })).event.data).toEqual({ unsatisfiedVisitReason: '已按法院判决执行' });
    const happy = run(start(), { action: 'RESPOND' }, { action: 'START_HANDLING' }, conclude, satisfiedVisit).s;
    expect(decide(happy, { action: 'REOPEN', reason: '再修' })).toEqual({ ok: false, code: 'GUARD_FAILED', reason: '只有回访不满意的投诉才能重新处理' });
    expect(decide(visited, { action: 'RECORD_RETURN_VISIT', method: 'PHONE', score: 0 })).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
  });

  it('XX 4.3: a satisfied demand outside the 15 % sample is archived without a visit; one scored below 5 is visited', () => {
    const demand = (id: string) => run(initialSnapshot({ id, kind: 'DEMAND', level: 'SERVICE_CENTER' }), { action: 'RESPOND' }, { action: 'START_HANDLING' }).s;
    let notSampled: ComplaintSnapshot | null = null;
    for (let i = 1; notSampled === null; i++) {
      const s = ok(decide(demand(`XQ-2611-${i}`), { ...conclude, confirmationScore: 5 })).snapshot;
      if (!s.returnVisitRequired) notSampled = s;
    }
    expect(ok(decide(notSampled, { action: 'ARCHIVE' })).next).toBe('ARCHIVED');
    const lukewarm = ok(decide(demand('XQ-2611-1'), { ...conclude, confirmationScore: 4 })).snapshot;
    expect(lukewarm.returnVisitRequired).toBe(true);
    expect(decide(lukewarm, { action: 'ARCHIVE' }).ok).toBe(false);
  });

  it('CG §3.4 / RULES.md §2: a warning becomes a complaint, is archived when it passes, or is invalid', () => {
    const warning = initialSnapshot({ id: 'YJ-2611-0001', kind: 'WARNING', level: 'PROJECT' });
    expect(warning.state).toBe('WARNING');
    expect(allowedActions(warning)).toEqual(['ARCHIVE', 'MARK_INVALID', 'CONVERT_WARNING', 'OVERRIDE_GRADE']);
    const converted = ok(decide(warning, { action: 'CONVERT_WARNING' }));
    expect(converted.event).toMatchObject({
      type: 'WARNING_CONVERTED',
      before: { state: 'WARNING', kind: 'WARNING' },
      after: { state: 'REGISTERED', kind: 'COMPLAINT' },
    });
    expect(decide(warning, { action: 'ARCHIVE' })).toEqual({ ok: false, code: 'GUARD_FAILED', reason: '预警归档须说明预警解除的理由' });
    expect(ok(decide(warning, { action: 'ARCHIVE', reason: '开发商已按期交付' })).next).toBe('ARCHIVED');
    expect(ok(decide(warning, { action: 'MARK_INVALID', reason: '误报' })).next).toBe('INVALID');
    expect(decide(warning, { action: 'RESPOND' })).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
  });

  it('RULES.md §2: a demand and a complaint can be re-classified into each other, with the change as an event', () => {
    const demand = initialSnapshot({ id: 'XQ-2611-0002', kind: 'DEMAND', level: 'SERVICE_CENTER' });
    expect(decide(demand, { action: 'ESCALATE', reason: 'OVERDUE' })).toMatchObject({ ok: false, code: 'GUARD_FAILED', reason: expect.stringContaining('客户需求不能升级') });
    const handlingDemand = run(demand, { action: 'RESPOND' }, { action: 'START_HANDLING' }).s;
    expect(decide(handlingDemand, { action: 'ESCALATE', reason: 'CUSTOMER_DISAGREES' })).toMatchObject({
      ok: false,
      code: 'GUARD_FAILED',
      reason: expect.stringContaining('客户需求不能升级'),
    });
    const toComplaint = ok(decide(handlingDemand, { action: 'RECLASSIFY', toKind: 'COMPLAINT', reason: '实为物业服务失职' }));
    expect(toComplaint.event).toEqual({
      type: 'KIND_RECLASSIFIED',
      action: 'RECLASSIFY',
      before: { state: 'HANDLING', kind: 'DEMAND' },
      after: { state: 'HANDLING', kind: 'COMPLAINT' },
      data: { fromKind: 'DEMAND', toKind: 'COMPLAINT', reason: '实为物业服务失职' },
    });
    expect(decide(toComplaint.snapshot, { action: 'ESCALATE', reason: 'CUSTOMER_DISAGREES' }).ok).toBe(true);
    expect(decide(toComplaint.snapshot, { action: 'RECLASSIFY', toKind: 'COMPLAINT', reason: 'x' })).toMatchObject({ ok: false, reason: '已经是客户投诉' });
    expect(decide(toComplaint.snapshot, { action: 'RECLASSIFY', toKind: 'DEMAND', reason: '' })).toMatchObject({ ok: false, reason: '改划类型须说明理由' });
    const escalatedThenReopened = start({ state: 'HANDLING', escalationCount: 1 });
    expect(decide(escalatedThenReopened, { action: 'RECLASSIFY', toKind: 'DEMAND', reason: 'x' })).toMatchObject({ ok: false, reason: '已升级处理的投诉不能改划为需求' });
  });

  it('JD 7.3.2: the deadline may be extended twice; the third extension is refused with the reason', () => {
    let s = start({ state: 'HANDLING' });
    const first = ok(decide(s, { action: 'EXTEND_DEADLINE', newDueAt: '2026-11-17T15:59:59.999Z', reason: '等待材料' }));
    expect(first.event).toMatchObject({
      type: 'DEADLINE_EXTENDED',
      data: { previousDueAt: '2026-11-10T15:59:59.999Z', newDueAt: '2026-11-17T15:59:59.999Z', extensionNumber: 1 },
    });
    s = first.snapshot;
    s = ok(decide(s, { action: 'EXTEND_DEADLINE', newDueAt: '2026-11-24T15:59:59.999Z', reason: '施工队延误' })).snapshot;
    expect(s.extensionCount).toBe(2);
    expect(allowedActions(s)).not.toContain('EXTEND_DEADLINE');
    expect(decide(s, { action: 'EXTEND_DEADLINE', newDueAt: '2026-12-01T15:59:59.999Z', reason: '再等等' })).toEqual({
      ok: false,
      code: 'GUARD_FAILED',
      reason: '处理期限最多只能变更 2 次（JD 7.3.2），本件已变更 2 次，不能再延期',
    });
    expect(decide(start({ state: 'HANDLING' }), { action: 'EXTEND_DEADLINE', newDueAt: '2026-11-01T00:00:00Z', reason: 'x' })).toMatchObject({
      ok: false,
      reason: '新的期限必须晚于当前期限',
    });
    expect(decide(start({ state: 'HANDLING' }), { action: 'EXTEND_DEADLINE', newDueAt: 'someday', reason: 'x' })).toMatchObject({ ok: false });
  });

  it('XX 4.2.2: an exemption removes the resolution limit, with its reason; no extension afterwards', () => {
    const s = start({ state: 'HANDLING' });
    expect(decide(s, { action: 'GRANT_EXEMPTION', exemption: { reason: 'LARGE_PURCHASE', note: '更换电梯主板', purchaseAmount: '4999.99' } })).toMatchObject({
      ok: false,
      code: 'GUARD_FAILED',
    });
    const exempt = ok(decide(s, { action: 'GRANT_EXEMPTION', exemption: { reason: 'LARGE_PURCHASE', note: '更换电梯主板', purchaseAmount: '5000.00' } }));
    expect(exempt.snapshot).toMatchObject({ exempt: true, resolutionDueAt: null });
    expect(exempt.event.data).toEqual({ reason: 'LARGE_PURCHASE', note: '更换电梯主板', purchaseAmount: '5000.00' });
    expect(allowedActions(exempt.snapshot)).not.toContain('EXTEND_DEADLINE');
    expect(decide(exempt.snapshot, { action: 'GRANT_EXEMPTION', exemption: { reason: 'LONG_ENGINEERING_WORK', note: 'x' } })).toMatchObject({ ok: false });
  });

  it('RULES.md §4: a grade override needs a reason and is an event', () => {
    const s = start({ state: 'RESPONDED' });
    expect(decide(s, { action: 'OVERRIDE_GRADE', gradeCode: 'A1', requiresAccountability: true, reason: '' })).toMatchObject({ ok: false });
    expect(decide(s, { action: 'OVERRIDE_GRADE', gradeCode: 'GENERAL', requiresAccountability: false, reason: 'x' })).toMatchObject({ ok: false, reason: '等级已是 GENERAL' });
    const d = ok(decide(s, { action: 'OVERRIDE_GRADE', gradeCode: 'A1', requiresAccountability: true, reason: '媒体已介入' }));
    expect(d.event).toEqual({
      type: 'GRADE_OVERRIDDEN',
      action: 'OVERRIDE_GRADE',
      before: { state: 'RESPONDED', gradeCode: 'GENERAL', requiresAccountability: false },
      after: { state: 'RESPONDED', gradeCode: 'A1', requiresAccountability: true },
      data: { fromGrade: 'GENERAL', toGrade: 'A1', reason: '媒体已介入' },
    });
  });

  it('XX 4.1.1: marking invalid needs a reason and is possible only before escalation', () => {
    expect(decide(start(), { action: 'MARK_INVALID', reason: ' ' })).toMatchObject({ ok: false, reason: '判定无效须说明理由（XX 4.1.1）' });
    expect(ok(decide(start(), { action: 'MARK_INVALID', reason: '非本公司责任' })).next).toBe('INVALID');
    expect(decide(start({ state: 'ESCALATED' }), { action: 'MARK_INVALID', reason: 'x' })).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
  });

  it('refuses unknown actions and malformed particulars', () => {
    expect(decide(start(), { action: 'TELEPORT' } as never)).toEqual({ ok: false, code: 'ILLEGAL_TRANSITION', reason: '未知的操作：TELEPORT' });
    const concluded = start({ state: 'CONCLUDED' });
    expect(decide(concluded, { action: 'RECORD_RETURN_VISIT', method: 'EMAIL' as never, score: 5 })).toMatchObject({ ok: false, reason: '未知的回访方式：EMAIL' });
    expect(decide(concluded, { action: 'RECORD_RETURN_VISIT', method: 'PHONE', score: 6 })).toMatchObject({ ok: false, reason: '回访评分必须是 1 到 5 的整数' });
    const review = start({ state: 'INTERNAL_REVIEW' });
    expect(decide(review, { action: 'START_EXTERNAL_REVIEW', method: 'DUEL' as never })).toMatchObject({ ok: false, code: 'GUARD_FAILED' });
    const rv = start({ state: 'RETURN_VISITED', lastReturnVisit: { method: 'PHONE', score: 5, satisfied: true } });
    expect(decide(rv, { action: 'RECORD_ACCOUNTABILITY', conclusion: '', partyCount: 1 })).toMatchObject({ ok: false });
    expect(decide(rv, { action: 'RECORD_ACCOUNTABILITY', conclusion: 'x', partyCount: -1 })).toMatchObject({ ok: false });
  });
});

/** A snapshot in `state` that satisfies as many snapshot guards as possible, for the illegal-transition sweep. */
function inState(state: ComplaintState): ComplaintSnapshot {
  return start({ state, kind: state === 'WARNING' ? 'WARNING' : 'COMPLAINT' });
}

describe('every illegal transition is refused with its reason (RULES.md §6)', () => {
  const cases = COMPLAINT_STATES.flatMap((state) =>
    COMPLAINT_ACTIONS.filter((action) => !COMPLAINT_TRANSITIONS[action].from.includes(state)).map((action) => [state, action] as const),
  );

  it(`covers ${cases.length} state × action pairs`, () => {
    expect(cases.length).toBeGreaterThan(100);
    for (const [state, action] of cases) {
      const d = decide(inState(state), { action } as ComplaintCommand);
      expect(d.ok, `${state} × ${action}`).toBe(false);
      if (d.ok) continue;
      expect(d.code).toBe('ILLEGAL_TRANSITION');
      expect(d.reason).toContain(`当前状态「${COMPLAINT_STATE_LABELS[state]}」不能执行「${COMPLAINT_ACTION_LABELS[action]}」`);
    }
  });

  it('terminal states allow nothing and explain why', () => {
    for (const state of TERMINAL_STATES) {
      expect(allowedActions(inState(state))).toEqual([]);
      expect(describeActions(inState(state)).every((a) => !a.allowed && a.reason !== null)).toBe(true);
    }
    const described = describeActions(inState('ARCHIVED')).find((a) => a.action === 'REOPEN');
    expect(described).toEqual({
      action: 'REOPEN',
      label: '重新处理',
      allowed: false,
      reason: '当前状态「已归档」不能执行「重新处理」（该操作仅适用于：已回访）',
    });
  });

  it('has labels for every state, action and event type', () => {
    for (const s of COMPLAINT_STATES) expect(COMPLAINT_STATE_LABELS[s]).toBeTruthy();
    for (const a of COMPLAINT_ACTIONS) expect(COMPLAINT_ACTION_LABELS[a]).toBeTruthy();
    for (const e of COMPLAINT_EVENT_TYPES) expect(COMPLAINT_EVENT_TYPE_LABELS[e]).toBeTruthy();
    expect(COMPLAINT_TRANSITIONS.RESPOND.mutation).toBe('respondToComplaint');
    expect(COMPLAINT_TRANSITIONS.CONFIRM_ACCOUNTABILITY.mutation).toBe('confirmAccountabilityEnforced');
  });
});

describe('the state graph (property-based, RULES.md §6)', () => {
  it('from every state a terminal state (archived or invalid) is reachable, and every state is reachable from intake', () => {
    const successors = (state: ComplaintState) =>
      COMPLAINT_ACTIONS.filter((a) => COMPLAINT_TRANSITIONS[a].from.includes(state)).map((a) => COMPLAINT_TRANSITIONS[a].to ?? state);
    const reach = (from: readonly ComplaintState[]) => {
      const seen = new Set<ComplaintState>(from);
      const queue = [...from];
      while (queue.length > 0) {
        for (const next of successors(queue.shift()!)) {
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      return seen;
    };
    for (const state of COMPLAINT_STATES) {
      const reachable = reach([state]);
      expect(reachable.has('ARCHIVED') || reachable.has('INVALID') || TERMINAL_STATES.includes(state), state).toBe(true);
    }
    expect([...reach(['WARNING', 'REGISTERED'])].sort()).toEqual([...COMPLAINT_STATES].sort());
    for (const terminal of TERMINAL_STATES) expect(successors(terminal)).toEqual([]);
  });

  /** A valid command for an allowed action; `choice` varies the particulars (scores, reasons…). */
  function commandFor(action: ComplaintAction, s: ComplaintSnapshot, choice: number): ComplaintCommand {
    switch (action) {
      case 'RESPOND':
      case 'START_INTERNAL_REVIEW':
      case 'CONFIRM_ACCOUNTABILITY':
      case 'CONVERT_WARNING':
        return { action };
      case 'START_HANDLING':
        return { action, plan: '方案' };
      case 'ESCALATE':
        // Before a response only lateness escalates (RULES.md §6).
        return { action, reason: s.state === 'REGISTERED' ? 'OVERDUE' : ESCALATION_REASONS[choice % ESCALATION_REASONS.length]! };
      case 'START_EXTERNAL_REVIEW':
        return { action, method: choice % 2 === 0 ? 'ARBITRATION' : 'LITIGATION' };
      case 'CONCLUDE': {
        const total = 1 + (choice % 150);
        return {
          action,
          planApproved: true,
          totalHouseholds: total,
          acceptingHouseholds: Math.floor(total / 2) + 1,
          confirmationScore: 1 + (choice % 5),
        };
      }
      case 'RECORD_RETURN_VISIT':
        return { action, method: choice % 2 === 0 ? 'PHONE' : 'ON_SITE', score: 1 + (choice % 5) };
      case 'REOPEN':
        return { action, reason: '补救' };
      case 'RECORD_ACCOUNTABILITY':
        return { action, conclusion: '结论', partyCount: choice % 3, unsatisfiedVisitReason: '已尽力' };
      case 'ARCHIVE':
        return { action, reason: '预警解除', unsatisfiedVisitReason: '已尽力' };
      case 'MARK_INVALID':
        return { action, reason: '无效' };
      case 'RECLASSIFY':
        return { action, toKind: s.kind === 'DEMAND' ? 'COMPLAINT' : 'DEMAND', reason: '改划' };
      case 'EXTEND_DEADLINE': {
        const base = s.resolutionDueAt === null ? Date.parse('2026-11-10T00:00:00Z') : Date.parse(s.resolutionDueAt);
        return { action, newDueAt: new Date(base + (1 + (choice % 10)) * 86_400_000).toISOString(), reason: '延期' };
      }
      case 'GRANT_EXEMPTION':
        return { action, exemption: { reason: 'LONG_ENGINEERING_WORK', note: '长期维修' } };
      case 'OVERRIDE_GRADE':
        return { action, gradeCode: s.gradeCode === 'A1' ? 'GENERAL' : 'A1', requiresAccountability: choice % 2 === 0, reason: '调整' };
    }
  }

  /** Drives a complaint to its end: prefer the actions that make progress. */
  const PROGRESS: readonly ComplaintAction[] = [
    'ARCHIVE',
    'CONFIRM_ACCOUNTABILITY',
    'RECORD_ACCOUNTABILITY',
    'RECORD_RETURN_VISIT',
    'CONCLUDE',
    'START_INTERNAL_REVIEW',
    'START_HANDLING',
    'RESPOND',
    'CONVERT_WARNING',
  ];

  const kindArb = fc.constantFrom<ComplaintKind>('COMPLAINT', 'DEMAND', 'WARNING');
  const levelArb = fc.constantFrom<OrgLevel>('PROJECT', 'SERVICE_CENTER', 'CITY', 'REGION', 'GROUP');

  it('random walks use only legal transitions, refuse everything else unchanged, and always can end in archived or invalid', () => {
    fc.assert(
      fc.property(
        kindArb,
        levelArb,
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 80 }),
        (kind, level, requiresAccountability, steps) => {
          let s = initialSnapshot({ id: `K-${kind}-${level}`, kind, level, gradeCode: 'GENERAL', requiresAccountability, resolutionDueAt: '2026-11-10T15:59:59.999Z' });
          const legal = (before: ComplaintSnapshot, action: ComplaintAction, d: Decision) => {
            const spec = COMPLAINT_TRANSITIONS[action];
            expect(spec.from).toContain(before.state);
            if (!d.ok) throw new Error(`${before.state} × ${action} refused: ${d.reason}`);
            expect(d.next).toBe(spec.to ?? before.state);
            expect(d.snapshot.state).toBe(d.next);
            expect(d.event.type).toBe(spec.event);
            expect(d.event.before.state).toBe(before.state);
            expect(JSON.parse(JSON.stringify(d.event))).toEqual(d.event); // events are JSON
          };
          for (const [pick, choice, probe] of steps) {
            // Anything the state does not allow is refused and changes nothing.
            const illegalActions = COMPLAINT_ACTIONS.filter((a) => !COMPLAINT_TRANSITIONS[a].from.includes(s.state));
            if (illegalActions.length > 0) {
              const a = illegalActions[probe % illegalActions.length]!;
              expect(decide(s, commandFor(a, s, choice))).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
            }
            const allowed = allowedActions(s);
            if (allowed.length === 0) {
              expect(TERMINAL_STATES).toContain(s.state);
              break;
            }
            const action = allowed[pick % allowed.length]!;
            const d = decide(s, commandFor(action, s, choice));
            legal(s, action, d);
            if (d.ok) s = d.snapshot;
          }
          // Whatever happened so far, the complaint can still be brought to an end through legal transitions.
          for (let i = 0; i < 20 && !TERMINAL_STATES.includes(s.state); i++) {
            const allowed = allowedActions(s);
            const action = PROGRESS.find((a) => allowed.includes(a)) ?? (allowed.includes('MARK_INVALID') ? 'MARK_INVALID' : allowed[0]!);
            const d = decide(s, action === 'RECORD_RETURN_VISIT' ? { action, method: 'PHONE', score: 5 } : commandFor(action, s, 0));
            legal(s, action, d);
            if (d.ok) s = d.snapshot;
          }
          expect(['ARCHIVED', 'INVALID']).toContain(s.state);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('escalating before a response (RULES.md §5–§6: escalation when the time limit passes)', () => {
  const registered = initialSnapshot({ id: 'TS-2611-0099', kind: 'COMPLAINT', level: 'PROJECT' });

  it('lets the clock escalate a complaint nobody answered within its limit', () => {
    const d = decide(registered, { action: 'ESCALATE', reason: 'OVERDUE' }, { ancestorLevels: ['CITY', 'REGION', 'GROUP'] });
    expect(d).toMatchObject({ ok: true, next: 'ESCALATED', snapshot: { level: 'CITY', escalationCount: 1 } });
  });

  it('refuses any other reason before a response', () => {
    expect(decide(registered, { action: 'ESCALATE', reason: 'CUSTOMER_DISAGREES' })).toMatchObject({
      ok: false,
      code: 'GUARD_FAILED',
      reason: expect.stringContaining('先响应客户'),
    });
  });
});
