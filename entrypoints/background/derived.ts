/**
 * The stored cases' derived fields (next due moment, queue order) follow every change of what they
 * are computed from: after a settings change, a custom regulation saved or deleted, a backup
 * restored, and on every service-worker start (a new version may ship changed presets; a refresh
 * cut short by the worker stopping is redone). One refresh at a time; see utils/db/derived.ts.
 */
import type { OtklikDB } from '../../utils/db/database';
import { refreshDerivedFields, type DerivedRefresh } from '../../utils/db/derived';

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs a refresh after the ones already queued. Never rejects: a failure is logged and the stored
 * fingerprints stay as they were, so the next refresh tries again.
 */
export function refreshDerived(db: OtklikDB): Promise<DerivedRefresh | undefined> {
  const run = queue.then(
    () => refreshDerivedFields(db),
    () => refreshDerivedFields(db),
  );
  queue = run.catch(() => undefined);
  return run.catch((error: unknown) => {
    console.error('Отклик: не удалось пересчитать сроки дел после изменения регламента или календаря', error);
    return undefined;
  });
}
