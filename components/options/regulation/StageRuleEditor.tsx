/**
 * One stage rule of a regulation copy: every field editable, each with the Russian message of the
 * regulation schema next to it; the document's clause and the preset's readings shown beside it.
 */
import { getLocale } from '../../../utils/i18n/index';
import type { Condition, EventRef, Regulation, StageRule, Term } from '../../../utils/regulation/schema';
import { ANCHORS, CASE_EVENT_TYPES, DRAFT_KINDS, type DraftKind } from '../../../utils/regulation/vocabulary';
import { Button, Checkbox, Select, TextField } from '../../ui/index';
import { EventRefsEditor } from './EventRefsEditor';
import { issueAt, type Issues } from './issues';
import { tReg } from './messages';
import { NumberField } from './NumberField';
import { Readings } from './Readings';
import { conditionText, doneByText, draftKindLabel } from './rule-text';
import { termText } from './term-text';

export interface StageRuleEditorProps {
  rule: StageRule;
  index: number;
  regulation: Regulation;
  issues: Issues;
  onChange: (rule: StageRule) => void;
  onRemove: () => void;
}

/** A new «opens again» row: a return for revision, or the first event that does not already complete the stage. */
function freshReopening(doneBy: readonly EventRef[]): EventRef {
  const free = ['returnedForRevision' as const, ...CASE_EVENT_TYPES].find((type) => !doneBy.some((done) => done.type === type));
  return { type: free ?? 'returnedForRevision' };
}

type TriState = 'any' | 'yes' | 'no';
const tri = (value: boolean | undefined): TriState => (value === undefined ? 'any' : value ? 'yes' : 'no');
const fromTri = (value: string): boolean | undefined => (value === 'any' ? undefined : value === 'yes');

