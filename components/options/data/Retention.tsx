/**
 * The personal-data retention rule: opt-in, N months; how many cases it would delete is shown
 * before it runs, and running asks for confirmation.
 */
import { useEffect, useState } from 'preact/hooks';
import { request } from '../../../utils/extension/messaging';
import type { ResponseOf } from '../../../utils/messaging/protocol';
import type { Settings } from '../../../utils/settings/schema';
import { Button, Checkbox, Dialog, showToast } from '../../ui/index';
import { formatDate } from '../format';
import { errorText, tOptions } from '../messages';
import { NumberField } from '../regulation/NumberField';
import { tData } from './messages';

export function Retention({ settings, timeZone, casesVersion }: { settings: Settings; timeZone: string; casesVersion: unknown }) {
  const [months, setMonths] = useState(settings.retention.months);
  const [preview, setPreview] = useState<ResponseOf<'retentionPreview'> | undefined>();
  const [confirming, setConfirming] = useState(false);
  const valid = Number.isInteger(months) && months >= 6 && months <= 120;

  useEffect(() => {
    if (!valid) return;
    let live = true;
    request('retentionPreview', { months }).then(
      (result) => live && setPreview(result),
      () => live && setPreview(undefined),
    );
    return () => {
      live = false;
    };
  }, [months, valid, casesVersion]);

  async function save(patch: Partial<Settings['retention']>) {
    try {
      await request('updateSettings', { retention: { ...settings.retention, months: valid ? months : settings.retention.months, ...patch } });
      showToast(tOptions('saved'), { tone: 'success' });
    } catch (e) {
      showToast(errorText(e), { tone: 'danger', timeoutMs: 0 });
    }
  }

  async function run() {
    setConfirming(false);
    try {
      const result = await request('retentionRun', { months });
      showToast(tData('deletedCount', { n: result.deleted }), { tone: 'success' });
    } catch (e) {
      showToast(errorText(e), { tone: 'danger', timeoutMs: 0 });
    }
  }

  return (
    <section data-testid="retention">
      <h3>{tData('retention')}</h3>
      <p class="ui-muted">{tData('retentionHint')}</p>
      <Checkbox
        label={tData('retentionEnabled')}
        checked={settings.retention.enabled}
        inputProps={{ 'data-testid': 'retention-enabled' }}
        onChange={(enabled) => save({ enabled })}
      />
      <div class="options-row options-row--end">
        <NumberField label={tData('months')} value={months} error={valid ? undefined : tData('monthsInvalid')} testId="retention-months" onChange={setMonths} />
        <Button disabled={!valid || months === settings.retention.months} onClick={() => save({})}>
          {tOptions('save')}
        </Button>
      </div>
      {preview && valid && (
        <p data-testid="retention-preview">{tData('wouldDelete', { n: preview.count, cutoff: formatDate(preview.cutoff, timeZone) })}</p>
      )}
      <Button variant="danger" disabled={!settings.retention.enabled || !preview || preview.count === 0} onClick={() => setConfirming(true)} data-testid="retention-run">
        {tData('runNow')}
      </Button>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={tData('confirmTitle')}
        data-testid="retention-confirm"
        footer={
          <>
            <Button onClick={() => setConfirming(false)}>{tOptions('cancel')}</Button>
            <Button variant="danger" onClick={run} data-testid="retention-confirm-delete">
              {tData('confirmDelete')}
            </Button>
          </>
        }
      >
        <p>{tData('confirmText', { n: preview?.count ?? 0 })}</p>
      </Dialog>
    </section>
  );
}
