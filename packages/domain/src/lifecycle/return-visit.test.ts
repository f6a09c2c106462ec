import { describe, expect, it } from 'vitest';
import {
  RETURN_VISIT_ITEMS,
  RETURN_VISIT_ITEM_LABELS,
  isSatisfiedScore,
  isValidScore,
  returnVisitRequirement,
  sampleFraction,
} from './return-visit.js';

describe('return-visit coverage (XX 4.3 回访率; RULES.md §5)', () => {
  it('XX 4.3 回访率 1: every complaint is visited, ≥ 80 % on site', () => {
    expect(returnVisitRequirement({ kind: 'COMPLAINT', confirmationScore: 5, sampleKey: 'x' })).toMatchObject({ required: true, onSiteTarget: 0.8 });
  });

  it('XX 4.3 回访率 2: a demand scored below 5 (or not scored) is always visited, ≥ 80 % on site', () => {
    for (const score of [1, 2, 3, 4, null]) {
      expect(returnVisitRequirement({ kind: 'DEMAND', confirmationScore: score, sampleKey: 'x' })).toMatchObject({ required: true, onSiteTarget: 0.8 });
    }
  });

  it('XX 4.3 回访率 2: fully satisfied demands are sampled at 15 %, deterministically by key', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `XQ-2611-${String(i + 1).padStart(4, '0')}`);
    const sampled = keys.filter((k) => returnVisitRequirement({ kind: 'DEMAND', confirmationScore: 5, sampleKey: k }).required);
    expect(sampled.length / keys.length).toBeGreaterThan(0.14);
    expect(sampled.length / keys.length).toBeLessThan(0.16);
    // Same key, same answer — on the server, in the admin, on every run.
    for (const k of keys.slice(0, 200)) {
      expect(returnVisitRequirement({ kind: 'DEMAND', confirmationScore: 5, sampleKey: k })).toEqual(
        returnVisitRequirement({ kind: 'DEMAND', confirmationScore: 5, sampleKey: k }),
      );
    }
    expect(returnVisitRequirement({ kind: 'DEMAND', confirmationScore: 5, sampleKey: 'k' }).onSiteTarget).toBe(0.2);
    expect(returnVisitRequirement({ kind: 'DEMAND', confirmationScore: 5, sampleKey: 'k' }, 1).required).toBe(true);
    expect(returnVisitRequirement({ kind: 'DEMAND', confirmationScore: 5, sampleKey: 'k' }, 0).required).toBe(false);
  });

  it('warnings are not visited', () => {
    expect(returnVisitRequirement({ kind: 'WARNING', confirmationScore: null, sampleKey: 'x' }).required).toBe(false);
  });

  it('spreads sample keys over [0, 1)', () => {
    const values = Array.from({ length: 1000 }, (_, i) => sampleFraction(`TS-2611-${i}`));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.filter((v) => v < 0.5).length).toBeGreaterThan(400);
  });

  it('scores 1–5; below 3 is unsatisfied (ours); XX 4.3 回访内容 lists five items', () => {
    expect(isValidScore(0)).toBe(false);
    expect(isValidScore(5)).toBe(true);
    expect(isValidScore(4.5)).toBe(false);
    expect(isSatisfiedScore(2)).toBe(false);
    expect(isSatisfiedScore(3)).toBe(true);
    expect(isSatisfiedScore(4, 5)).toBe(false);
    expect(RETURN_VISIT_ITEMS.map((i) => RETURN_VISIT_ITEM_LABELS[i])).toEqual([
      '服务质量的评价',
      '服务效果的评价',
      '客户的满意程度评价',
      '缺点与不足评价',
      '客户的建议',
    ]);
  });
});
