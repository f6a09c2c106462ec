import { ORG_LEVELS } from '@kesu/domain';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useViewer } from '../auth/viewer-context';
import { currentReportMonth, isReportMonth } from './report-period';

export interface ReportScope {
  unitId: string | undefined;
  month: string;
  /** The viewer's top unit: where the dashboard opens and where the breadcrumb starts. */
  homeUnitId: string | undefined;
  setUnitId: (unitId: string | undefined) => void;
  setMonth: (month: string) => void;
}

/**
 * Unit and month of the dashboard, kept in `?unit=&month=` so a reload, the back button and a shared link show the
 * same report. Defaults: the viewer's highest role unit and the report month running now.
 */
export function useReportScope(now?: Date): ReportScope {
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const homeUnitId = useMemo(() => {
    const depth = (level: string) => {
      const i = (ORG_LEVELS as readonly string[]).indexOf(level);
      return i < 0 ? ORG_LEVELS.length : i;
    };
    const units = viewer.roles.flatMap((r) => (r.orgUnit ? [r.orgUnit] : []));
    return [...units].sort((a, b) => depth(a.level) - depth(b.level))[0]?.id;
  }, [viewer.roles]);
  const monthParam = params.get('month');
  const month = isReportMonth(monthParam) ? monthParam : currentReportMonth(now);
  const unitId = params.get('unit') ?? homeUnitId;

  const update = useCallback(
    (name: string, value: string | undefined) =>
      // Drilling down is a navigation the back button should undo, so history entries are pushed.
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      }),
    [setParams],
  );
  const setUnitId = useCallback((id: string | undefined) => update('unit', id), [update]);
  const setMonth = useCallback((m: string) => update('month', m), [update]);
  return { unitId, month, homeUnitId, setUnitId, setMonth };
}
