/**
 * Keeping the derived fields of stored cases current. `nextDueAt` and the queue index fields
 * (`queueRank`, `queueAt`) are computed when a case is written, from its regulation as the
 * administration applies it: the stored regulation row, the settings' time-zone override and the
 * calendar overrides (due.ts). When any of those changes — a custom regulation saved or deleted, a
 * preset updated by a new version, the time zone or a calendar date changed in the settings, a
 * backup restored — the open cases of the affected regulations are recomputed here.
 *
 * What each regulation's cases were last computed with is remembered as a fingerprint per
 * regulation id (a settings-table row, DERIVED_KEY): a refresh compares it with the fingerprints
 * now and recomputes only the open cases whose regulation's fingerprint moved, in read-write
 * transactions of CHUNK cases (100,000 open cases: 50 short transactions, so captures and events
 * never wait long). The fingerprints are stored after the last chunk: an interrupted refresh (the
 * service worker stopped) is redone in full by the next one.
 *
 * A case keeps the regulation it was captured under (`regulationId`): changing the ACTIVE regulation
 * moves no stored case — it applies to the cases captured from then on.
 */
import { Dexie } from 'dexie';
import { stableHash } from '../cases/deadlines';
import type { Settings } from '../settings/schema';
import { getSettings } from '../settings/store';
import { fromRow, toRow, type CaseRow } from './case-row';
import type { OtklikDB, RegulationRow } from './database';
import { effectiveRegulation, loadDueContext, withNextDue } from './due';

/** Key of the settings-table row with the fingerprints the stored derived fields were computed with. */
export const DERIVED_KEY = 'derivedFingerprints';

/** Cases per read-write transaction. */
export const CHUNK = 2_000;

export interface DerivedRefresh {
  /** Regulation ids whose fingerprint moved (their open cases were recomputed). */
  regulations: string[];
  /** Open cases of those regulations that were recomputed, and how many of them changed. */
  checked: number;
  updated: number;
}

/** Per regulation id: a fingerprint of everything its cases' deadlines are computed from. */
export function regulationFingerprints(rows: readonly RegulationRow[], settings: Settings): Record<string, string> {
  const fingerprints: Record<string, string> = {};
  for (const row of rows) {
    const input = { regulation: effectiveRegulation(row.regulation, settings), days: settings.calendarOverrides.days };
    // Two 32-bit hashes over different texts: a change slipping through both is not a practical risk.
    fingerprints[row.id] = `${stableHash(input)}${stableHash([input])}`;
  }
  return fingerprints;
}

function storedFingerprints(value: unknown): Record<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

const sameDerived = (a: CaseRow, b: CaseRow) => a.nextDueAt === b.nextDueAt && a.queueRank === b.queueRank && a.queueAt === b.queueAt;

/**
 * Recomputes `nextDueAt`, `queueRank` and `queueAt` of every open case whose regulation is in
 * `regulationIds`, `chunk` cases per read-write transaction (each reads the settings and
 * regulations afresh). Writes only the cases that changed; their version and timeline stay as they
 * are (nothing happened to the case itself).
 */
export async function recomputeOpenCases(db: OtklikDB, regulationIds: ReadonlySet<string>, chunk = CHUNK): Promise<{ checked: number; updated: number }> {
  const ids = await db.cases.where('[queueRank+queueAt]').between([0, Dexie.minKey], [0, Dexie.maxKey], true, true).primaryKeys();
  let checked = 0;
  let updated = 0;
  for (let i = 0; i < ids.length; i += chunk) {
    const part = ids.slice(i, i + chunk);
    const counts = await db.transaction('rw', [db.cases, db.settings, db.regulations], async () => {
      const ctx = await loadDueContext(db);
      const rows = await db.cases.bulkGet(part);
      const writes: CaseRow[] = [];
      let seen = 0;
      for (const row of rows) {
        // Gone since the keys were read, finished meanwhile (written then, with current values), or another regulation's.
        if (!row || row.queueRank !== 0 || !regulationIds.has(row.regulationId)) continue;
        seen++;
        const next = toRow(withNextDue(fromRow(row), ctx));
        if (!sameDerived(row, next)) writes.push(next);
      }
      if (writes.length) await db.cases.bulkPut(writes);
      return { seen, written: writes.length };
    });
    checked += counts.seen;
    updated += counts.written;
  }
  return { checked, updated };
}

/**
 * Compares each regulation's fingerprint with the one the stored cases were computed with and
 * recomputes the open cases of those that moved (a regulation added or removed counts as moved).
 * A no-op when nothing relevant changed: a settings change of the locale or the notification
 * thresholds costs two reads.
 */
export async function refreshDerivedFields(db: OtklikDB, options: { chunk?: number } = {}): Promise<DerivedRefresh> {
  const [settings, rows, stored] = await db.transaction('r', [db.settings, db.regulations], () =>
    Promise.all([getSettings(db), db.regulations.toArray(), db.settings.get(DERIVED_KEY)]),
  );
  const now = regulationFingerprints(rows, settings);
  const before = storedFingerprints(stored?.value);
  const moved = [...new Set([...Object.keys(now), ...Object.keys(before)])].filter((id) => now[id] !== before[id]).sort();
  if (moved.length === 0) return { regulations: [], checked: 0, updated: 0 };
  const { checked, updated } = await recomputeOpenCases(db, new Set(moved), options.chunk);
  await db.settings.put({ key: DERIVED_KEY, value: now });
  return { regulations: moved, checked, updated };
}
