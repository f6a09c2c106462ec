import { describe, expect, it } from 'vitest';
import {
  CHANNELS,
  CHANNEL_LABELS,
  COMPLAINT_FLAGS,
  COMPLAINT_FLAG_LABELS,
  COMPLAINT_KINDS,
  COMPLAINT_KIND_LABELS,
  isChannel,
  isComplaintFlag,
  isComplaintKind,
  validateComplaintFacts,
} from './complaint-facts.js';
import type { ComplaintFacts } from './complaint-facts.js';

const facts: ComplaintFacts = {
  kind: 'COMPLAINT',
  householdCount: 1,
  compensationAmount: null,
  flags: [],
  overdue: false,
  categoryCode: null,
};

describe('complaint facts (RULES.md §2, API.md createComplaint)', () => {
  it('has the codes of API.md with Chinese labels', () => {
    expect(COMPLAINT_KINDS).toEqual(['COMPLAINT', 'DEMAND', 'WARNING']);
    expect(COMPLAINT_FLAGS).toEqual([
      'DELIVERY_DELAY',
      'TITLE_DELAY',
      'KPI_IMPACT',
      'CASUALTIES',
      'MEDIA_EXPOSURE',
      'LITIGATION',
      'GROUP_LITIGATION_RISK',
    ]);
    expect(CHANNELS).toEqual(['PHONE', 'VISIT', 'LETTER', 'EMAIL', 'WEB', 'APP', 'MEDIA', 'PROPERTY_REFERRAL']);
    for (const [codes, labels] of [
      [COMPLAINT_KINDS, COMPLAINT_KIND_LABELS],
      [COMPLAINT_FLAGS, COMPLAINT_FLAG_LABELS],
      [CHANNELS, CHANNEL_LABELS],
    ] as const) {
      for (const code of codes) expect((labels as Record<string, string>)[code]).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(isComplaintKind('DEMAND')).toBe(true);
    expect(isComplaintFlag('LITIGATION')).toBe(true);
    expect(isChannel('PROPERTY_REFERRAL')).toBe(true);
    expect(isComplaintKind('complaint')).toBe(false);
  });

  it('validates facts field by field (issue 4: bad input names the field)', () => {
    expect(validateComplaintFacts(facts)).toEqual([]);
    const problems = validateComplaintFacts({
      ...facts,
      householdCount: -1,
      compensationAmount: '1.234',
      flags: ['FIRE' as never],
      categoryCode: '',
    });
    expect(problems.map((p) => p.field)).toEqual(['householdCount', 'compensationAmount', 'flags', 'categoryCode']);
    expect(validateComplaintFacts({ ...facts, householdCount: 2.5 })[0]?.message).toContain('非负整数');
  });
});
