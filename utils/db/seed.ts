/**
 * What a new database starts with, and the regulation presets kept current on every open.
 * Presets are rewritten when the code ships a changed preset; a custom regulation (a user's copy,
 * or an imported one that happens to carry a preset's id) is never touched.
 */
import type { Dexie, Table } from 'dexie';
import { personSchema, type Person } from '../directory/schema';
import { regulationPresets } from '../regulation/index';
import { DEFAULT_USER_ID } from '../settings/schema';
import type { RegulationRow } from './database';

/** The operator who acts until the directory is filled in (settings.currentUserId defaults to it). */
export const defaultPerson: Person = personSchema.parse({
  id: DEFAULT_USER_ID,
  name: 'Оператор',
  roles: ['operator', 'curator', 'executor', 'approver'],
});

export async function seedNewDatabase(db: Dexie): Promise<void> {
  await db.table('people').add(defaultPerson);
}

/** The presets whose stored row is missing or outdated (custom rows with a preset's id are left alone). */
async function outdatedPresets(table: Table<RegulationRow, string>): Promise<RegulationRow[]> {
  const presets = Object.values(regulationPresets);
  const existing = await table.bulkGet(presets.map((p) => p.id));
  const writes: RegulationRow[] = [];
  presets.forEach((regulation, i) => {
    const row = existing[i];
    if (row?.source === 'custom') return;
    if (row && JSON.stringify(row.regulation) === JSON.stringify(regulation)) return;
    writes.push({ id: regulation.id, source: 'preset', regulation, updatedAt: 0 });
  });
  return writes;
}

/**
 * Puts every preset that is missing or outdated; returns how many rows were written. Runs on every
 * open in every context, so it checks in a read-only transaction first: a page opening the
 * database never waits for a read-write transaction (measured in Chromium: a page's read-write
 * transaction waited ~11 s while the background claimed thousands of notifications).
 */
export async function seedPresets(db: Dexie): Promise<number> {
  const table = db.table<RegulationRow, string>('regulations');
  if ((await db.transaction('r', table, () => outdatedPresets(table))).length === 0) return 0;
  return db.transaction('rw', table, async () => {
    const writes = await outdatedPresets(table);
    if (writes.length) await table.bulkPut(writes);
    return writes.length;
  });
}
