import { describe, expect, it } from 'vitest';
import { createOfficialCalendar } from '../calendar/official-calendar.js';
import { endOfShanghaiDay } from '../calendar/shanghai-time.js';
import { CalendarYearMissingError } from '../calendar/working-calendar.js';
import { CG_KEY_EVENT_SCHEME } from '../grading/presets.js';
import {
  DEFAULT_TIME_LIMITS,
  checkDeadlineExtension,
  computeDeadlines,
  exemptionProblem,
  isResolutionOverdue,
  missedDeadlines,
} from './deadlines.js';
import type { DeadlineInput } from './deadlines.js';

const sh = (local: string) => new Date(`${local}+08:00`);
const cal = createOfficialCalendar();
const general = CG_KEY_EVENT_SCHEME.grades.find((g) => g.code === 'GENERAL')!.policy;
const a1 = CG_KEY_EVENT_SCHEME.grades.find((g) => g.code === 'A1')!.policy;

const input = (over: Partial<DeadlineInput> = {}): DeadlineInput => ({
  kind: 'COMPLAINT',
  policy: general,
  receivedAt: sh('2025-09-26T10:00:00'),
  ...over,
});

describe('deadlines (RULES.md §5)', () => {
  it('CG/EG §4.3: respond within 1 wall-clock hour; XX 4.2.2.1: resolve within 5 working days (2025 National Day span)', () => {
    const d = computeDeadlines(cal, input());
    expect(d.responseDueAt).toEqual(sh('2025-09-26T11:00:00'));
    expect(d.resolutionDueAt).toEqual(endOfShanghaiDay('2025-10-10'));
    expect(d.resolutionBasis).toBe('NORMAL');
    expect(d.returnVisitDueAt).toBeNull();
    expect(d.accountabilityDueAt).toBeNull();
  });

  it('the response hour runs through nights and holidays (wall clock)', () => {
    expect(computeDeadlines(cal, input({ receivedAt: sh('2025-09-30T23:30:00') })).responseDueAt).toEqual(sh('2025-10-01T00:30:00'));
  });

  it('XX 4.2.2.2: a demand also has 5 working days (2026 Spring Festival span)', () => {
    const d = computeDeadlines(cal, input({ kind: 'DEMAND', receivedAt: sh('2026-02-13T09:00:00') }));
    expect(d.resolutionDueAt).toEqual(endOfShanghaiDay('2026-02-27'));
  });

  it('XX 4.2.2.3: an escalated complaint gets 15 working days from the day the next level took it over', () => {
    const d = computeDeadlines(cal, input({ receivedAt: sh('2026-02-10T09:00:00'), escalatedAt: sh('2026-02-13T16:00:00') }));
    expect(d.resolutionBasis).toBe('ESCALATED');
    expect(d.resolutionDueAt).toEqual(endOfShanghaiDay('2026-03-12'));
  });

  it('XX 4.2.2: long engineering work or purchases ≥ 5,000 yuan exempt from the limit (recorded with the reason)', () => {
    const d = computeDeadlines(cal, input({ exemption: { reason: 'LONG_ENGINEERING_WORK', note: '外墙渗水需整体维修' } }));
    expect(d.resolutionDueAt).toBeNull();
    expect(d.resolutionBasis).toBe('EXEMPT');
    expect(d.responseDueAt).not.toBeNull();
    expect(exemptionProblem({ reason: 'LARGE_PURCHASE', note: '更换水泵', purchaseAmount: '5000.00' })).toBeNull();
    expect(exemptionProblem({ reason: 'LARGE_PURCHASE', note: '更换水泵', purchaseAmount: '4999.99' })).toContain('低于 5,000.00 元');
    expect(exemptionProblem({ reason: 'LARGE_PURCHASE', note: '更换水泵' })).toContain('采购金额');
    expect(exemptionProblem({ reason: 'LARGE_PURCHASE', note: '更换水泵', purchaseAmount: '5000.001' })).toContain('最多两位小数');
    expect(exemptionProblem({ reason: 'LONG_ENGINEERING_WORK', note: ' ' })).toContain('说明');
    expect(exemptionProblem({ reason: 'WEATHER' as never, note: 'x' })).toContain('未知');
  });

  it('XX 4.3: return visit within 24 h (complaint) / 72 h (demand) after handling ends', () => {
    const concludedAt = sh('2025-10-10T17:00:00');
    expect(computeDeadlines(cal, input({ concludedAt })).returnVisitDueAt).toEqual(sh('2025-10-11T17:00:00'));
    expect(computeDeadlines(cal, input({ kind: 'DEMAND', concludedAt })).returnVisitDueAt).toEqual(sh('2025-10-13T17:00:00'));
  });

  it('accountability due 10 working days after conclusion when the grade requires it (ours)', () => {
    const concludedAt = sh('2025-09-29T10:00:00');
    expect(computeDeadlines(cal, input({ policy: a1, concludedAt })).accountabilityDueAt).toEqual(endOfShanghaiDay('2025-10-20'));
    expect(computeDeadlines(cal, input({ concludedAt })).accountabilityDueAt).toBeNull();
  });

  it('warnings have no time limits until they become complaints (ours)', () => {
    expect(computeDeadlines(cal, input({ kind: 'WARNING', concludedAt: sh('2025-10-10T17:00:00') }))).toEqual({
      responseDueAt: null,
      resolutionDueAt: null,
      resolutionBasis: 'NONE',
      returnVisitDueAt: null,
      accountabilityDueAt: null,
    });
  });

  it('a reopened complaint gets its limit again from the reopen day (ours)', () => {
    const d = computeDeadlines(cal, input({ reopenedAt: sh('2025-10-09T10:00:00') }));
    expect(d.resolutionBasis).toBe('REOPENED');
    expect(d.resolutionDueAt).toEqual(endOfShanghaiDay('2025-10-15'));
  });

  it('JD 7.3.2: an extension replaces the due time; one granted before a later escalation no longer applies', () => {
    const extension = { grantedAt: sh('2025-10-09T10:00:00'), newDueAt: endOfShanghaiDay('2025-10-20'), reason: '等待材料' };
    const d = computeDeadlines(cal, input({ extensions: [extension] }));
    expect(d.resolutionBasis).toBe('EXTENDED');
    expect(d.resolutionDueAt).toEqual(endOfShanghaiDay('2025-10-20'));
    const later = computeDeadlines(cal, input({ extensions: [extension], escalatedAt: sh('2025-10-10T10:00:00') }));
    expect(later.resolutionBasis).toBe('ESCALATED');
  });

  it('JD 7.3.2: a promised date may be changed at most twice; the third change is refused', () => {
    const current = { extensionCount: 0, resolutionDueAt: endOfShanghaiDay('2025-10-10'), exempt: false };
    const request = { newDueAt: endOfShanghaiDay('2025-10-17'), reason: '客户要求更换品牌' };
    expect(checkDeadlineExtension(current, request)).toEqual({ ok: true, extensionNumber: 1, newDueAt: request.newDueAt });
    expect(checkDeadlineExtension({ ...current, extensionCount: 1 }, request)).toMatchObject({ ok: true, extensionNumber: 2 });
    const third = checkDeadlineExtension({ ...current, extensionCount: 2 }, request);
    expect(third).toEqual({ ok: false, reason: '处理期限最多只能变更 2 次（JD 7.3.2），本件已变更 2 次，不能再延期' });
    expect(checkDeadlineExtension(current, { ...request, newDueAt: endOfShanghaiDay('2025-10-09') })).toMatchObject({ ok: false, reason: '新的期限必须晚于当前期限' });
    expect(checkDeadlineExtension(current, { ...request, reason: '' })).toMatchObject({ ok: false, reason: '延期须说明理由' });
    expect(checkDeadlineExtension({ ...current, exempt: true }, request)).toMatchObject({ ok: false });
    expect(checkDeadlineExtension(current, { ...request, newDueAt: new Date('x') })).toMatchObject({ ok: false });
    expect(DEFAULT_TIME_LIMITS.maxDeadlineExtensions).toBe(2);
  });

  it('a deadline crossing into a year without official data raises CalendarYearMissingError', () => {
    expect(() => computeDeadlines(cal, input({ receivedAt: sh('2026-12-28T10:00:00') }))).toThrow(CalendarYearMissingError);
    expect(() => computeDeadlines(cal, input({ receivedAt: sh('2026-12-15T10:00:00'), escalatedAt: sh('2026-12-20T10:00:00') }))).toThrow(
      /2027 年的节假日数据尚未录入/,
    );
  });

  it('overdue only after the due instant (XX 4.1.2.1 b uses it as a grading fact)', () => {
    const d = computeDeadlines(cal, input());
    const due = d.resolutionDueAt!;
    const none = { respondedAt: null, concludedAt: null, returnVisitedAt: null, accountabilityRecordedAt: null };
    expect(missedDeadlines(d, { ...none, respondedAt: sh('2025-09-26T10:30:00') }, due)).toEqual([]);
    expect(missedDeadlines(d, { ...none, respondedAt: sh('2025-09-26T11:00:01') }, due)).toEqual(['RESPONSE']);
    expect(missedDeadlines(d, { ...none, respondedAt: sh('2025-09-26T10:30:00') }, new Date(due.getTime() + 1))).toEqual(['RESOLUTION']);
    expect(isResolutionOverdue(d, null, due)).toBe(false);
    expect(isResolutionOverdue(d, null, new Date(due.getTime() + 1))).toBe(true);
    expect(isResolutionOverdue(d, sh('2025-10-10T12:00:00'), sh('2025-12-01T00:00:00'))).toBe(false);
  });
});
