/**
 * Backup (one JSON file; the background records its time) with a reminder when the last one is
 * older than the settings' reminder days, and restore: the file is validated and merged as a dry
 * run first, the counts shown, and only a confirmation writes.
 */
import { useRef, useState } from 'preact/hooks';
import { request } from '../../../utils/extension/messaging';
import type { ResponseOf } from '../../../utils/messaging/protocol';
import { backupReminderDue, type Settings } from '../../../utils/settings/schema';
import { Alert, Button, showToast } from '../../ui/index';
import { downloadFile, readFileText } from '../files';
import { formatDateTime } from '../format';
import { errorText } from '../messages';
import { tData } from './messages';

type Summary = ResponseOf<'importBackup'>;
const TABLES = ['cases', 'people', 'topics', 'locations', 'templates', 'regulations'] as const;

export function BackupRestore({ settings, now, timeZone }: { settings: Settings; now: number; timeZone: string }) {
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{ json: string; summary: Summary } | undefined>();
  const [error, setError] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);

  async function backup() {
    setBusy(true);
    try {
      const result = await request('exportBackup', {});
      downloadFile(result.fileName, 'application/json', result.json);
      showToast(tData('backupDone', { n: result.cases }), { tone: 'success' });
    } catch (e) {
      showToast(errorText(e), { tone: 'danger', timeoutMs: 0 });
    } finally {
      setBusy(false);
    }
  }

  async function check(file: File) {
    setError(undefined);
    setPending(undefined);
    try {
      const json = await readFileText(file);
      const summary = await request('importBackup', { json, dryRun: true });
      setPending({ json, summary });
    } catch (e) {
      setError(errorText(e));
    }
  }

  async function restore() {
    if (!pending) return;
    setBusy(true);
    try {
      await request('importBackup', { json: pending.json });
      setPending(undefined);
      showToast(tData('restored'), { tone: 'success' });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <section data-testid="backup">
        <h3>{tData('backup')}</h3>
        <p class="ui-muted">{tData('backupHint')}</p>
        <p data-testid="last-backup">{settings.lastBackupAt === null ? tData('neverBackedUp') : tData('lastBackup', { at: formatDateTime(settings.lastBackupAt, timeZone) })}</p>
        {backupReminderDue(settings, now) && (
          <Alert tone="warning" data-testid="backup-reminder">
            {tData('reminder')}
          </Alert>
        )}
        <Button variant="primary" loading={busy && !pending} onClick={backup} data-testid="backup-export">
          {tData('backupNow')}
        </Button>
      </section>
      <section data-testid="restore">
        <h3>{tData('restore')}</h3>
        <p class="ui-muted">{tData('restoreHint')}</p>
        <Button onClick={() => input.current?.click()} data-testid="restore-choose">
          {tData('chooseFile')}
        </Button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          class="ui-visually-hidden"
          data-testid="restore-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void check(file);
          }}
        />
        {error && (
          <Alert tone="danger" title={tData('invalidFile')} data-testid="restore-error">
            {error}
          </Alert>
        )}
        {pending && (
          <div data-testid="restore-summary">
            <p>{tData('checked')}</p>
            <table class="options-table">
              <thead>
                <tr>
                  <th>{tData('table')}</th>
                  <th>{tData('added')}</th>
                  <th>{tData('updated')}</th>
                  <th>{tData('unchanged')}</th>
                </tr>
              </thead>
              <tbody>
                {TABLES.map((table) => (
                  <tr key={table}>
                    <td>{tData(table)}</td>
                    <td class="ui-num">{pending.summary[table].added}</td>
                    <td class="ui-num">{pending.summary[table].updated}</td>
                    <td class="ui-num">{pending.summary[table].unchanged}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {pending.summary.cases.skipped.length > 0 && <p>{tData('skipped', { n: pending.summary.cases.skipped.length })}</p>}
            <p>{pending.summary.settings === 'restored' ? tData('settingsRestored') : tData('settingsKept')}</p>
            <Button variant="primary" loading={busy} onClick={restore} data-testid="restore-confirm">
              {tData('restoreNow')}
            </Button>
          </div>
        )}
      </section>
    </>
  );
}
