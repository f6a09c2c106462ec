import { useCallback, useState } from 'react';

/**
 * Page-by-page navigation over a Relay connection: the `after` cursor of every page reached so far is kept, so
 * "previous" goes back exactly and "next" continues from the last row shown. Changing the filter starts over.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [page, setPage] = useState(0);

  const next = useCallback(
    (endCursor: string | null | undefined) => {
      if (!endCursor) return;
      setCursors((current) => [...current.slice(0, page + 1), endCursor]);
      setPage((p) => p + 1);
    },
    [page],
  );
  const previous = useCallback(() => setPage((p) => Math.max(0, p - 1)), []);
  const reset = useCallback(() => {
    setCursors([null]);
    setPage(0);
  }, []);

  return { after: cursors[page] ?? null, page, next, previous, reset };
}