/** A condition without its empty fields (an empty condition is dropped altogether). */
function cleanCondition(condition: Condition): Condition | undefined {
  const out = Object.fromEntries(Object.entries(condition).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as Condition;
  return Object.keys(out).length ? out : undefined;
}

function TermFields(props: { term: Term; path: Array<string | number>; issues: Issues; regulation: Regulation; stageId: string; testBase: string; onChange: (term: Term) => void }) {
  const { term, path, issues, regulation, testBase, onChange } = props;
  const err = (field: string) => issueAt(issues, [...path, field]);
  const kindSelect = (
    <Select
      label={tReg('termKind')}
      value={term.kind}
      selectProps={{ 'data-testid': `${testBase}-kind` }}
      options={[
        { value: 'after', label: tReg('kindAfter') },
        { value: 'before', label: tReg('kindBefore') },
        { value: 'calendarSkippingNonWorkingDaysWithMinimumWorking', label: tReg('kindCalendar') },
      ]}
      onChange={(kind) => {
        const span = term.kind === 'calendarSkippingNonWorkingDaysWithMinimumWorking' ? { duration: term.calendarHours, unit: 'hours' as const, clock: 'working' as const } : { duration: term.duration, unit: term.unit, clock: term.clock };
        if (kind === 'after') onChange({ kind: 'after', ...span });
        else if (kind === 'before') onChange({ kind: 'before', stage: regulation.stages.find((s) => s.id !== props.stageId)?.id ?? 'answer', ...span });
        else onChange({ kind: 'calendarSkippingNonWorkingDaysWithMinimumWorking', calendarHours: 24, minimumWorkingHours: 8 });
      }}
    />
  );
  if (term.kind === 'calendarSkippingNonWorkingDaysWithMinimumWorking') {
    return (
      <div class="options-row">
        {kindSelect}
        <NumberField label={tReg('calendarHours')} value={term.calendarHours} error={err('calendarHours')} testId={`${testBase}-hours`} onChange={(n) => onChange({ ...term, calendarHours: n })} />
        <NumberField label={tReg('minimumWorkingHours')} value={term.minimumWorkingHours} error={err('minimumWorkingHours')} onChange={(n) => onChange({ ...term, minimumWorkingHours: n })} />
      </div>
    );
  }
  return (
    <div class="options-row">
      {kindSelect}
      <NumberField
        label={tReg('duration')}
        value={term.duration}
        error={Number.isNaN(term.duration) ? tReg('notANumber') : err('duration')}
        testId={`${testBase}-duration`}
        onChange={(n) => onChange({ ...term, duration: n })}
      />
      <Select
        label={tReg('unit')}
        value={term.unit}
        error={err('unit')}
        selectProps={{ 'data-testid': `${testBase}-unit` }}
        options={[
          { value: 'minutes', label: tReg('span', { n: 5, unit: 'minutes' }).replace(/^5 /, '') },
          { value: 'hours', label: tReg('span', { n: 5, unit: 'hours' }).replace(/^5 /, '') },
          { value: 'workingDays', label: tReg('span', { n: 5, unit: 'workingDays' }).replace(/^5 /, '') },
        ]}
        onChange={(unit) => onChange({ ...term, unit: unit as typeof term.unit, ...(unit === 'workingDays' ? { clock: 'working' as const } : {}) })}
      />
      <Select
        label={tReg('clock')}
        value={term.clock}
        error={err('clock')}
        selectProps={{ 'data-testid': `${testBase}-clock` }}
        options={[
          { value: 'working', label: tReg('clockWorking') },
          { value: 'calendar', label: tReg('clockCalendar') },
        ]}
        onChange={(clock) => onChange({ ...term, clock: clock as typeof term.clock })}
      />
      {term.kind === 'before' && (
        <Select
          label={tReg('beforeStage')}
          value={term.stage}
          error={err('stage')}
          selectProps={{ 'data-testid': `${testBase}-before` }}
          options={[
            ...(regulation.stages.some((s) => s.id === term.stage) ? [] : [{ value: term.stage, label: term.stage }]),
            ...regulation.stages.filter((s) => s.id !== props.stageId).map((s) => ({ value: s.id, label: s.label[getLocale()] })),
          ]}
          onChange={(stage) => onChange({ ...term, stage: stage as typeof term.stage })}
        />
      )}
    </div>
  );
}

function DraftKinds(props: { legend: string; value: DraftKind[] | undefined; onChange: (kinds: DraftKind[]) => void; testId: string }) {
  const value = props.value ?? [];
  return (
    <fieldset class="options-fieldset" data-testid={props.testId}>
      <legend>{props.legend}</legend>
      {DRAFT_KINDS.map((kind) => (
        <Checkbox
          key={kind}
          label={draftKindLabel(kind)}
          checked={value.includes(kind)}
          onChange={(checked) => props.onChange(checked ? [...value, kind] : value.filter((k) => k !== kind))}
        />
      ))}
    </fieldset>
  );
}

export function StageRuleEditor({ rule, index, regulation, issues, onChange, onRemove }: StageRuleEditorProps) {
  const locale = getLocale();
  const path = ['stages', index];
  const base = `stage-${rule.id}`;
  const when = rule.appliesWhen ?? {};
  const setWhen = (patch: Partial<Condition>) => {
    const next = cleanCondition({ ...when, ...patch });
    const { appliesWhen: _old, ...rest } = rule;
    onChange(next ? { ...rest, appliesWhen: next } : rest);
  };
  const stageError = issueAt(issues, path);
  const invalid = issueAt(issues, path, true) !== undefined;
  return (
    <details class="options-stage" open={invalid || undefined} data-testid={base}>
      <summary data-testid={`${base}-toggle`}>
        <span class="options-stage__title">{rule.label[locale]}</span>{' '}
        <span class="ui-muted">
          — {termText(rule.term, regulation)}, {tReg('from').toLowerCase()} {tReg('anchor', { anchor: rule.from })} · {rule.clause}
        </span>
        {invalid && <span class="options-stage__flag">!</span>}
      </summary>
      {stageError && <p class="ui-field__error">{stageError}</p>}
      <div class="options-row">
        <TextField
          label={tReg('stageLabel')}
          value={rule.label.ru}
          error={issueAt(issues, [...path, 'label', 'ru'])}
          onInput={(ru) => onChange({ ...rule, label: { ru, en: ru || rule.label.en } })}
        />
        <Select
          label={tReg('from')}
          value={rule.from}
          error={issueAt(issues, [...path, 'from'])}
          selectProps={{ 'data-testid': `${base}-from` }}
          options={ANCHORS.map((anchor) => ({ value: anchor, label: tReg('anchor', { anchor }) }))}
          onChange={(from) => onChange({ ...rule, from: from as StageRule['from'] })}
        />
        <Select
          label={tReg('actor')}
          value={rule.actor}
          error={issueAt(issues, [...path, 'actor'])}
          selectProps={{ 'data-testid': `${base}-actor` }}
          options={[
            ...(regulation.roles.some((r) => r.id === rule.actor) ? [] : [{ value: rule.actor, label: rule.actor }]),
            ...regulation.roles.map((role) => ({ value: role.id, label: `${role.label[locale]} — ${role.title[locale]}` })),
          ]}
          onChange={(actor) => onChange({ ...rule, actor: actor as StageRule['actor'] })}
        />
      </div>
      <TermFields term={rule.term} path={[...path, 'term']} issues={issues} regulation={regulation} stageId={rule.id} testBase={base} onChange={(term) => onChange({ ...rule, term })} />
      {(rule.variants ?? []).map((variant, v) => (
        <div class="options-variant" key={v} data-testid={`${base}-variant-${v}`}>
          <div class="options-row">
            <Select
              label={tReg('variantWhen')}
              value={variant.when.importance ?? 'any'}
              options={[
                { value: 'any', label: tReg('importanceAny') },
                { value: 'normal', label: tReg('importanceNormal') },
                { value: 'high', label: tReg('importanceHigh') },
              ]}
              onChange={(importance) => {
                const variants = [...rule.variants!];
                variants[v] = { ...variant, when: cleanCondition({ ...variant.when, importance: importance === 'any' ? undefined : (importance as 'normal' | 'high') }) ?? {} };
                onChange({ ...rule, variants });
              }}
            />
            <TextField
              label={tReg('clause')}
              value={variant.clause}
              error={issueAt(issues, [...path, 'variants', v, 'clause'])}
              onInput={(clause) => {
                const variants = [...rule.variants!];
                variants[v] = { ...variant, clause };
                onChange({ ...rule, variants });
              }}
            />
            <Button size="sm" variant="ghost" onClick={() => onChange({ ...rule, variants: rule.variants!.filter((_, i) => i !== v) })}>
              {tReg('removeVariant')}
            </Button>
          </div>
          <TermFields
            term={variant.term}
            path={[...path, 'variants', v, 'term']}
            issues={issues}
            regulation={regulation}
            stageId={rule.id}
            testBase={`${base}-variant-${v}`}
            onChange={(term) => {
              const variants = [...rule.variants!];
              variants[v] = { ...variant, term };
              onChange({ ...rule, variants });
            }}
          />
        </div>
      ))}
      <Button size="sm" variant="ghost" onClick={() => onChange({ ...rule, variants: [...(rule.variants ?? []), { when: { importance: 'high' }, term: rule.term, clause: rule.clause }] })}>
        {tReg('addVariant')}
      </Button>
      <fieldset class="options-fieldset">
        <legend>{tReg('appliesWhen')}</legend>
        <div class="options-row">
          <Select
            label={tReg('importance')}
            value={when.importance ?? 'any'}
            selectProps={{ 'data-testid': `${base}-importance` }}
            options={[
              { value: 'any', label: tReg('importanceAny') },
              { value: 'normal', label: tReg('importanceNormal') },
              { value: 'high', label: tReg('importanceHigh') },
            ]}
            onChange={(v) => setWhen({ importance: v === 'any' ? undefined : (v as 'normal' | 'high') })}
          />
          <Select
            label={tReg('severalExecutors')}
            value={tri(when.severalExecutors)}
            options={[
              { value: 'any', label: tReg('severalAny') },
              { value: 'yes', label: tReg('severalYes') },
              { value: 'no', label: tReg('severalNo') },
            ]}
            onChange={(v) => setWhen({ severalExecutors: fromTri(v) })}
          />
          <Select
            label={tReg('afterInterim')}
            value={tri(when.afterInterim)}
            options={[
              { value: 'any', label: tReg('afterInterimAny') },
              { value: 'yes', label: tReg('afterInterimYes') },
              { value: 'no', label: tReg('afterInterimNo') },
            ]}
            onChange={(v) => setWhen({ afterInterim: fromTri(v) })}
          />
        </div>
        <div class="options-row">
          <DraftKinds legend={tReg('draftKind')} value={when.draftKind} testId={`${base}-draft-kind`} onChange={(kinds) => setWhen({ draftKind: kinds })} />
          <DraftKinds legend={tReg('notDraftKind')} value={when.notDraftKind} testId={`${base}-not-draft-kind`} onChange={(kinds) => setWhen({ notDraftKind: kinds })} />
        </div>
        {issueAt(issues, [...path, 'appliesWhen'], true) && <p class="ui-field__error">{issueAt(issues, [...path, 'appliesWhen'], true)}</p>}
        <p class="ui-muted">{conditionText(rule.appliesWhen)}</p>
      </fieldset>
      <Checkbox label={tReg('optional')} checked={rule.optional === true} onChange={(optional) => onChange({ ...rule, optional: optional || undefined })} />
      <div class="options-row">
        <TextField
          label={tReg('clause')}
          value={rule.clause}
          error={issueAt(issues, [...path, 'clause'])}
          inputProps={{ 'data-testid': `${base}-clause` }}
          onInput={(clause) => onChange({ ...rule, clause })}
        />
      </div>
      <EventRefsEditor
        legend={tReg('doneBy')}
        hint={tReg('doneByHint')}
        refs={rule.doneBy}
        path={[...path, 'doneBy']}
        issues={issues}
        min={1}
        withEveryExecutor
        fresh={{ type: 'draftSubmitted' }}
        summary={doneByText(rule.doneBy)}
        testBase={`${base}-done`}
        onChange={(doneBy) => onChange({ ...rule, doneBy })}
      />
      <EventRefsEditor
        legend={tReg('reopenedBy')}
        hint={tReg('reopenedByHint')}
        refs={rule.reopenedBy ?? []}
        path={[...path, 'reopenedBy']}
        issues={issues}
        min={0}
        withEveryExecutor={false}
        fresh={freshReopening(rule.doneBy)}
        summary={rule.reopenedBy?.length ? doneByText(rule.reopenedBy) : tReg('reopenedNone')}
        testBase={`${base}-reopened`}
        onChange={(reopenedBy) => {
          const { reopenedBy: _old, ...rest } = rule;
          onChange(reopenedBy.length ? { ...rest, reopenedBy } : rest);
        }}
      />
      <Readings readings={rule.inferred} />
      {rule.variants?.map((variant, v) => <Readings key={v} readings={variant.inferred} />)}
      <Button size="sm" variant="danger" onClick={onRemove} data-testid={`${base}-remove`}>
        {tReg('removeStage')}
      </Button>
    </details>
  );
}
