import type { GradeSchemeVersion } from './grade-schemes-operations';

export type VersionStatus = 'CURRENT' | 'SCHEDULED' | 'PAST';

/**
 * Which version grades a new complaint about the unit now — the server's `resolveSchemeVersion`: among versions
 * already effective, the one on the nearest unit (the unit itself, then its ancestors upwards), and on that unit
 * the latest effective date (then the highest version number). `chain` is the unit's ancestors from the top
 * followed by the unit itself.
 */
export function currentVersion(
  versions: readonly GradeSchemeVersion[],
  chain: readonly string[],
  now: Date = new Date(),
): GradeSchemeVersion | null {
  const depth = (v: GradeSchemeVersion) => (v.orgUnit ? chain.indexOf(v.orgUnit.id) : -1);
  let best: GradeSchemeVersion | null = null;
  for (const v of versions) {
    if (new Date(v.effectiveFrom).getTime() > now.getTime()) continue;
    if (!best) {
      best = v;
      continue;
    }
    const d = depth(v) - depth(best);
    const later =
      new Date(v.effectiveFrom).getTime() - new Date(best.effectiveFrom).getTime() || v.version - best.version;
    if (d > 0 || (d === 0 && later > 0)) best = v;
  }
  return best;
}

export function versionStatus(version: GradeSchemeVersion, current: GradeSchemeVersion | null, now: Date = new Date()): VersionStatus {
  if (current && version.id === current.id) return 'CURRENT';
  return new Date(version.effectiveFrom).getTime() > now.getTime() ? 'SCHEDULED' : 'PAST';
}
