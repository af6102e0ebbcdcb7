/**
 * Fields the page did not give (capture never guesses): listed by name, and the ones a person can
 * know filled in by hand — each becomes an `edited` event, so the timeline keeps where it came from.
 */
import { useState } from 'preact/hooks';
import { Alert, Button, TextArea, TextField } from '../ui/index';
import { useCaseAction, useWorkspace } from './context';
import { fromLocalInput, toLocalInput } from './format';
import { MomentField, momentError } from './MomentField';
import { fieldLabel, t } from './messages';

const FILLABLE = ['author.name', 'author.url', 'author.id', 'postedAt', 'text'] as const;
type Fillable = (typeof FILLABLE)[number];
const isFillable = (field: string): field is Fillable => (FILLABLE as readonly string[]).includes(field);

export function MissingFields({ now }: { now: number }) {
  const ws = useWorkspace();
  const { c } = ws;
  const action = useCaseAction();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Partial<Record<Fillable, string>>>({});
  if (c.missing.length === 0) return null;
  const fillable = c.missing.filter(isFillable);
  const set = (field: Fillable) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const postedAtError = momentError(values.postedAt ?? '', ws.timeZone);
  const submit = async () => {
    if (postedAtError) return;
    const changes: Record<string, string | number> = {};
    for (const field of fillable) {
      const value = values[field]?.trim();
      if (!value) continue;
      if (field === 'postedAt') {
        const at = fromLocalInput(value, ws.timeZone);
        if (at !== undefined) changes.postedAt = at;
      } else changes[field] = value;
    }
    const ok = await action.run('fill', () => ws.api.updateCaseFields(c.id, changes, c.version));
    if (ok) {
      setOpen(false);
      setValues({});
    }
  };

  return (
    <div class="case-missing" data-testid="missing-fields">
      <p>
        <span class="ui-muted">{t('missingIntro')} </span>
        {c.missing.map(fieldLabel).join(', ')}
      </p>
      {fillable.length > 0 && !open && (
        <Button size="sm" variant="ghost" onClick={() => setOpen(true)} data-testid="fill-missing">
          {t('fillByHand')}
        </Button>
      )}
      {open && (
        <form
          class="case-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {fillable.map((field) =>
            field === 'postedAt' ? (
              <MomentField
                key={field}
                label={fieldLabel(field)}
                value={values.postedAt ?? ''}
                onChange={set('postedAt')}
                hint={t('zoneHint', { zone: ws.timeZone })}
                testId="fill-postedAt"
                timeZone={ws.timeZone}
                maxDate={toLocalInput(Math.min(now, c.detectedAt), ws.timeZone).slice(0, 10)}
              />
            ) : field === 'text' ? (
              <TextArea key={field} label={fieldLabel(field)} value={values.text ?? ''} onInput={set('text')} rows={3} textareaProps={{ lang: 'ru', 'data-testid': 'fill-text' }} />
            ) : (
              <TextField
                key={field}
                label={fieldLabel(field)}
                type={field === 'author.url' ? 'url' : 'text'}
                value={values[field] ?? ''}
                onInput={set(field)}
                inputProps={{ 'data-testid': `fill-${field.replace('.', '-')}` }}
              />
            ),
          )}
          {action.error && <Alert tone="danger">{action.error}</Alert>}
          <div class="case-actions">
            <Button type="submit" variant="primary" size="sm" loading={action.busy === 'fill'} disabled={postedAtError !== undefined} data-testid="fill-submit">
              {t('save')}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>
              {t('cancel')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
