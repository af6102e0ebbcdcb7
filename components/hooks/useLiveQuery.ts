/**
 * `useLiveQuery(() => queryQueue(db, filter), [filter...])`: runs a Dexie query and re-runs it
 * whenever the data it read changes — in this page, another page or the service worker (Dexie
 * broadcasts committed writes to every context of the extension's origin). Built on Dexie's
 * `liveQuery` and preact/hooks, without dexie-react-hooks (and its React peer).
 *
 * Returns `{ value, error, loading }`: `value` keeps the previous result while a re-run is pending,
 * so a list does not flash empty on every change.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export interface LiveQueryState<T> {
  value: T | undefined;
  error: unknown;
  loading: boolean;
}

export function useLiveQuery<T>(query: () => T | Promise<T>, deps: readonly unknown[]): LiveQueryState<T> {
  const [state, setState] = useState<LiveQueryState<T>>({ value: undefined, error: undefined, loading: true });
  useEffect(() => {
    setState((previous) => ({ ...previous, loading: true }));
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: undefined, loading: false }),
      error: (error: unknown) => setState((previous) => ({ value: previous.value, error, loading: false })),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
  }, deps);
  return state;
}
