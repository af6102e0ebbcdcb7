/**
 * Which notification fired for which case, stage and threshold, so each fires once — even when
 * the service worker or the browser restarts between two checks (issue 5).
 */
import { Dexie } from 'dexie';
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

const primaryKey = (key: NotificationKey): [string, string, number] => [key.caseId, key.stage, key.threshold];

/** A notification's key with its due moment, as a string (the `known` set of claimNotifications). */
export const firedKey = (key: NotificationKey): string => `${key.caseId}|${key.stage}|${key.threshold}|${key.dueAt}`;

/** Beyond this many entries a `known` set is emptied (it is only a cache). */
const KNOWN_LIMIT = 100_000;

/** Keys read or written per transaction: each stays short (~1,000 puts ≈ 0.1–0.25 s in Chromium). */
export const CLAIM_CHUNK = 1_000;

const rowOf = ({ caseId, stage, threshold, dueAt }: NotificationKey, now: number): NotifiedRow => ({ caseId, stage, threshold, dueAt, firedAt: now });

/** One chunk, in its own read-write transaction; returns the keys this caller won. */
async function claimChunk<K extends NotificationKey>(db: OtklikDB, fresh: readonly K[], moved: readonly K[], now: number): Promise<K[]> {
  return db.transaction('rw', db.notified, async () => {
    // Never fired: added, and an add that finds the key taken (a racing caller won it since the
    // read) fails alone — no read needed to stay atomic.
    let lost: Record<number, unknown> = {};
    try {
      await db.notified.bulkAdd(fresh.map((key) => rowOf(key, now)));
    } catch (error) {
      if (!(error instanceof Dexie.BulkError)) throw error;
      lost = error.failuresByPos;
    }
    // Fired for another due moment (re-routed, reopened): read again inside the write, then put.
    const existing = await db.notified.bulkGet(moved.map(primaryKey));
    const movedWon = moved.filter((key, i) => existing[i]?.dueAt !== key.dueAt);
    await db.notified.bulkPut(movedWon.map((key) => rowOf(key, now)));
    return [...fresh.filter((_, i) => !(i in lost)), ...movedWon];
  });
}

/**
 * Records that these notifications are being fired and returns the ones this caller won — those
 * not already fired for the same due moment. Atomic per notification: callers racing (a second
 * service-worker instance, a retry) never both win one. When a stage's due moment changed
 * (re-routed, reopened), it may fire again. One key per case, stage and threshold (a repeated one
 * counts once).
 *
 * Bulk reads and writes, whatever the count: after a long absence thousands of overdue cases are
 * claimed at once, and one get + put each held a read-write transaction for 11–15 s in Chromium.
 * CLAIM_CHUNK keys at a time: a read-only bulk read (a pass that finds everything fired — every
 * 30 s, usually — writes nothing), then one read-write transaction for those not fired, so another
 * writer of the table never waits long.
 *
 * `known`: the caller's cache of keys (firedKey) found or made fired — a service worker keeps one
 * for its life, so its passes every 30 s and after every write skip the thousands of old ones
 * without reading them again. The table stays the truth: a new instance starts with an empty set.
 */
export async function claimNotifications<K extends NotificationKey>(db: OtklikDB, keys: readonly K[], now: number, known?: Set<string>): Promise<K[]> {
  if (known && known.size > KNOWN_LIMIT) known.clear();
  const seen = new Set<string>();
  const unique = keys.filter((key) => {
    const id = JSON.stringify(primaryKey(key));
    if (seen.has(id) || known?.has(firedKey(key))) return false;
    seen.add(id);
    return true;
  });
  if (unique.length === 0) return [];
  const won = new Set<K>();
  for (let i = 0; i < unique.length; i += CLAIM_CHUNK) {
    const chunk = unique.slice(i, i + CLAIM_CHUNK);
    const existing = await db.transaction('r', db.notified, () => db.notified.bulkGet(chunk.map(primaryKey)));
    const fresh = chunk.filter((_, j) => existing[j] === undefined);
    const moved = chunk.filter((key, j) => existing[j] !== undefined && existing[j]!.dueAt !== key.dueAt);
    chunk.forEach((key, j) => existing[j]?.dueAt === key.dueAt && known?.add(firedKey(key)));
    if (fresh.length === 0 && moved.length === 0) continue;
    for (const key of await claimChunk(db, fresh, moved, now)) {
      won.add(key);
      known?.add(firedKey(key));
    }
  }
  return unique.filter((key) => won.has(key)); // in the caller's order (most urgent first)
}

/** claimNotifications for one notification: true when this caller fires it. */
export async function claimNotification(db: OtklikDB, key: NotificationKey, now: number): Promise<boolean> {
  return (await claimNotifications(db, [key], now)).length === 1;
}

/** Forgets a case's notifications (the case was deleted). */
export async function forgetNotifications(db: OtklikDB, caseIds: readonly string[]): Promise<number> {
  if (caseIds.length === 0) return 0;
  return db.notified.where('caseId').anyOf(caseIds).delete();
}
