/**
 * Retention of personal data (opt-in in the settings): finished cases whose last event is older
 * than N months are deleted, after the operator has seen how many.
 *
 * Which cases: every status where nothing is due any more — closed, answered, not subject to an
 * answer and converted to an official appeal. Once an outcome is reached the captured text and the
 * author's name serve only the report, and the report needs at most the current and the previous
 * quarter (the settings refuse fewer than 6 months). An appeal under 59-FZ is kept by the document
 * system under its own rules; the copy here is a duplicate of the personal data. Open cases —
 * an interim answer waiting for the final one included — are never deleted, however old.
 *
 * Age counts from the case's last event (its outcome, its closing or a later note), so a case
 * someone touched recently stays.
 */
import type { CaseStatus } from '../cases/status';
import type { CaseRow } from '../db/case-row';
import type { OtklikDB } from '../db/database';
import { forgetNotifications } from '../db/notified';

export const RETAINED_UNTIL_FINISHED: readonly CaseStatus[] = ['closed', 'answered', 'notSubject', 'appeal'];

/** `now` minus N calendar months (UTC; the 31st becomes the month's last day). */
export function retentionCutoff(months: number, now: number): number {
  const date = new Date(now);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.getTime();
}

function lastEventAt(row: CaseRow): number {
  return row.events.reduce((latest, event) => Math.max(latest, event.at), row.detectedAt);
}

function expired(db: OtklikDB, cutoff: number) {
  return db.cases
    .where('status')
    .anyOf(RETAINED_UNTIL_FINISHED as CaseStatus[])
    .filter((row) => lastEventAt(row) < cutoff);
}

export interface RetentionPreview {
  count: number;
  /** Cases whose last event is before this moment are deleted. */
  cutoff: number;
  /** The oldest last-event time among them, when there are any. */
  oldest?: number;
}

export async function retentionPreview(db: OtklikDB, months: number, now: number): Promise<RetentionPreview> {
  const cutoff = retentionCutoff(months, now);
  let count = 0;
  let oldest = Infinity;
  await expired(db, cutoff).each((row) => {
    count += 1;
    oldest = Math.min(oldest, lastEventAt(row));
  });
  return count === 0 ? { count, cutoff } : { count, cutoff, oldest };
}

/** Deletes the cases the preview counted (and what was notified about them); returns how many. */
export async function retentionRun(db: OtklikDB, months: number, now: number): Promise<{ deleted: number; cutoff: number }> {
  const cutoff = retentionCutoff(months, now);
  return db.transaction('rw', db.cases, db.notified, async () => {
    const ids = await expired(db, cutoff).primaryKeys();
    await db.cases.bulkDelete(ids);
    await forgetNotifications(db, ids);
    return { deleted: ids.length, cutoff };
  });
}
