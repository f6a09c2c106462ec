// Pure tree bookkeeping for the org page, kept free of React and antd so it can be unit-tested.

export interface OrgUnitSummary {
  id: string;
  name: string;
  /** Unknown for roots taken from `me`, until the unit itself is loaded. */
  code: string | null;
  level: string;
  levelLabel: string | null;
  parentId: string | null;
}

export interface OrgTreeNode {
  key: string;
  /** Set once the children were loaded and there were none, so the tree drops the expand arrow. */
  isLeaf?: boolean;
  children?: OrgTreeNode[];
}

interface RoleLike {
  orgUnit: { id: string; name: string; level: string } | null;
}

/** One root per distinct assignment unit, in the order the roles came. */
export function distinctRoleUnits(roles: readonly RoleLike[]): OrgUnitSummary[] {
  const seen = new Set<string>();
  const units: OrgUnitSummary[] = [];
  for (const { orgUnit } of roles) {
    if (!orgUnit || seen.has(orgUnit.id)) continue;
    seen.add(orgUnit.id);
    units.push({ ...orgUnit, code: null, levelLabel: null, parentId: null });
  }
  return units;
}

/**
 * Drops roots that sit below another root as far as the known parent links tell. A role at a group and
 * another at one of its projects must not show that project twice; deeper nesting is caught later by
 * `attachChildren`, when loading reveals it.
 */
export function pruneNestedRoots(
  roots: readonly OrgUnitSummary[],
  unitsById: ReadonlyMap<string, OrgUnitSummary>,
): OrgUnitSummary[] {
  const rootIds = new Set(roots.map((r) => r.id));
  return roots.filter((root) => {
    const visited = new Set<string>([root.id]);
    let parentId = (unitsById.get(root.id) ?? root).parentId;
    while (parentId && !visited.has(parentId)) {
      if (rootIds.has(parentId)) return false;
      visited.add(parentId);
      parentId = unitsById.get(parentId)?.parentId ?? null;
    }
    return true;
  });
}

export function rootNodes(roots: readonly OrgUnitSummary[]): OrgTreeNode[] {
  return roots.map((r) => ({ key: r.id }));
}

function collectKeys(nodes: readonly OrgTreeNode[] | undefined, into: Set<string>): Set<string> {
  for (const node of nodes ?? []) {
    into.add(node.key);
    collectKeys(node.children, into);
  }
  return into;
}

/**
 * Puts loaded children under `parentKey` (immutably). A top-level node that turns out to be one of those
 * children is removed from the top level: it now appears in its place inside the subtree.
 */
export function attachChildren(
  tree: readonly OrgTreeNode[],
  parentKey: string,
  childKeys: readonly string[],
): OrgTreeNode[] {
  const moved = new Map<string, OrgTreeNode>();
  const childSet = new Set(childKeys);
  const topLevel = tree.filter((node) => {
    if (node.key !== parentKey && childSet.has(node.key)) {
      moved.set(node.key, node);
      return false;
    }
    return true;
  });

  const replace = (nodes: readonly OrgTreeNode[]): OrgTreeNode[] =>
    nodes.map((node) => {
      if (node.key === parentKey) {
        // Keep an already-expanded former root, or a child loaded before (a reload after a change), with its
        // loaded subtree instead of a bare node.
        const before = new Map((node.children ?? []).map((child) => [child.key, child]));
        const children = childKeys.map((key) => moved.get(key) ?? before.get(key) ?? { key });
        return children.length > 0 ? { ...node, children, isLeaf: false } : { ...node, children: [], isLeaf: true };
      }
      return node.children ? { ...node, children: replace(node.children) } : node;
    });

  return replace(topLevel);
}

export function findNode(tree: readonly OrgTreeNode[], key: string): OrgTreeNode | undefined {
  for (const node of tree) {
    if (node.key === key) return node;
    const found = node.children ? findNode(node.children, key) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** Keys whose children were loaded (the tree's `loadedKeys`): reloading is then our business, not the tree's. */
export function loadedKeys(tree: readonly OrgTreeNode[]): string[] {
  const keys: string[] = [];
  const walk = (nodes: readonly OrgTreeNode[]) => {
    for (const node of nodes) {
      if (node.children) {
        keys.push(node.key);
        walk(node.children);
      }
    }
  };
  walk(tree);
  return keys;
}

/** The chain of keys from a root down to `key` (inclusive), or an empty list when it is not in the tree. */
export function pathTo(tree: readonly OrgTreeNode[], key: string): string[] {
  for (const node of tree) {
    if (node.key === key) return [key];
    const below = node.children ? pathTo(node.children, key) : [];
    if (below.length > 0) return [node.key, ...below];
  }
  return [];
}

export function treeKeys(tree: readonly OrgTreeNode[]): Set<string> {
  return collectKeys(tree, new Set());
}
