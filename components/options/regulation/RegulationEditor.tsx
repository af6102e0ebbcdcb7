/**
 * Editing the user's own regulation (a copy of a preset, or an imported one): the municipality's
 * names, the time zone, every stage rule; the whole draft is validated with the file format's
 * schema on every change, Russian messages stand next to the fields, and an invalid draft cannot
 * be saved. The live preview below shows the deadlines the draft gives.
 */
import { useMemo, useState } from 'preact/hooks';
import type { CalendarOverrides } from '../../../utils/cases/deadlines';
import { request } from '../../../utils/extension/messaging';
import { getLocale } from '../../../utils/i18n/index';
import { regulationPresets } from '../../../utils/regulation/presets/index';
import type { Regulation, StageRule } from '../../../utils/regulation/schema';
import { STAGE_IDS, type StageId } from '../../../utils/regulation/vocabulary';
import { RUSSIAN_TIME_ZONES } from '../../../utils/worktime/russian-zones';
import { Alert, Button, Select, TextField, showToast } from '../../ui/index';
import { errorText, tOptions } from '../messages';
import { DeadlinePreview } from './DeadlinePreview';
import { issueAt, validateRegulation } from './issues';
import { tReg } from './messages';
import { RegulationProvisions } from './RegulationProvisions';
import { RegulationReadings } from './RegulationView';
import { StageRuleEditor } from './StageRuleEditor';

export interface RegulationEditorProps {
  initial: Regulation;
  /** A copy not saved yet: its id may still change. */
  isNew: boolean;
  overrides: CalendarOverrides;
  /** The settings' time zone, when it overrides the regulation's. */
  timeZoneOverride: string | null;
  now: number;
  onSaved: (id: string) => void;
  onDiscard: () => void;
}

/** A stage the regulation lacks, taken from the first preset that has it. */
function stageTemplate(id: StageId): StageRule | undefined {
  for (const preset of Object.values(regulationPresets)) {
    const rule = preset.stages.find((s) => s.id === id);
    if (rule) return structuredClone(rule);
  }
  return undefined;
}

const zoneOptions = RUSSIAN_TIME_ZONES.map((z) => ({ value: z.id, label: `${z.offsetLabel} — ${z.cities}` }));

export function RegulationEditor({ initial, isNew, overrides, timeZoneOverride, now, onSaved, onDiscard }: RegulationEditorProps) {
  const [draft, setDraft] = useState<Regulation>(initial);
  const [saving, setSaving] = useState(false);
  const { regulation: valid, issues } = useMemo(() => validateRegulation(draft), [draft]);
  const effective = useMemo(() => (valid && timeZoneOverride ? { ...valid, timeZone: timeZoneOverride } : valid), [valid, timeZoneOverride]);
  // The live query hands a new but equal object after any write: compare by value.
  const dirty = useMemo(() => draft !== initial && JSON.stringify(draft) !== JSON.stringify(initial), [draft, initial]);
  const locale = getLocale();
  const missing = STAGE_IDS.filter((id) => !draft.stages.some((s) => s.id === id));
  const label = (field: 'name' | 'municipality' | 'region', ru: string) => setDraft({ ...draft, [field]: { ru, en: ru || draft[field].en } });

  async function save() {
    if (!valid) return;
    setSaving(true);
    try {
      const saved = await request('regulationSave', { regulation: valid });
      showToast(tOptions('saved'), { tone: 'success' });
      onSaved(saved.id);
    } catch (error) {
      showToast(errorText(error), { tone: 'danger', timeoutMs: 0 });
    } finally {
      setSaving(false);
    }
  }

  return (
    <div class="options-editor" data-testid="regulation-editor">
      {isNew && <Alert tone="info">{tReg('unsaved')}</Alert>}
      {draft.basedOn && <p class="ui-muted">{tReg('basedOn', { id: draft.basedOn })}</p>}
      <div class="options-row">
        <TextField
          label={tReg('id')}
          hint={tReg('idHint')}
          value={draft.id}
          disabled={!isNew}
          error={issueAt(issues, ['id'])}
          inputProps={{ 'data-testid': 'regulation-id' }}
          onInput={(id) => setDraft({ ...draft, id })}
        />
        <TextField label={tReg('name')} value={draft.name.ru} error={issueAt(issues, ['name', 'ru'])} inputProps={{ 'data-testid': 'regulation-name' }} onInput={(v) => label('name', v)} />
      </div>
      <div class="options-row">
        <TextField
          label={tReg('municipality')}
          value={draft.municipality.ru}
          error={issueAt(issues, ['municipality', 'ru'])}
          inputProps={{ 'data-testid': 'regulation-municipality' }}
          onInput={(v) => label('municipality', v)}
        />
        <TextField label={tReg('region')} value={draft.region.ru} error={issueAt(issues, ['region', 'ru'])} onInput={(v) => label('region', v)} />
        <Select
          label={tReg('timeZone')}
          value={draft.timeZone}
          error={issueAt(issues, ['timeZone'])}
          options={zoneOptions.some((o) => o.value === draft.timeZone) ? zoneOptions : [{ value: draft.timeZone, label: draft.timeZone }, ...zoneOptions]}
          onChange={(timeZone) => setDraft({ ...draft, timeZone })}
        />
      </div>
      <h3>{tReg('stages')}</h3>
      <p class="ui-muted">{tReg('stagesHint')}</p>
      {issueAt(issues, ['stages']) && <p class="ui-field__error">{issueAt(issues, ['stages'])}</p>}
      {draft.stages.map((rule, i) => (
        <StageRuleEditor
          key={`${rule.id}-${i}`}
          rule={rule}
          index={i}
          regulation={draft}
          issues={issues}
          onChange={(next) => setDraft({ ...draft, stages: draft.stages.map((s, j) => (j === i ? next : s)) })}
          onRemove={() => setDraft({ ...draft, stages: draft.stages.filter((_, j) => j !== i) })}
        />
      ))}
      {missing.length > 0 && (
        <div class="options-row">
          <Select
            label={tReg('addStage')}
            hint={tReg('addStageHint')}
            value=""
            selectProps={{ 'data-testid': 'stage-add' }}
            options={[{ value: '', label: '—' }, ...missing.map((id) => ({ value: id, label: stageTemplate(id)?.label[locale] ?? id }))]}
            onChange={(id) => {
              const rule = id ? stageTemplate(id as StageId) : undefined;
              if (rule) setDraft({ ...draft, stages: [...draft.stages, rule] });
            }}
          />
        </div>
      )}
      <RegulationReadings regulation={draft} />
      <RegulationProvisions regulation={draft} />
      <DeadlinePreview regulation={effective} overrides={overrides} now={now} />
      <div class="options-actions">
        {issues.size > 0 && (
          <Alert tone="danger" data-testid="regulation-invalid">
            {tReg('invalid', { n: issues.size })}
          </Alert>
        )}
        <Button variant="primary" disabled={!valid || (!dirty && !isNew)} loading={saving} onClick={save} data-testid="regulation-save">
          {tReg('saveCopy')}
        </Button>
        {(dirty || isNew) && (
          <Button
            variant="ghost"
            onClick={() => {
              setDraft(initial);
              if (isNew) onDiscard();
            }}
          >
            {tReg('discard')}
          </Button>
        )}
      </div>
    </div>
  );
}
