import { ALLOWED_PARENT_LEVELS, ORG_LEVEL_LABELS, ORG_LEVELS } from '../org-levels.js';
import type { OrgLevel } from '../org-levels.js';

/**
 * Escalation goes up the org hierarchy (RULES.md §6; CG §4.1, XX 4.2.1 item 3): project → city / area → region →
 * group on the developer side; service centre → project management centre → group (the group's 品管中心, XX 4.5)
 * on the property side. The chain is configuration per group: for each level, the levels that take over from it,
 * in order of preference.
 */
export type EscalationChain = Readonly<Partial<Record<OrgLevel, readonly OrgLevel[]>>>;

export const DEFAULT_ESCALATION_CHAIN: EscalationChain = {
  PROJECT: ['CITY', 'AREA'],
  CITY: ['REGION'],
  AREA: ['REGION'],
  REGION: ['GROUP'],
  SERVICE_CENTER: ['PROJECT_MGMT_CENTER'],
  PROJECT_MGMT_CENTER: ['GROUP'],
  PROPERTY_COMPANY: ['GROUP'],
  GROUP: [],
};

/**
 * The level a complaint owned at `current` goes to when escalated, or `null` at the top. Without `ancestorLevels`
 * the chain's first choice is returned. With the levels actually above the complaint's unit (nearest first, e.g.
 * `['AREA', 'REGION', 'GROUP']` for a project directly under a 片区) the nearest ancestor among the chain's choices
 * wins, and a choice absent from the hierarchy is skipped by following the chain on from it.
 */
export function nextEscalationLevel(
  current: OrgLevel,
  chain: EscalationChain = DEFAULT_ESCALATION_CHAIN,
  ancestorLevels?: readonly OrgLevel[],
): OrgLevel | null {
  const choices = chain[current] ?? [];
  if (ancestorLevels === undefined) return choices[0] ?? null;
  const seen = new Set<OrgLevel>([current]);
  let frontier: readonly OrgLevel[] = choices;
  while (frontier.length > 0) {
    const nearest = ancestorLevels.find((level) => frontier.includes(level));
    if (nearest !== undefined) return nearest;
    const further: OrgLevel[] = [];
    for (const level of frontier) {
      if (seen.has(level)) continue;
      seen.add(level);
      for (const next of chain[level] ?? []) if (!seen.has(next)) further.push(next);
    }
    frontier = further;
  }
  return null;
}

/** Levels that can be above `level` in some hierarchy (transitively through ALLOWED_PARENT_LEVELS). */
export function possibleAncestorLevels(level: OrgLevel): OrgLevel[] {
  const found = new Set<OrgLevel>();
  const visit = (l: OrgLevel) => {
    for (const parent of ALLOWED_PARENT_LEVELS[l]) {
      if (!found.has(parent)) {
        found.add(parent);
        visit(parent);
      }
    }
  };
  visit(level);
  return ORG_LEVELS.filter((l) => found.has(l));
}

/** Whether escalating from `from` to `to` goes up. */
export function isEscalationUpward(from: OrgLevel, to: OrgLevel): boolean {
  return possibleAncestorLevels(from).includes(to);
}

/** Every choice in a chain must be a level that can sit above the level it takes over from (so no cycles). */
export function validateEscalationChain(chain: EscalationChain): string[] {
  const problems: string[] = [];
  for (const level of ORG_LEVELS) {
    for (const next of chain[level] ?? []) {
      if (!isEscalationUpward(level, next)) {
        problems.push(`${ORG_LEVEL_LABELS[level]}不能升级到${ORG_LEVEL_LABELS[next] ?? String(next)}：升级只能向上级组织`);
      }
    }
  }
  return problems;
}
