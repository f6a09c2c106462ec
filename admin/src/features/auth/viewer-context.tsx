import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { AbilityProvider, abilityFromRules } from './ability';
import type { Viewer } from './auth-operations';

const ViewerContext = createContext<Viewer | null>(null);

/**
 * Holds `me` (user, role assignments and packed CASL rules) and provides the ability built from those rules, so
 * pages below can use `useViewer()`, `useAbility()` and `<Can>`.
 */
export function ViewerProvider({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  const ability = useMemo(() => abilityFromRules(viewer.rules), [viewer.rules]);
  return (
    <ViewerContext.Provider value={viewer}>
      <AbilityProvider ability={ability}>{children}</AbilityProvider>
    </ViewerContext.Provider>
  );
}

export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer must be used below <ViewerProvider> (inside the signed-in layout)');
  return viewer;
}
