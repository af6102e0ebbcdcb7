/**
 * Writing a backup: every table in one read transaction, cases without the database's index
 * fields, only the user's own regulations (presets ship with the code).
 */
import { fromRow } from '../db/case-row';
import type { OtklikDB } from '../db/database';
import { getSettings } from '../settings/store';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type Backup } from './format';

export async function exportBackup(db: OtklikDB, now: number): Promise<Backup> {
  const tables = [db.cases, db.people, db.topics, db.locations, db.templates, db.regulations, db.settings];
  return db.transaction('r', tables, async () => {
    const [cases, people, topics, locations, templates, regulations, settings] = await Promise.all([
      db.cases.toArray(),
      db.people.toArray(),
      db.topics.toArray(),
      db.locations.toArray(),
      db.templates.toArray(),
      db.regulations.where('source').equals('custom').toArray(),
      getSettings(db),
    ]);
    return {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      exportedAt: now,
      cases: cases.map(fromRow),
      people,
      topics,
      locations,
      templates,
      regulations: regulations.map((row) => ({ updatedAt: row.updatedAt, regulation: row.regulation })),
      settings,
    } satisfies Backup;
  });
}

export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup);
}

/** `otklik-backup-2026-11-22-1530.json` (UTC, so the name does not depend on the machine's zone). */
export function backupFileName(now: number): string {
  const iso = new Date(now).toISOString();
  return `otklik-backup-${iso.slice(0, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}.json`;
}
