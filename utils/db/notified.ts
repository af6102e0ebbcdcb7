/**
 * Which notification fired for which case, stage and threshold, so each fires once — even when
 * the service worker or the browser restarts between two checks (issue 5).
 */
import type { NotifiedRow, OtklikDB } from './database';

/** Threshold value recorded for the "now overdue" notification. */
export const OVERDUE_THRESHOLD = 0;

export interface NotificationKey {
  caseId: string;
  stage: string;
  /** Working minutes before the due moment; OVERDUE_THRESHOLD for the overdue notification. */
  threshold: number;
  dueAt: number;
}

/**
 * Records that the notification is being fired and returns true — or returns false when it was
 * already fired for the same due moment. Atomic: two callers racing get one true between them.
 * When the stage's due moment changed (re-routed, reopened), it may fire again.
 */
export async function claimNotification(db: OtklikDB, key: NotificationKey, now: number): Promise<boolean> {
  return db.transaction('rw', db.notified, async () => {
    const existing = await db.notified.get([key.caseId, key.stage, key.threshold]);
    if (existing && existing.dueAt === key.dueAt) return false;
    const row: NotifiedRow = { ...key, firedAt: now };
    await db.notified.put(row);
    return true;
  });
}

/** Forgets a case's notifications (the case was deleted). */
export async function forgetNotifications(db: OtklikDB, caseIds: readonly string[]): Promise<number> {
  if (caseIds.length === 0) return 0;
  return db.notified.where('caseId').anyOf(caseIds).delete();
}
