import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'react';

export type ReportData<T> = { data: T | undefined; error: unknown; loading: boolean };

/**
 * A report's figures, live: loaded for `key` (the report and its settings) and loaded
 * again whenever a posting changes what it read. The last figures stay on screen while
 * new ones load (unless `keepWhileLoading` is false); a failure is kept for the page to
 * show instead of breaking it.
 */
export function useReportData<T>(key: string, load: () => Promise<T>, keepWhileLoading = true): ReportData<T> {
  const [state, setState] = useState<ReportData<T>>({ data: undefined, error: null, loading: true });
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    setState((current) => (keepWhileLoading ? { ...current, loading: true } : { data: undefined, error: null, loading: true }));
    const subscription = liveQuery(() => loadRef.current()).subscribe({
      next: (data) => setState({ data, error: null, loading: false }),
      error: (error: unknown) => setState({ data: undefined, error: error ?? new Error('report'), loading: false }),
    });
    return () => subscription.unsubscribe();
  }, [key, keepWhileLoading]);
  return state;
}
