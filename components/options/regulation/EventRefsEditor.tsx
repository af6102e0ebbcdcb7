/**
 * The events of a stage rule as an editable list: what completes the stage (`doneBy`, at least one)
 * or opens it again (`reopenedBy`, may be empty). Each row: the event type, its kind where the type
 * has kinds (draftSubmitted, published), and «from every executor» for the parts of a joint answer;
 * the schema's Russian messages stand next to the row they name.
 */
import { useId } from 'preact/hooks';
import type { EventRef } from '../../../utils/regulation/schema';
import { CASE_EVENT_TYPES, DRAFT_KINDS, PUBLISHED_KINDS, type DraftKind } from '../../../utils/regulation/vocabulary';
import { Button, Checkbox, Select } from '../../ui/index';
import { issueAt, type Issues } from './issues';
import { tReg } from './messages';
import { draftKindLabel, eventTypeLabel } from './rule-text';

/** stageRuleSchema: `doneBy` and `reopenedBy` hold at most 8 events each. */
export const MAX_EVENT_REFS = 8;

/** The kinds an event of this type may be narrowed to (none: the type has no kinds). */
export function kindsOf(type: string): readonly string[] {
  return type === 'draftSubmitted' ? DRAFT_KINDS : type === 'published' ? PUBLISHED_KINDS : [];
}

function eventRef(type: EventRef['type'], kind: string | undefined, everyExecutor: boolean | undefined): EventRef {
  return { type, ...(kind ? { kind } : {}), ...(everyExecutor ? { everyExecutor: true as const } : {}) };
}

export interface EventRefsEditorProps {
  legend: string;
  hint: string;
  refs: readonly EventRef[];
  /** The list's path in the regulation, e.g. ['stages', 3, 'doneBy']. */
  path: Array<string | number>;
  issues: Issues;
  /** 1 for `doneBy`: the last event cannot be removed. */
  min: 0 | 1;
  /** Offer «from every executor» (it counts in `doneBy` only; a set flag is always shown). */
  withEveryExecutor: boolean;
  /** The event a new row starts with. */
  fresh: EventRef;
  /** The live reading of the list, under it. */
  summary: string;
  testBase: string;
  onChange: (refs: EventRef[]) => void;
}

export function EventRefsEditor({ legend, hint, refs, path, issues, min, withEveryExecutor, fresh, summary, testBase, onChange }: EventRefsEditorProps) {
  const hintId = `h${useId()}`;
  const atMin = refs.length <= min;
  const atMax = refs.length >= MAX_EVENT_REFS;
  const set = (r: number, next: EventRef) => onChange(refs.map((ref, i) => (i === r ? next : ref)));
  const typeOptions = CASE_EVENT_TYPES.map((type) => ({ value: type, label: eventTypeLabel(type) }));
  const listError = issueAt(issues, path);
  return (
    <fieldset class="options-fieldset" data-testid={testBase}>
      <legend>{legend}</legend>
      <p class="ui-muted">{hint}</p>
      {listError && <p class="ui-field__error">{listError}</p>}
      {refs.map((ref, r) => {
        const rowPath = [...path, r];
        const kinds = kindsOf(ref.type);
        const rowBase = `${testBase}-${r}`;
        const rowError = issueAt(issues, rowPath) ?? issueAt(issues, [...rowPath, 'everyExecutor']);
        return (
          <div key={r} data-testid={rowBase}>
            <div class="options-row options-row--end">
              <Select
                label={tReg('eventType')}
                value={ref.type}
                error={issueAt(issues, [...rowPath, 'type'])}
                selectProps={{ 'data-testid': `${rowBase}-type` }}
                options={(CASE_EVENT_TYPES as readonly string[]).includes(ref.type) ? typeOptions : [{ value: ref.type, label: ref.type }, ...typeOptions]}
                onChange={(type) => {
                  const nextType = type as EventRef['type'];
                  set(r, eventRef(nextType, ref.kind && kindsOf(nextType).includes(ref.kind) ? ref.kind : undefined, ref.everyExecutor));
                }}
              />
              {(kinds.length > 0 || ref.kind !== undefined) && (
                <Select
                  label={tReg('eventKind')}
                  value={ref.kind ?? ''}
                  error={issueAt(issues, [...rowPath, 'kind'])}
                  selectProps={{ 'data-testid': `${rowBase}-kind` }}
                  options={[
                    { value: '', label: tReg('kindAny') },
                    ...(ref.kind !== undefined && !kinds.includes(ref.kind) ? [{ value: ref.kind, label: ref.kind }] : []),
                    ...kinds.map((kind) => ({ value: kind, label: draftKindLabel(kind as DraftKind) })),
                  ]}
                  onChange={(kind) => set(r, eventRef(ref.type, kind || undefined, ref.everyExecutor))}
                />
              )}
              {(withEveryExecutor || ref.everyExecutor !== undefined) && (
                <Checkbox
                  label={tReg('everyExecutor')}
                  checked={ref.everyExecutor === true}
                  inputProps={{ 'data-testid': `${rowBase}-every` }}
                  onChange={(every) => set(r, eventRef(ref.type, ref.kind, every))}
                />
              )}
              <Button
                size="sm"
                variant="ghost"
                disabled={atMin}
                aria-describedby={atMin ? hintId : undefined}
                data-testid={`${rowBase}-remove`}
                onClick={() => onChange(refs.filter((_, i) => i !== r))}
              >
                {tReg('removeEvent')}
              </Button>
            </div>
            {rowError && <p class="ui-field__error">{rowError}</p>}
          </div>
        );
      })}
      {atMin && min > 0 && (
        <p class="ui-field__hint" id={hintId} data-testid={`${testBase}-last-hint`}>
          {tReg('lastEvent')}
        </p>
      )}
      <Button size="sm" variant="ghost" disabled={atMax} data-testid={`${testBase}-add`} onClick={() => onChange([...refs, fresh])}>
        {tReg('addEvent')}
      </Button>
      {atMax && <p class="ui-field__hint">{tReg('eventsMax', { n: MAX_EVENT_REFS })}</p>}
      <p class="ui-muted" data-testid={`${testBase}-text`}>
        {legend}: {summary}
      </p>
    </fieldset>
  );
}
