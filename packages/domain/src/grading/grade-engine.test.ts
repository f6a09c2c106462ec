import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ComplaintFacts, ComplaintFlag } from '../complaint-facts.js';
import { COMPLAINT_FLAGS } from '../complaint-facts.js';
import { formatYuan } from '../money.js';
import { GradeSchemeError, compileGradeScheme, grade } from './grade-engine.js';
import { describeCondition, describeGradePolicy, validateGradeScheme } from './grade-scheme.js';
import type { GradePolicy, GradeScheme } from './grade-scheme.js';
import { CG_KEY_EVENT_SCHEME, GRADE_SCHEME_PRESETS, gradeSchemePreset } from './presets.js';

const policy: GradePolicy = {
  responseMinutes: 60,
  resolutionWorkingDays: 5,
  escalatedResolutionWorkingDays: 15,
  escalationTarget: null,
  startsEmergencyTeam: false,
  requiresAccountability: false,
  notifyGroupImmediately: false,
};

const facts = (over: Partial<ComplaintFacts> = {}): ComplaintFacts => ({
  kind: 'COMPLAINT',
  householdCount: 1,
  compensationAmount: null,
  flags: [],
  overdue: false,
  categoryCode: null,
  ...over,
});

/** A scheme exercising every condition type (RULES.md §4: households, money, flags, overdue, category, kind). */
const scheme: GradeScheme = {
  code: 'TEST',
  name: '测试方案',
  defaultGradeCode: 'LOW',
  grades: [
    { code: 'LOW', label: '低', rank: 0, policy, rules: [] },
    {
      code: 'MID',
      label: '中',
      rank: 5,
      policy,
      rules: [
        { id: 'CAT', conditions: [{ fact: 'category', codes: ['ENGINEERING', 'DESIGN'] }] },
        { id: 'DEMAND', conditions: [{ fact: 'kind', kinds: ['DEMAND'] }] },
        { id: 'OVERDUE', conditions: [{ fact: 'overdue' }] },
      ],
    },
    {
      code: 'HIGH',
      label: '高',
      rank: 9,
      policy: { ...policy, requiresAccountability: true },
      rules: [
        { id: 'HH', source: '测试 1', conditions: [{ fact: 'householdCount', op: 'GTE', value: 10 }] },
        {
          id: 'MONEY_RANGE',
          conditions: [
            { fact: 'compensationAmount', op: 'GTE', value: '500.00' },
            { fact: 'compensationAmount', op: 'LT', value: '600' },
          ],
        },
        { id: 'MEDIA', conditions: [{ fact: 'flag', flag: 'MEDIA_EXPOSURE' }] },
      ],
    },
  ],
};

