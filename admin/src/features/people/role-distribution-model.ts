// Pure joining for the role overview: kept free of React so it can be unit-tested.

export interface UnitLike {
  id: string;
  name: string;
  level: string;
  levelLabel: string | null;
}

export interface HolderLike {
  id: string;
  name: string;
  login: string;
  roles: readonly { role: string; orgUnit: UnitLike | null }[];
}

export interface RoleDistributionRow {
  unit: UnitLike;
  holders: { id: string; name: string; login: string }[];
}

/**
 * One row per unit holding `role`, with its holders. With `units` (every unit where the role belongs, for a
 * role pinned to levels), units without a holder are listed too, in the given order: the gaps are the point.
 */
export function roleDistribution(
  role: string,
  holders: readonly HolderLike[],
  units?: readonly UnitLike[],
): RoleDistributionRow[] {
  const byUnit = new Map<string, RoleDistributionRow>();
  for (const unit of units ?? []) byUnit.set(unit.id, { unit, holders: [] });
  for (const holder of holders) {
    for (const grant of holder.roles) {
      if (grant.role !== role || !grant.orgUnit) continue;
      let row = byUnit.get(grant.orgUnit.id);
      if (!row) {
        row = { unit: grant.orgUnit, holders: [] };
        byUnit.set(grant.orgUnit.id, row);
      }
      if (!row.holders.some((h) => h.id === holder.id)) {
        row.holders.push({ id: holder.id, name: holder.name, login: holder.login });
      }
    }
  }
  const rows = [...byUnit.values()];
  // Without a unit list there is no natural order: sort by name so a unit is easy to find.
  return units ? rows : rows.sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'zh-CN'));
}
