/**
 * The first-run wizard, shown while the settings were never saved: municipality, sample regulation,
 * time zone and the current user, in one short form. A municipality other than the sample's gets
 * its own copy of the sample regulation (named after it, in the chosen zone).
 */
import { useState } from 'preact/hooks';
import { request } from '../../utils/extension/messaging';
import { getLocale } from '../../utils/i18n/index';
import { copyRegulation } from '../../utils/regulation/io';
import { regulationPresets, type PresetId } from '../../utils/regulation/presets/index';
import { DEFAULT_USER_ID, type Settings } from '../../utils/settings/schema';
import type { Person } from '../../utils/directory/schema';
import { RUSSIAN_TIME_ZONES } from '../../utils/worktime/russian-zones';
import { Button, Card, Select, TextField, showToast } from '../ui/index';
import { errorText } from './messages';
import { freeCopyId } from './regulation/RegulationSection';
import { tWizard } from './wizard-messages';

export interface FirstRunWizardProps {
  settings: Settings;
  me: Person | undefined;
  takenIds: ReadonlySet<string>;
}

export function FirstRunWizard({ settings, me, takenIds }: FirstRunWizardProps) {
  const locale = getLocale();
  const [presetId, setPresetId] = useState<PresetId>(settings.activeRegulationId in regulationPresets ? (settings.activeRegulationId as PresetId) : 'korenovsk');
  const preset = regulationPresets[presetId];
  const [municipality, setMunicipality] = useState(preset.municipality.ru);
  const [zone, setZone] = useState(preset.timeZone);
  const [person, setPerson] = useState({ name: me?.name === 'Оператор' ? '' : (me?.name ?? ''), position: me?.position ?? '', department: me?.department ?? '', phone: me?.phone ?? '', email: me?.email ?? '' });
  const [busy, setBusy] = useState(false);
  const [touched, setTouched] = useState(false);
  const nameMissing = person.name.trim() === '';

  async function finish() {
    setBusy(true);
    try {
      const name = municipality.trim();
      let activeRegulationId: string = presetId;
      let timeZone: string | null = zone === preset.timeZone ? null : zone;
      if (name && name !== preset.municipality.ru) {
        const copy = copyRegulation({ ...preset, timeZone: zone, municipality: { ru: name, en: name } }, freeCopyId(preset.id, takenIds), {
          ru: `${name}: сообщения в социальных сетях`.slice(0, 300),
          en: `${name}: messages in social networks`.slice(0, 300),
        });
        await request('regulationSave', { regulation: copy });
        activeRegulationId = copy.id;
        timeZone = null;
      }
      const roles = me?.roles ?? ['operator', 'curator', 'executor', 'approver'];
      await request('directoryPut', { table: 'people', record: { ...me, id: DEFAULT_USER_ID, roles, active: true, ...person, name: person.name.trim() } });
      await request('updateSettings', { activeRegulationId, timeZone, currentUserId: DEFAULT_USER_ID });
      showToast(tWizard('finished'), { tone: 'success' });
    } catch (error) {
      showToast(errorText(error), { tone: 'danger', timeoutMs: 0 });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={tWizard('title')} data-testid="first-run">
      <p>{tWizard('intro')}</p>
      <h3>{tWizard('step1')}</h3>
      <TextField label={tWizard('municipality')} hint={tWizard('municipalityHint')} value={municipality} inputProps={{ 'data-testid': 'wizard-municipality' }} onInput={setMunicipality} />
      <h3>{tWizard('step2')}</h3>
      <Select
        label={tWizard('step2')}
        labelHidden
        hint={tWizard('presetHint')}
        value={presetId}
        selectProps={{ 'data-testid': 'wizard-preset' }}
        options={Object.values(regulationPresets).map((p) => ({ value: p.id, label: `${p.municipality[locale]} (${p.region[locale]})` }))}
        onChange={(id) => {
          const next = regulationPresets[id as PresetId];
          if (municipality === preset.municipality.ru) setMunicipality(next.municipality.ru);
          setZone(next.timeZone);
          setPresetId(id as PresetId);
        }}
      />
      <h3>{tWizard('step3')}</h3>
      <Select
        label={tWizard('step3')}
        labelHidden
        value={zone}
        selectProps={{ 'data-testid': 'wizard-zone' }}
        options={RUSSIAN_TIME_ZONES.map((z) => ({ value: z.id, label: `${z.offsetLabel} — ${z.cities}` }))}
        onChange={setZone}
      />
      <h3>{tWizard('step4')}</h3>
      <div class="options-row">
        <TextField label={tWizard('name')} required value={person.name} error={touched && nameMissing ? tWizard('nameRequired') : undefined}
          inputProps={{ 'data-testid': 'wizard-name', onBlur: () => setTouched(true) }}
          onInput={(name) => {
            setTouched(true);
            setPerson({ ...person, name });
          }}
        />
        <TextField label={tWizard('position')} value={person.position} onInput={(position) => setPerson({ ...person, position })} />
      </div>
      <div class="options-row">
        <TextField label={tWizard('department')} value={person.department} onInput={(department) => setPerson({ ...person, department })} />
        <TextField type="tel" label={tWizard('phone')} value={person.phone} onInput={(phone) => setPerson({ ...person, phone })} />
        <TextField type="email" label={tWizard('email')} value={person.email} onInput={(email) => setPerson({ ...person, email })} />
      </div>
      <div class="options-actions">
        <Button variant="primary" disabled={nameMissing} loading={busy} onClick={finish} data-testid="wizard-done">
          {tWizard('done')}
        </Button>
        <Button variant="ghost" onClick={() => request('updateSettings', { locale: settings.locale }).catch((e) => showToast(errorText(e), { tone: 'danger' }))} data-testid="wizard-skip">
          {tWizard('skip')}
        </Button>
      </div>
    </Card>
  );
}
