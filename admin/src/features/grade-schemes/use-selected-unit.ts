import { ORG_LEVELS } from '@kesu/domain';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useViewer } from '../auth/viewer-context';

/** The search parameter that carries the chosen org unit, so a reload or a shared link keeps it. */
export const UNIT_PARAM = 'unit';

/**
 * The org unit a configuration page works on: `?unit=` when given, else the viewer's top unit (the highest level
 * among their role assignments — the group for a group admin, the region for a regional admin).
 */
export function useSelectedUnit(): [string | undefined, (unitId: string | undefined) => void] {
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const fallback = useMemo(() => {
    const units = viewer.roles.flatMap((r) => (r.orgUnit ? [r.orgUnit] : []));
    const depth = (level: string) => {
      const i = (ORG_LEVELS as readonly string[]).indexOf(level);
      return i < 0 ? ORG_LEVELS.length : i;
    };
    return [...units].sort((a, b) => depth(a.level) - depth(b.level))[0]?.id;
  }, [viewer.roles]);
  const unitId = params.get(UNIT_PARAM) ?? fallback;
  const setUnitId = useCallback(
    (next: string | undefined) =>
      setParams(
        (previous) => {
          const updated = new URLSearchParams(previous);
          if (next) updated.set(UNIT_PARAM, next);
          else updated.delete(UNIT_PARAM);
          return updated;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [unitId, setUnitId];
}