describe('grading engine (RULES.md §4)', () => {
  it('returns the default grade when no rule fires, and says so', () => {
    const r = grade(scheme, facts());
    expect(r.grade).toEqual({ code: 'LOW', label: '低', rank: 0 });
    expect(r.isDefault).toBe(true);
    expect(r.fired).toEqual([]);
    expect(r.explanation).toBe('未命中任何分级规则，定为默认等级「低」');
  });

  it('evaluates each condition type', () => {
    expect(grade(scheme, facts({ categoryCode: 'DESIGN' })).grade.code).toBe('MID');
    expect(grade(scheme, facts({ categoryCode: 'MARKETING' })).grade.code).toBe('LOW');
    expect(grade(scheme, facts({ kind: 'DEMAND' })).grade.code).toBe('MID');
    expect(grade(scheme, facts({ overdue: true })).grade.code).toBe('MID');
    expect(grade(scheme, facts({ householdCount: 10 })).grade.code).toBe('HIGH');
    expect(grade(scheme, facts({ householdCount: 9 })).grade.code).toBe('LOW');
    expect(grade(scheme, facts({ flags: ['MEDIA_EXPOSURE'] })).grade.code).toBe('HIGH');
    expect(grade(scheme, facts({ flags: ['LITIGATION'] })).grade.code).toBe('LOW');
  });

  it('needs every condition of a rule (AND) and any rule of a grade (OR); ≥ is inclusive, < exclusive', () => {
    expect(grade(scheme, facts({ compensationAmount: '499.99' })).grade.code).toBe('LOW');
    expect(grade(scheme, facts({ compensationAmount: '500' })).grade.code).toBe('HIGH');
    expect(grade(scheme, facts({ compensationAmount: '599.99' })).grade.code).toBe('HIGH');
    expect(grade(scheme, facts({ compensationAmount: '600.00' })).grade.code).toBe('LOW');
  });

  it('picks the highest-ranked matching grade and explains every rule that fired, in Chinese', () => {
    const r = grade(scheme, facts({ householdCount: 120, flags: ['MEDIA_EXPOSURE'], overdue: true, compensationAmount: '550' }));
    expect(r.grade.code).toBe('HIGH');
    expect(r.policy.requiresAccountability).toBe(true);
    expect(r.fired.map((f) => `${f.gradeCode}/${f.ruleId}`)).toEqual(['HIGH/HH', 'HIGH/MONEY_RANGE', 'HIGH/MEDIA', 'MID/OVERDUE']);
    expect(r.fired[0]).toEqual({ gradeCode: 'HIGH', gradeLabel: '高', ruleId: 'HH', source: '测试 1', description: '涉及户数 120 ≥ 10' });
    expect(r.fired[1]?.description).toBe('涉及金额 550.00 元 ≥ 500.00 元 且 < 600.00 元');
    expect(r.explanation).toBe(
      '高：涉及户数 120 ≥ 10；涉及金额 550.00 元 ≥ 500.00 元 且 < 600.00 元；已被媒体曝光。另满足 中：已超过规定期限仍未形成最终解决方案',
    );
  });

  it('treats a missing amount as zero and rejects malformed facts', () => {
    expect(grade(scheme, facts({ compensationAmount: null })).grade.code).toBe('LOW');
    expect(() => grade(scheme, facts({ compensationAmount: '1.001' }))).toThrow(/最多两位小数/);
    expect(() => grade(scheme, facts({ householdCount: -1 }))).toThrow(RangeError);
    expect(() => grade(scheme, facts({ householdCount: 1.5 }))).toThrow(RangeError);
  });

  it('lets a scheme grade only some kinds (XX 4.1.2.1 grades 投诉 only)', () => {
    const onlyComplaints: GradeScheme = { ...scheme, code: 'ONLY', gradedKinds: ['COMPLAINT'] };
    const r = grade(onlyComplaints, facts({ kind: 'DEMAND', householdCount: 500 }));
    expect(r.grade.code).toBe('LOW');
    expect(r.isDefault).toBe(true);
    expect(r.explanation).toBe('客户需求不适用「测试方案」的分级规则，定为默认等级「低」');
  });

  it('compiles once per scheme object', () => {
    expect(compileGradeScheme(scheme)).toBe(compileGradeScheme(scheme));
    expect(grade(compileGradeScheme(scheme), facts({ householdCount: 10 })).grade.code).toBe('HIGH');
  });
});

