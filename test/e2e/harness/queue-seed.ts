/**
 * Seeding a big queue fast (test-only, no production backdoor): the rows are built in Node with the
 * product's own code — the backup test data's cases in every phase of the procedure, moved to
 * `now`, their `nextDueAt` from withNextDue over the preset regulation and the queue's index fields
 * from toRow — and written in one IndexedDB transaction from an extension page (the extension's own
 * database; the background opened and upgraded it first).
 */
import type { Page } from 'playwright-core';
import { manyCases } from '../../../utils/backup/test-data';
import { calendarFor } from '../../../utils/cases/deadlines';
import type { Case } from '../../../utils/cases/schema';
import { deriveCase } from '../../../utils/cases/timeline';
import { toRow, type CaseRow } from '../../../utils/db/case-row';
import { withNextDue, type DueContext } from '../../../utils/db/due';
import { regulationPresets } from '../../../utils/regulation/index';
import { defaultSettings } from '../../../utils/settings/schema';
import { send } from './messages';

const MINUTE = 60_000;

/** The due context of a fresh database: default settings, the presets, no calendar overrides. */
export function presetDueContext(): DueContext {
  const byId = new Map<string, (typeof regulationPresets)[keyof typeof regulationPresets]>(Object.entries(regulationPresets));
  return {
    settings: defaultSettings,
    regulation: (id) => byId.get(id),
    calendar: (regulation) => calendarFor(regulation, defaultSettings.calendarOverrides.days),
  };
}

/** The case with every moment of its timeline moved by `delta` ms. */
export function shiftCase(c: Case, delta: number): Case {
  const at = (value: number | undefined) => (value === undefined ? undefined : value + delta);
  const moved: Case = {
    ...c,
    detectedAt: c.detectedAt + delta,
    createdAt: c.createdAt + delta,
    updatedAt: c.updatedAt + delta,
    events: c.events.map((e) => ({ ...e, at: e.at + delta, recordedAt: e.recordedAt + delta })),
  };
  if (c.postedAt !== undefined) moved.postedAt = at(c.postedAt)!;
  return deriveCase(moved);
}

/**
 * `count` cases in every phase (new, routed, on approval, answered, interim, not subject, closed),
 * detected over the last ~3 weeks before `now` (most open ones overdue, some due later), with
 * distinct authors, networks and texts, as stored rows.
 */
export function bigQueue(count: number, now: number): CaseRow[] {
  const ctx = presetDueContext();
  const cases = manyCases(count);
  // manyCases spreads detection over 5,000 × 7 min from its T0: end that stretch a little after now.
  const latest = Math.max(...cases.map((c) => c.detectedAt));
  const delta = now + 2 * 60 * MINUTE - latest;
  const networks = ['vk', 'ok', 'vk', 'telegram'] as const;
  return cases.map((source, i) => {
    const c = shiftCase(source, delta);
    c.network = networks[i % networks.length]!;
    c.author = { ...c.author, name: `Житель ${i % 997}`, id: String(10_000 + (i % 997)) };
    return toRow(withNextDue(c, ctx));
  });
}

/** Empties the cases table and writes `rows` in one transaction, from an extension page. */
export async function putRows(page: Page, rows: readonly CaseRow[]): Promise<void> {
  // The background opens (creates, upgrades) the database first.
  await send(page, 'casesByKeys', { network: 'vk', itemKeys: [] });
  // One JSON string crosses to the page (Playwright's own serialisation of 10,000 objects takes ~20 s).
  await page.evaluate(
    (json) =>
      new Promise<void>((resolve, reject) => {
        const values = JSON.parse(json) as unknown[];
        const open = indexedDB.open('otklik');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('cases', 'readwrite');
          const store = tx.objectStore('cases');
          store.clear();
          for (const value of values) store.put(value);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    JSON.stringify(rows),
  );
}
