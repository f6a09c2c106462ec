import { describe, expect, it } from 'vitest';
import { roleDistribution } from './role-distribution-model';

const unit = (id: string, name = id, level = 'PROJECT') => ({ id, name, level, levelLabel: null });

describe('roleDistribution', () => {
  it('lists every unit of the role’s level, vacant ones included, in the given order', () => {
    const rows = roleDistribution(
      'PROJECT_HEAD',
      [
        { id: 'u1', name: '吴云山', login: 'ysf.head', roles: [{ role: 'PROJECT_HEAD', orgUnit: unit('p1') }] },
        { id: 'u2', name: '张晓雯', login: 'ysf.agent', roles: [{ role: 'CS_AGENT', orgUnit: unit('p2') }] },
      ],
      [unit('p1'), unit('p2')],
    );
    expect(rows.map((r) => [r.unit.id, r.holders.map((h) => h.login)])).toEqual([
      ['p1', ['ysf.head']],
      ['p2', []],
    ]);
  });

  it('groups holders by unit when the role may sit anywhere, skipping hidden units', () => {
    const rows = roleDistribution('CS_AGENT', [
      { id: 'u1', name: 'A', login: 'a', roles: [{ role: 'CS_AGENT', orgUnit: unit('x', '乙') }] },
      { id: 'u2', name: 'B', login: 'b', roles: [{ role: 'CS_AGENT', orgUnit: unit('x', '乙') }, { role: 'CS_AGENT', orgUnit: null }] },
      { id: 'u3', name: 'C', login: 'c', roles: [{ role: 'CS_AGENT', orgUnit: unit('y', '甲') }] },
    ]);
    expect(rows.map((r) => [r.unit.id, r.holders.length])).toEqual([
      ['y', 1],
      ['x', 2],
    ]);
  });
});
