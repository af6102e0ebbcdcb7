/** «Уведомления»: working minutes before a stage falls due to remind, and a notice at the moment of overdue. */
import { useState } from 'preact/hooks';
import { request } from '../../utils/extension/messaging';
import type { Settings, SettingsPatch } from '../../utils/settings/schema';
import { Button, Card, Checkbox, showToast } from '../ui/index';
import { errorText, tOptions } from './messages';
import { NumberField } from './regulation/NumberField';

async function save(patch: SettingsPatch) {
  try {
    await request('updateSettings', patch);
    showToast(tOptions('saved'), { tone: 'success' });
  } catch (e) {
    showToast(errorText(e), { tone: 'danger', timeoutMs: 0 });
  }
}

export function NotificationsSection({ settings }: { settings: Settings }) {
  const [next, setNext] = useState(Number.NaN);
  const [typed, setTyped] = useState('');
  const thresholds = settings.notificationThresholds;
  const invalid = !Number.isInteger(next) || next < 1 || next > 7 * 24 * 60;
  const duplicate = thresholds.includes(next);
  return (
    <Card title={tOptions('notificationsTitle')} data-testid="section-notifications">
      <p class="ui-muted">{tOptions('notificationsHint')}</p>
      <h3>{tOptions('thresholds')}</h3>
      {thresholds.length === 0 ? (
        <p class="ui-muted">{tOptions('noThresholds')}</p>
      ) : (
        <ul class="options-chips" data-testid="thresholds">
          {thresholds.map((n) => (
            <li key={n}>
              <span class="ui-num">{n}</span>
              <Button size="sm" variant="ghost" aria-label={tOptions('thresholdRemove', { n })} onClick={() => save({ notificationThresholds: thresholds.filter((x) => x !== n) })}>
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="options-row options-row--end"
        onSubmit={(e) => {
          e.preventDefault();
          if (invalid || duplicate) return;
          void save({ notificationThresholds: [...thresholds, next] }).then(() => {
            setNext(Number.NaN);
            setTyped('');
          });
        }}
      >
        <NumberField
          label={tOptions('thresholdNew')}
          value={next}
          testId="threshold-new"
          error={typed.trim() === '' ? undefined : invalid ? tOptions('thresholdInvalid') : duplicate ? tOptions('thresholdDuplicate') : undefined}
          onChange={setNext}
          onText={setTyped}
        />
        <Button type="submit" disabled={invalid || duplicate} data-testid="threshold-add">
          {tOptions('thresholdAdd')}
        </Button>
      </form>
      <Checkbox
        label={tOptions('notifyOverdue')}
        hint={tOptions('notifyOverdueHint')}
        checked={settings.notifyWhenOverdue}
        inputProps={{ 'data-testid': 'notify-overdue' }}
        onChange={(notifyWhenOverdue) => save({ notifyWhenOverdue })}
      />
    </Card>
  );
}
