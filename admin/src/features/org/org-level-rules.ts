import { ALLOWED_PARENT_LEVELS, ORG_LEVELS, ROLE_ALLOWED_LEVELS, isOrgLevel, isRole } from '@kesu/domain';
import type { OrgLevel } from '../../graphql/generated/graphql';

// The level rules live once in @kesu/domain (the server enforces the same table); these helpers only read
// them from the other direction, "what may sit under this unit", which is the question the admin asks.

/** Levels a new unit may have under a parent of `parentLevel`, in hierarchy order; none for an unknown level. */
export function childLevelsOf(parentLevel: string): OrgLevel[] {
  if (!isOrgLevel(parentLevel)) return [];
  return ORG_LEVELS.filter((level) => ALLOWED_PARENT_LEVELS[level].includes(parentLevel));
}

/** Levels a unit of `level` may be moved under. */
export function parentLevelsOf(level: string): OrgLevel[] {
  return isOrgLevel(level) ? [...ALLOWED_PARENT_LEVELS[level]] : [];
}

/** Levels at which a role may be held; `undefined` means at any unit. */
export function roleLevels(role: string): OrgLevel[] | undefined {
  if (!isRole(role)) return undefined;
  const levels = ROLE_ALLOWED_LEVELS[role];
  return levels ? [...levels] : undefined;
}

/** Code rule of the server (fields.code in server/src/graphql/validation.ts), checked early for a quick hint. */
export const ORG_CODE_PATTERN = /^[A-Za-z0-9_-]+$/;
