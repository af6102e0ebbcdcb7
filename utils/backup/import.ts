/**
 * Restoring a backup into the database: the file was validated whole (parse.ts); here it is
 * checked against what is stored (references, preset ids, items captured twice) and merged in ONE
 * read-write transaction — any refusal or failure writes nothing.
 */
import { toRow, type CaseRow } from '../db/case-row';
import type { OtklikDB, RegulationRow } from '../db/database';
import { loadDueContext, withNextDue } from '../db/due';
import type { DirectoryTable } from '../directory/schema';
import { settingsSchema, type Settings } from '../settings/schema';
import { SETTINGS_KEY, getSettings } from '../settings/store';
import { UserFacingError } from '../validation/index';
import type { Backup } from './format';
import { mergeCase, mergeSettings, newerRecord, normaliseCase } from './merge';
import { WHAT } from './parse';

export interface TableSummary {
  added: number;
  updated: number;
  unchanged: number;
}

export interface ImportSummary {
  cases: TableSummary & {
    /** Items in the file already captured here under another case id: the local case is kept. */
    skipped: Array<{ fileId: string; localId: string }>;
  };
  people: TableSummary;
  topics: TableSummary;
  locations: TableSummary;
  templates: TableSummary;
  regulations: TableSummary;
  /** 'restored': this browser had no settings and took the file's; 'kept': its own stay (new calendar dates added). */
  settings: 'restored' | 'kept';
}

export interface ImportOptions {
  now: number;
  /** Compute the summary without writing anything. */
  dryRun?: boolean;
}

const emptySummary = (): TableSummary => ({ added: 0, updated: 0, unchanged: 0 });

function refuse(field: string, message: string): never {
  throw new UserFacingError(`${WHAT}: поле «${field}» — ${message}`, 'invalid');
}

async function mergeDirectory(db: OtklikDB, backup: Backup, table: DirectoryTable, summary: TableSummary) {
  const incoming = backup[table] as Array<{ id: string; updatedAt: number }>;
  const local = await db.table(table).bulkGet(incoming.map((r) => r.id));
  const writes = incoming.flatMap((record, i) => {
    const write = newerRecord(local[i] as { updatedAt: number } | undefined, record);
    if (!write) summary.unchanged += 1;
    else if (local[i]) summary.updated += 1;
    else summary.added += 1;
    return write ? [write] : [];
  });
  return () => db.table(table).bulkPut(writes);
}

async function mergeRegulations(db: OtklikDB, backup: Backup, summary: TableSummary) {
  const local = await db.regulations.bulkGet(backup.regulations.map((r) => r.regulation.id));
  const writes: RegulationRow[] = [];
  backup.regulations.forEach(({ regulation, updatedAt }, i) => {
    const row = local[i];
    if (row?.source === 'preset') {
      refuse(`regulations[${i}].regulation.id`, `«${regulation.id}» — идентификатор встроенного регламента; у копии должен быть свой.`);
    }
    const write = newerRecord(row, { id: regulation.id, source: 'custom', regulation, updatedAt });
    if (!write) summary.unchanged += 1;
    else if (row) summary.updated += 1;
    else summary.added += 1;
    if (write) writes.push(write);
  });
  return () => db.regulations.bulkPut(writes);
}

async function mergeCases(db: OtklikDB, backup: Backup, summary: ImportSummary['cases']) {
  const local = await db.cases.bulkGet(backup.cases.map((c) => c.id));
  const fresh = backup.cases.filter((_, i) => !local[i]);
  const sameItem = await db.cases
    .where('[network+itemKey]')
    .anyOf(fresh.map((c) => [c.network, c.itemKey]))
    .toArray();
  const byItem = new Map(sameItem.map((row) => [`${row.network}\u0000${row.itemKey}`, row.id]));
  const writes = backup.cases.flatMap((incoming, i) => {
    const row = local[i];
    if (row) {
      const merged = mergeCase(row, incoming);
      if (merged) summary.updated += 1;
      else summary.unchanged += 1;
      return merged ? [merged] : [];
    }
    const localId = byItem.get(`${incoming.network}\u0000${incoming.itemKey}`);
    if (localId !== undefined) {
      summary.skipped.push({ fileId: incoming.id, localId });
      return [];
    }
    summary.added += 1;
    return [normaliseCase(incoming)];
  });
  return async () => {
    const due = await loadDueContext(db);
    const rows: CaseRow[] = writes.map((c) => toRow(withNextDue(c, due)));
    await db.cases.bulkPut(rows);
  };
}

/**
 * Every case's regulation, and the regulation and person the settings name — the file's own and
 * the ones that will be in force — must exist once the file is merged.
 */
async function checkReferences(db: OtklikDB, backup: Backup, settings: Settings): Promise<void> {
  const regulationIds = new Set([...(await db.regulations.toCollection().primaryKeys()), ...backup.regulations.map((r) => r.regulation.id)]);
  backup.cases.forEach((c, i) => {
    if (!regulationIds.has(c.regulationId)) refuse(`cases[${i}].regulationId`, `регламента «${c.regulationId}» нет ни в файле, ни в расширении.`);
  });
  for (const regulationId of new Set([backup.settings.activeRegulationId, settings.activeRegulationId])) {
    if (regulationId !== undefined && !regulationIds.has(regulationId)) {
      refuse('settings.activeRegulationId', `регламента «${regulationId}» нет ни в файле, ни в расширении.`);
    }
  }
  for (const personId of new Set([backup.settings.currentUserId, settings.currentUserId])) {
    if (personId === undefined || backup.people.some((p) => p.id === personId)) continue;
    if (!(await db.people.get(personId))) refuse('settings.currentUserId', `человека «${personId}» нет ни в файле, ни в справочнике.`);
  }
}

/** Merges a validated backup into the database (see merge.ts for the rules). */
export async function importBackup(db: OtklikDB, backup: Backup, options: ImportOptions): Promise<ImportSummary> {
  const summary: ImportSummary = {
    cases: { ...emptySummary(), skipped: [] },
    people: emptySummary(),
    topics: emptySummary(),
    locations: emptySummary(),
    templates: emptySummary(),
    regulations: emptySummary(),
    settings: 'kept',
  };
  const tables = [db.cases, db.people, db.topics, db.locations, db.templates, db.regulations, db.settings];
  await db.transaction('rw', tables, async () => {
    const hadSettings = (await db.settings.get(SETTINGS_KEY)) !== undefined;
    const settings = settingsSchema.parse(mergeSettings(hadSettings ? await getSettings(db) : undefined, backup.settings));
    summary.settings = hadSettings ? 'kept' : 'restored';
    await checkReferences(db, backup, settings);
    const writers = [
      await mergeRegulations(db, backup, summary.regulations),
      await mergeDirectory(db, backup, 'people', summary.people),
      await mergeDirectory(db, backup, 'topics', summary.topics),
      await mergeDirectory(db, backup, 'locations', summary.locations),
      await mergeDirectory(db, backup, 'templates', summary.templates),
    ];
    const writeCases = await mergeCases(db, backup, summary.cases);
    if (options.dryRun) return;
    await db.settings.put({ key: SETTINGS_KEY, value: settings });
    for (const write of writers) await write();
    // Cases last: their deadlines use the restored regulations and calendar.
    await writeCases();
  });
  return summary;
}
