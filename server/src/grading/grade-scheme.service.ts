import { DEFAULT_TIME_LIMITS, gradeSchemePreset, type GradeSchemePreset } from '@kesu/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OrgUnit } from '../org/org-unit.entity.js';
import { GradeSchemeVersion } from './grade-scheme-version.entity.js';

/** Gives a group a first scheme version (effective from the beginning of time) unless it has one. */
export async function seedDefaultScheme(em: EntityManager, group: OrgUnit, preset: GradeSchemePreset = 'CG_KEY_EVENTS'): Promise<void> {
  if ((await em.count(GradeSchemeVersion, { orgUnit: group })) > 0) return;
  em.create(GradeSchemeVersion, {
    orgUnit: group,
    groupId: group.groupId,
    version: 1,
    effectiveFrom: new Date('2000-01-01T00:00:00Z'),
    presetCode: preset,
    scheme: gradeSchemePreset(preset),
    timeLimits: DEFAULT_TIME_LIMITS,
  });
  await em.flush();
}

/**
 * The scheme version that applies to a complaint about `unit` received at `at`: on the nearest unit (the unit
 * itself, then its ancestors) that has a version effective by then, the latest such version (RULES.md §4).
 */
export async function resolveSchemeVersion(em: EntityManager, unit: OrgUnit, at: Date): Promise<GradeSchemeVersion | null> {
  const chain = [...unit.ancestorIds(), unit.id];
  const candidates = await em.find(
    GradeSchemeVersion,
    { orgUnit: { $in: chain }, effectiveFrom: { $lte: at } },
    { orderBy: { effectiveFrom: 'desc', version: 'desc' } },
  );
  const depthOf = new Map(chain.map((id, depth) => [id, depth]));
  let best: GradeSchemeVersion | null = null;
  for (const candidate of candidates) {
    if (!best || depthOf.get(candidate.orgUnit.id)! > depthOf.get(best.orgUnit.id)!) best = candidate;
  }
  return best;
}