describe('grade scheme validation (schemes are published as JSON versions)', () => {
  it('accepts every preset', () => {
    for (const preset of GRADE_SCHEME_PRESETS) expect(validateGradeScheme(gradeSchemePreset(preset))).toEqual([]);
  });

  it('survives a JSON round trip unchanged', () => {
    const copy = JSON.parse(JSON.stringify(CG_KEY_EVENT_SCHEME)) as GradeScheme;
    expect(copy).toEqual(CG_KEY_EVENT_SCHEME);
    expect(grade(copy, facts({ householdCount: 100 })).grade.code).toBe('A1');
  });

  it('lists every problem with its path', () => {
    const broken = {
      code: 'bad code',
      name: '',
      defaultGradeCode: 'NOPE',
      gradedKinds: ['ALIEN'],
      grades: [
        {
          code: 'X',
          label: '甲',
          rank: 1,
          policy: { ...policy, responseMinutes: 0, escalationTarget: 'MOON' },
          rules: [
            { id: 'R', conditions: [] },
            { id: 'R', conditions: [{ fact: 'householdCount', op: 'GT', value: -3 }] },
            { id: 'M', conditions: [{ fact: 'compensationAmount', op: 'GTE', value: '1.234' }] },
            { id: 'F', conditions: [{ fact: 'flag', flag: 'FIRE' }, { fact: 'weather' }] },
          ],
        },
        { code: 'X', label: '', rank: 1, policy, rules: [] },
      ],
    } as unknown as GradeScheme;
    const problems = validateGradeScheme(broken);
    expect(problems.map((p) => p.path)).toEqual([
      'code',
      'name',
      'gradedKinds[0]',
      'grades[0].policy.responseMinutes',
      'grades[0].policy.escalationTarget',
      'grades[0].rules[0].conditions',
      'grades[0].rules[1].id',
      'grades[0].rules[1].conditions[0].op',
      'grades[0].rules[1].conditions[0].value',
      'grades[0].rules[2].conditions[0].value',
      'grades[0].rules[3].conditions[0].flag',
      'grades[0].rules[3].conditions[1].fact',
      'grades[1].code',
      'grades[1].label',
      'grades[1].rank',
      'defaultGradeCode',
    ]);
    expect(() => grade(broken, facts())).toThrow(GradeSchemeError);
    expect(() => grade(broken, facts())).toThrow(/分级方案有误/);
  });

  it('describes conditions and policies for the admin', () => {
    expect(describeCondition({ fact: 'householdCount', op: 'GTE', value: 100 })).toBe('涉及户数 ≥ 100');
    expect(describeCondition({ fact: 'compensationAmount', op: 'LT', value: '2000' })).toBe('涉及金额 < 2,000.00 元');
    expect(describeCondition({ fact: 'kind', kinds: ['DEMAND'] })).toBe('记录类型为 客户需求');
    expect(describeGradePolicy(CG_KEY_EVENT_SCHEME.grades[0]!.policy)).toBe(
      '1 小时内响应；5 个工作日内处理完毕（升级后 15 个工作日）；立即上报至集团；立即通报集团客户关系部；启动应急小组；须问责追责',
    );
  });
});

describe('grading is monotone (property, RULES.md §4: thresholds are "(含)以上")', () => {
  const flagsArb = fc.subarray([...COMPLAINT_FLAGS] as ComplaintFlag[]);
  const factsArb = fc.record({
    kind: fc.constantFrom('COMPLAINT' as const, 'DEMAND' as const, 'WARNING' as const),
    householdCount: fc.integer({ min: 0, max: 400 }),
    fen: fc.oneof(fc.integer({ min: 0, max: 1_100_000 }), fc.integer({ min: 0, max: 300_000_000 })),
    flags: flagsArb,
    overdue: fc.boolean(),
  });

  for (const preset of GRADE_SCHEME_PRESETS) {
    it(`${preset}: more households or more money never lowers the grade`, () => {
      const s = gradeSchemePreset(preset);
      fc.assert(
        fc.property(
          factsArb,
          fc.integer({ min: 0, max: 200 }),
          fc.integer({ min: 0, max: 250_000_000 }),
          (f, moreHouseholds, moreFen) => {
            const base = facts({ ...f, compensationAmount: formatYuan(f.fen) });
            const rank = grade(s, base).grade.rank;
            expect(grade(s, { ...base, householdCount: f.householdCount + moreHouseholds }).grade.rank).toBeGreaterThanOrEqual(rank);
            expect(grade(s, { ...base, compensationAmount: formatYuan(f.fen + moreFen) }).grade.rank).toBeGreaterThanOrEqual(rank);
            // Adding a flag or becoming overdue never lowers it either.
            expect(grade(s, { ...base, overdue: true }).grade.rank).toBeGreaterThanOrEqual(rank);
          },
        ),
        { numRuns: 500 },
      );
    });
  }
});
