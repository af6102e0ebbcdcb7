/** A person's card: name, roles, department, position, phone, e-mail, stand-in (seed 002 p. 6), active. */
import { useState } from 'preact/hooks';
import { personRoleLabels, personRoles, personSchema, type Person, type PersonRole } from '../../../utils/directory/schema';
import { request } from '../../../utils/extension/messaging';
import { getLocale } from '../../../utils/i18n/index';
import { zonedTimeToInstant } from '../../../utils/worktime/zone';
import { Button, Checkbox, Dialog, Select, TextField, showToast } from '../../ui/index';
import { formatDate } from '../format';
import { errorText, tOptions } from '../messages';
import { tDir } from './messages';

export interface PersonDialogProps {
  person: Person;
  people: readonly Person[];
  timeZone: string;
  onClose: () => void;
}

const isoOf = (ms: number | undefined, zone: string) => (ms === undefined ? '' : formatDate(ms - 1, zone).split('.').reverse().join('-'));

export function PersonDialog({ person, people, timeZone, onClose }: PersonDialogProps) {
  const [draft, setDraft] = useState<Person>(person);
  const [away, setAway] = useState(isoOf(person.absentUntil, timeZone));
  const [saving, setSaving] = useState(false);
  const absentUntil = /^\d{4}-\d{2}-\d{2}$/.test(away)
    ? zonedTimeToInstant({ year: Number(away.slice(0, 4)), month: Number(away.slice(5, 7)), day: Number(away.slice(8, 10)) + 1, hour: 0, minute: 0 }, timeZone)
    : undefined;
  const { absentUntil: _old, ...rest } = draft;
  const candidate = absentUntil === undefined ? rest : { ...rest, absentUntil };
  const check = personSchema.safeParse(candidate);
  const error = (field: string) => (check.success ? undefined : check.error.issues.find((i) => i.path[0] === field)?.message);
  const set = (patch: Partial<Person>) => setDraft({ ...draft, ...patch });

  async function save() {
    if (!check.success) return;
    setSaving(true);
    try {
      await request('directoryPut', { table: 'people', record: check.data });
      showToast(tOptions('saved'), { tone: 'success' });
      onClose();
    } catch (e) {
      showToast(errorText(e), { tone: 'danger', timeoutMs: 0 });
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog
      open
      wide
      closeOnBackdrop={false}
      onClose={onClose}
      title={tDir('editPerson')}
      data-testid="person-dialog"
      footer={
        <>
          <Button onClick={onClose}>{tOptions('cancel')}</Button>
          <Button variant="primary" disabled={!check.success} loading={saving} onClick={save} data-testid="person-save">
            {tOptions('save')}
          </Button>
        </>
      }
    >
      <TextField label={tDir('name')} required value={draft.name} error={error('name')} inputProps={{ 'data-testid': 'person-name' }} onInput={(name) => set({ name })} />
      <fieldset class="options-fieldset">
        <legend>{tDir('roles')}</legend>
        {personRoles.map((role: PersonRole) => (
          <Checkbox
            key={role}
            label={personRoleLabels[role][getLocale()]}
            checked={draft.roles.includes(role)}
            inputProps={{ 'data-testid': `person-role-${role}` }}
            onChange={(on) => set({ roles: on ? [...draft.roles, role] : draft.roles.filter((r) => r !== role) })}
          />
        ))}
        {error('roles') && <p class="ui-field__error">{error('roles')}</p>}
      </fieldset>
      <div class="options-row">
        <TextField label={tDir('department')} value={draft.department} error={error('department')} onInput={(department) => set({ department })} />
        <TextField label={tDir('position')} value={draft.position} error={error('position')} onInput={(position) => set({ position })} />
      </div>
      <div class="options-row">
        <TextField type="tel" label={tDir('phone')} value={draft.phone} error={error('phone')} onInput={(phone) => set({ phone })} />
        <TextField type="email" label={tDir('email')} value={draft.email} error={error('email')} inputProps={{ 'data-testid': 'person-email' }} onInput={(email) => set({ email })} />
      </div>
      <div class="options-row">
        <Select
          label={tDir('substitute')}
          value={draft.substituteId ?? ''}
          error={error('substituteId')}
          selectProps={{ 'data-testid': 'person-substitute' }}
          options={[{ value: '', label: tDir('noSubstitute') }, ...people.filter((p) => p.id !== draft.id && p.active).map((p) => ({ value: p.id, label: p.name }))]}
          onChange={(id) => {
            const { substituteId: _s, ...others } = draft;
            setDraft(id ? { ...others, substituteId: id } : others);
          }}
        />
        <TextField type="date" label={tDir('absentUntil')} hint={tDir('absentHint')} value={away} onInput={setAway} inputProps={{ 'data-testid': 'person-absent-until' }} />
      </div>
      <Checkbox label={tDir('active')} checked={draft.active} onChange={(active) => set({ active })} />
    </Dialog>
  );
}
