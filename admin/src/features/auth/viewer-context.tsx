import { createContext, useContext, type ReactNode } from 'react';
import type { Viewer } from './auth-operations';

const ViewerContext = createContext<Viewer | null>(null);

/** Holds `me` (user, role assignments and packed CASL rules) for pages that show or hide by permission. */
export function ViewerProvider({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer must be used below <ViewerProvider> (inside the signed-in layout)');
  return viewer;
}
