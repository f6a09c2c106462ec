import { describe, expect, it } from 'vitest';
import type { ComplaintFacts } from '../complaint-facts.js';
import { grade } from './grade-engine.js';
import {
  CG_KEY_EVENT_SCHEME,
  EG_KEY_EVENT_SCHEME,
  GRADE_SCHEME_PRESETS,
  GRADE_SCHEME_PRESET_LABELS,
  RE_ESTATE_SCHEME,
  XX_PROPERTY_SCHEME,
  gradeSchemePreset,
  isGradeSchemePreset,
} from './presets.js';

const facts = (over: Partial<ComplaintFacts> = {}): ComplaintFacts => ({
  kind: 'COMPLAINT',
  householdCount: 1,
  compensationAmount: null,
  flags: [],
  overdue: false,
  categoryCode: null,
  ...over,
});

const code = (scheme: Parameters<typeof grade>[0], over: Partial<ComplaintFacts>) => grade(scheme, facts(over)).grade.code;

describe('碧桂园 key-event grading (CG §7 客户类重点事件(含投诉)分级标准)', () => {
  const cg = CG_KEY_EVENT_SCHEME;

  it('CG §7 A类一级 第1项: delivery delay or title delay → A类一级', () => {
    expect(code(cg, { flags: ['DELIVERY_DELAY'] })).toBe('A1');
    expect(code(cg, { flags: ['TITLE_DELAY'] })).toBe('A1');
  });

  it('CG §7 A类一级 第2项 / A类二级 第1项: 99 → A2, 100 (inclusive, "100户(含)以上") → A1, 60 → A2, 59 → default', () => {
    expect(code(cg, { householdCount: 100 })).toBe('A1');
    expect(code(cg, { householdCount: 99 })).toBe('A2');
    expect(code(cg, { householdCount: 60 })).toBe('A2');
    expect(code(cg, { householdCount: 59 })).toBe('GENERAL');
    const r = grade(cg, facts({ householdCount: 120 }));
    expect(r.grade.label).toBe('A类一级');
    expect(r.explanation).toBe('A类一级：涉及户数 120 ≥ 100');
    expect(grade(cg, facts({ householdCount: 60 })).explanation).toBe('A类二级：涉及户数 60 ≥ 60 且 < 100');
  });

  it('CG §7 A类一级 第3项: compensation ≥ 2,000,000 yuan ("超过200万(含)") → A1', () => {
    expect(code(cg, { compensationAmount: '2000000.00' })).toBe('A1');
    expect(code(cg, { compensationAmount: '1999999.99' })).toBe('A2');
  });

  it('CG §7 A类二级 第2项 (source cut off; ours: ≥ 1,000,000 yuan) → A2', () => {
    expect(code(cg, { compensationAmount: '1000000.00' })).toBe('A2');
    expect(code(cg, { compensationAmount: '999999.99' })).toBe('GENERAL');
    expect(grade(cg, facts({ compensationAmount: '1000000' })).fired[0]?.source).toContain('截断');
  });

  it('CG §7 A类一级 第4、5项: KPI impact and casualties → A1', () => {
    expect(code(cg, { flags: ['KPI_IMPACT'] })).toBe('A1');
    expect(code(cg, { flags: ['CASUALTIES'] })).toBe('A1');
  });

  it('CG §7 covers events incl. warnings, not demands (XX 4.1.1.2 demands are not caused by the company)', () => {
    expect(code(cg, { kind: 'WARNING', flags: ['DELIVERY_DELAY'] })).toBe('A1');
    expect(code(cg, { kind: 'DEMAND', householdCount: 300 })).toBe('GENERAL');
  });

  it('RULES.md §4–§6: A-class policies report up at once, start the emergency team (CG §4.4) and require accountability (CG §4.5)', () => {
    const a1 = grade(cg, facts({ householdCount: 100 })).policy;
    expect(a1).toEqual({
      responseMinutes: 60,
      resolutionWorkingDays: 5,
      escalatedResolutionWorkingDays: 15,
      escalationTarget: 'GROUP',
      startsEmergencyTeam: true,
      requiresAccountability: true,
      notifyGroupImmediately: true,
    });
    expect(grade(cg, facts({ householdCount: 60 })).policy.escalationTarget).toBe('REGION');
    const general = grade(cg, facts()).policy;
    expect(general.notifyGroupImmediately).toBe(false);
    expect(general.requiresAccountability).toBe(false);
  });

  it('RULES.md §5 time limits: respond in 60 minutes (CG §4.3), resolve in 5 / 15 working days (XX 4.2.2)', () => {
    for (const g of CG_KEY_EVENT_SCHEME.grades) {
      expect(g.policy.responseMinutes).toBe(60);
      expect(g.policy.resolutionWorkingDays).toBe(5);
      expect(g.policy.escalatedResolutionWorkingDays).toBe(15);
    }
  });

  it('EG §7 (cut off after its heading) reproduces CG §7', () => {
    expect(EG_KEY_EVENT_SCHEME.grades).toEqual(CG_KEY_EVENT_SCHEME.grades);
    expect(EG_KEY_EVENT_SCHEME.code).toBe('EG_KEY_EVENTS');
    expect(EG_KEY_EVENT_SCHEME.name).toContain('恒大');
  });
});

