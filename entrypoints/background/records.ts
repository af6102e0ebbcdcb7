/**
 * Handlers of the options page's writes: settings, the directory, custom regulations, backup and
 * restore, and the retention rule. A write that may change how deadlines are computed (settings,
 * regulations, a restore) answers once the open cases' stored due moments follow it (derived.ts).
 */
import { exportBackup, backupFileName, serializeBackup } from '../../utils/backup/export';
import { importBackup } from '../../utils/backup/import';
import { parseBackupText } from '../../utils/backup/parse';
import { retentionPreview, retentionRun } from '../../utils/backup/retention';
import { getDatabase, type OtklikDB } from '../../utils/db/database';
import { deleteDirectoryRecord, putDirectoryRecord } from '../../utils/db/directory';
import { deleteCustomRegulation, putCustomRegulation } from '../../utils/db/regulations';
import type { Handlers } from '../../utils/messaging/router';
import { parseRegulation } from '../../utils/regulation/io';
import { getSettings, updateSettings } from '../../utils/settings/store';
import { UserFacingError } from '../../utils/validation/index';
import { refreshDerived } from './derived';

export function createRecordHandlers(db: () => OtklikDB, clock: () => number = Date.now) {
  return {
    updateSettings: async (patch) => {
      const settings = await updateSettings(db(), patch);
      await refreshDerived(db());
      return { settings };
    },
    directoryPut: async ({ table, record }) => {
      const stored = await putDirectoryRecord(db(), table, record, clock());
      return { id: stored.id, updatedAt: stored.updatedAt };
    },
    directoryDelete: async ({ table, id }) => ({ deleted: await deleteDirectoryRecord(db(), table, id) }),
    regulationSave: async ({ regulation }) => {
      const row = await putCustomRegulation(db(), parseRegulation(regulation), clock());
      await refreshDerived(db());
      return { id: row.id, updatedAt: row.updatedAt };
    },
    regulationDelete: async ({ id }) => {
      await deleteCustomRegulation(db(), id);
      await refreshDerived(db());
      return { deleted: true as const };
    },
    exportBackup: async () => {
      const now = clock();
      const backup = await exportBackup(db(), now);
      const json = serializeBackup(backup);
      await updateSettings(db(), { lastBackupAt: now });
      return { fileName: backupFileName(now), json, cases: backup.cases.length, exportedAt: now };
    },
    importBackup: async ({ json, dryRun }) => {
      const summary = await importBackup(db(), parseBackupText(json), { now: clock(), dryRun });
      if (!dryRun) await refreshDerived(db());
      return summary;
    },
    retentionPreview: async ({ months }) => {
      const chosen = months ?? (await getSettings(db())).retention.months;
      return { months: chosen, ...(await retentionPreview(db(), chosen, clock())) };
    },
    retentionRun: async ({ months }) => {
      const { retention } = await getSettings(db());
      if (!retention.enabled) {
        throw new UserFacingError('Правило хранения выключено: включите его в настройках, чтобы удалять старые дела.', 'disabled');
      }
      const chosen = months ?? retention.months;
      return { months: chosen, ...(await retentionRun(db(), chosen, clock())) };
    },
  } satisfies Handlers;
}

export const recordHandlers = createRecordHandlers(getDatabase);
