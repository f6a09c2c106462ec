import { describe, expect, it } from 'vitest';
import {
  attachChildren,
  distinctRoleUnits,
  findNode,
  loadedKeys,
  pathTo,
  pruneNestedRoots,
  rootNodes,
  treeKeys,
  type OrgUnitSummary,
} from './org-tree-model';

const unit = (id: string, parentId: string | null = null, level = 'PROJECT'): OrgUnitSummary => ({
  id,
  name: id,
  code: `C-${id}`,
  level,
  levelLabel: null,
  parentId,
});

describe('distinctRoleUnits', () => {
  it('keeps one root per org unit, in role order, and skips roles without a unit', () => {
    const group = { id: 'g', name: '鸿远地产集团', level: 'GROUP' };
    const project = { id: 'p', name: '项目', level: 'PROJECT' };
    const units = distinctRoleUnits([
      { orgUnit: group },
      { orgUnit: null },
      { orgUnit: project },
      { orgUnit: group },
    ]);
    expect(units.map((u) => u.id)).toEqual(['g', 'p']);
    expect(units[0]).toMatchObject({ name: '鸿远地产集团', code: null, parentId: null });
  });
});

describe('pruneNestedRoots', () => {
  it('drops a root whose known ancestor chain reaches another root', () => {
    const known = new Map([
      ['g', unit('g', null, 'GROUP')],
      ['r', unit('r', 'g', 'REGION')],
      ['c', unit('c', 'r', 'CITY')],
      ['x', unit('x', 'elsewhere', 'CITY')],
    ]);
    const roots = [unit('c', 'r'), unit('g', null), unit('x', 'elsewhere')];
    expect(pruneNestedRoots(roots, known).map((r) => r.id)).toEqual(['g', 'x']);
  });

  it('survives a cycle in bad data', () => {
    const known = new Map([
      ['a', unit('a', 'b')],
      ['b', unit('b', 'a')],
    ]);
    expect(pruneNestedRoots([unit('a', 'b')], known).map((r) => r.id)).toEqual(['a']);
  });
});

describe('attachChildren', () => {
  it('puts children under their parent without touching the original tree', () => {
    const tree = rootNodes([unit('g')]);
    const next = attachChildren(tree, 'g', ['r1', 'r2']);
    expect(next).toEqual([{ key: 'g', isLeaf: false, children: [{ key: 'r1' }, { key: 'r2' }] }]);
    expect(tree).toEqual([{ key: 'g' }]);
  });

  it('marks a node without children as a leaf', () => {
    const next = attachChildren([{ key: 'g', children: [{ key: 'p' }] }], 'p', []);
    expect(findNode(next, 'p')).toEqual({ key: 'p', children: [], isLeaf: true });
  });

  it('moves a root found below another root into place, keeping its loaded subtree', () => {
    let tree = rootNodes([unit('g'), unit('c')]);
    tree = attachChildren(tree, 'c', ['p1']);
    tree = attachChildren(tree, 'g', ['r']);
    tree = attachChildren(tree, 'r', ['c', 'c2']);
    expect(tree.map((n) => n.key)).toEqual(['g']);
    expect(findNode(tree, 'c')?.children).toEqual([{ key: 'p1' }]);
    expect([...treeKeys(tree)].sort()).toEqual(['c', 'c2', 'g', 'p1', 'r']);
  });
});

describe('reloading children after a change', () => {
  it('keeps the loaded subtree of a child that is still there and drops one that left', () => {
    let tree = rootNodes([unit('g')]);
    tree = attachChildren(tree, 'g', ['r1', 'r2']);
    tree = attachChildren(tree, 'r1', ['c1']);
    tree = attachChildren(tree, 'g', ['r1', 'r3']);
    expect(findNode(tree, 'r1')?.children).toEqual([{ key: 'c1' }]);
    expect(findNode(tree, 'r2')).toBeUndefined();
    expect(findNode(tree, 'r3')).toEqual({ key: 'r3' });
  });

  it('lists loaded keys and the path down to a node', () => {
    let tree = rootNodes([unit('g')]);
    tree = attachChildren(tree, 'g', ['r']);
    tree = attachChildren(tree, 'r', []);
    expect(loadedKeys(tree)).toEqual(['g', 'r']);
    expect(pathTo(tree, 'r')).toEqual(['g', 'r']);
    expect(pathTo(tree, 'x')).toEqual([]);
  });
});