describe('XX物业 一般/重大投诉 (XX 4.1.2.1)', () => {
  const xx = XX_PROPERTY_SCHEME;

  it('XX 4.1.2.1 b: amount 1,999.99 → 一般, 2,000.00 ("2000元以上(含2000元)") → 重大', () => {
    expect(code(xx, { compensationAmount: '1999.99' })).toBe('GENERAL');
    expect(code(xx, { compensationAmount: '2000.00' })).toBe('MAJOR');
    expect(grade(xx, facts({ compensationAmount: '2000' })).explanation).toBe('重大投诉：涉及金额 2,000.00 元 ≥ 2,000.00 元');
    expect(grade(xx, facts({ compensationAmount: '1999.99' })).grade.label).toBe('一般投诉');
  });

  it('XX 4.1.2.1 b: media exposure, litigation, group-litigation risk → 重大', () => {
    expect(code(xx, { flags: ['MEDIA_EXPOSURE'] })).toBe('MAJOR');
    expect(code(xx, { flags: ['LITIGATION'] })).toBe('MAJOR');
    expect(code(xx, { flags: ['GROUP_LITIGATION_RISK'] })).toBe('MAJOR');
    expect(code(xx, { flags: ['DELIVERY_DELAY'] })).toBe('GENERAL');
  });

  it('XX 4.1.2.1 b: a general complaint past its time limit becomes 重大 (overdue is a grading fact)', () => {
    expect(code(xx, { overdue: false })).toBe('GENERAL');
    const r = grade(xx, facts({ overdue: true }));
    expect(r.grade.code).toBe('MAJOR');
    expect(r.explanation).toBe('重大投诉：已超过规定期限仍未形成最终解决方案');
  });

  it('XX 4.1.2.1 grades 投诉 only: a 2,000-yuan demand keeps the default grade', () => {
    expect(code(xx, { kind: 'DEMAND', compensationAmount: '5000' })).toBe('GENERAL');
  });

  it('households alone do not make a property complaint major (XX names no household threshold)', () => {
    expect(code(xx, { householdCount: 500 })).toBe('GENERAL');
  });
});

describe('地产规程 一般/重大投诉 (RE 4.2, 4.3)', () => {
  const re = RE_ESTATE_SCHEME;

  it('RE 4.2: handling cost 9,999.99 → 一般, 10,000.00 ("1万元人民币以上") → 重大', () => {
    expect(code(re, { compensationAmount: '9999.99' })).toBe('GENERAL');
    expect(code(re, { compensationAmount: '10000.00' })).toBe('MAJOR');
  });

  it('RE 4.2: a group complaint of 5 households ("5户以上") → 重大, 4 → 一般', () => {
    expect(code(re, { householdCount: 4 })).toBe('GENERAL');
    expect(code(re, { householdCount: 5 })).toBe('MAJOR');
  });

  it('RE 4.2: a complaint that went to court → 重大; RE 4.3 everything else 一般', () => {
    expect(code(re, { flags: ['LITIGATION'] })).toBe('MAJOR');
    expect(code(re, { flags: ['MEDIA_EXPOSURE'], overdue: true })).toBe('GENERAL');
  });

  it('RE is cut off before any time limit: the RULES.md §5 defaults apply', () => {
    for (const g of re.grades) expect([g.policy.responseMinutes, g.policy.resolutionWorkingDays]).toEqual([60, 5]);
  });
});

describe('preset registry (selectable per group)', () => {
  it('lists four presets with Chinese labels and hands out independent copies', () => {
    expect(GRADE_SCHEME_PRESETS).toEqual(['CG_KEY_EVENTS', 'EG_KEY_EVENTS', 'XX_PROPERTY', 'RE_ESTATE']);
    for (const p of GRADE_SCHEME_PRESETS) expect(GRADE_SCHEME_PRESET_LABELS[p]).toMatch(/[\u4e00-\u9fff]/);
    const copy = gradeSchemePreset('XX_PROPERTY');
    expect(copy).toEqual(XX_PROPERTY_SCHEME);
    expect(copy).not.toBe(XX_PROPERTY_SCHEME);
    (copy.grades as unknown as { label: string }[])[0]!.label = '改';
    expect(XX_PROPERTY_SCHEME.grades[0]?.label).toBe('重大投诉');
    expect(isGradeSchemePreset('RE_ESTATE')).toBe(true);
    expect(isGradeSchemePreset('OTHER')).toBe(false);
  });

  it('cites a source on every rule', () => {
    for (const p of GRADE_SCHEME_PRESETS) {
      for (const g of gradeSchemePreset(p).grades) for (const r of g.rules) expect(r.source, `${p}/${r.id}`).toBeTruthy();
    }
  });
});
