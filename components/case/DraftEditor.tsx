/**
 * The draft editor: a template from the directory with its variables filled in, the kind of draft
 * (answer, interim answer, clarification request, explanation — seed 001 p. 3.7), public or private
 * (seed 001 p. 3.4), a spelling-aware textarea with hints, and the regulation's checklist. The text
 * autosaves locally until it is submitted. Hints and the checklist advise; they never block.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { Alert, Button, Checkbox, Select } from '../ui/index';
import { answerChecklist } from '../../utils/cases/checklist';
import { draftKinds, type DraftKind } from '../../utils/cases/events';
import { draftKindLabels } from '../../utils/cases/labels';
import { renderTemplate, unfilledVariables } from '../../utils/directory/render-template';
import { draftHints } from '../../utils/drafting/hints';
import { templateValues } from '../../utils/drafting/template-values';
import { getLocale } from '../../utils/i18n/index';
import { useCaseAction, useWorkspace } from './context';
import { DraftHints } from './DraftHints';
import { tDraft } from './draft-messages';
import { formatMoment } from './format';
import type { DraftState } from './useDraftState';

export interface DraftEditorProps {
  draft: DraftState;
  now: number;
  onSubmitted?: () => void;
  onCancel?: () => void;
}

export function DraftEditor({ draft, now, onSubmitted, onCancel }: DraftEditorProps) {
  const ws = useWorkspace();
  const { c, regulation } = ws;
  const action = useCaseAction();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [undo, setUndo] = useState<string | undefined>(undefined);
  const locale = getLocale();

  const hints = useMemo(() => draftHints(draft.text, c.network), [draft.text, c.network]);
  const checklist = useMemo(() => answerChecklist(c, regulation?.answerChecklist), [c.repeatOf, regulation]);
  const templates = ws.templates.filter((tpl) => tpl.kind === draft.kind);
  const values = templateValues({ case: c, people: ws.people, currentUserId: ws.currentUserId, earlier: ws.earlier, timeZone: ws.timeZone, now });
  const template = ws.templates.find((tpl) => tpl.id === draft.templateId);
  const unfilled = template ? unfilledVariables(template.body, values).filter((name) => draft.text.includes(`{{${name}}}`)) : [];
  const interimGiven = c.interimAt !== undefined;

  const applyTemplate = (id: string) => {
    const chosen = ws.templates.find((tpl) => tpl.id === id);
    if (!chosen) return draft.update({ templateId: undefined });
    if (draft.text.trim()) setUndo(draft.text);
    draft.update({ templateId: id, text: renderTemplate(chosen.body, values) });
  };
  const select = (start: number, end: number) => {
    const el = textarea.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(start, end);
  };
  const submit = async () => {
    const data = { kind: draft.kind, text: draft.text.trim(), visibility: draft.visibility };
    if (await action.append('submit', { type: 'draftSubmitted', data })) {
      draft.reset();
      onSubmitted?.();
    }
  };
  const unchecked = checklist.filter((item) => !draft.checked.includes(item.id)).length;

  return (
    <form
      class="case-form case-draft"
      data-testid="draft-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div class="case-row2">
        <Select
          label={tDraft('kind')}
          value={draft.kind}
          onChange={(value) => draft.update({ kind: value as DraftKind, templateId: undefined })}
          options={draftKinds.map((kind) => ({ value: kind, label: kind === 'answer' && interimGiven ? tDraft('finalAnswer') : draftKindLabels[kind][locale], disabled: kind === 'interim' && interimGiven }))}
          selectProps={{ 'data-testid': 'draft-kind' }}
        />
        <Select
          label={tDraft('template')}
          value={draft.templateId ?? ''}
          onChange={applyTemplate}
          options={[{ value: '', label: templates.length ? tDraft('noTemplate') : tDraft('noTemplates') }, ...templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))]}
          disabled={templates.length === 0}
          selectProps={{ 'data-testid': 'draft-template' }}
        />
      </div>
      {draft.kind === 'explanation' && regulation && regulation.explanationGrounds.length > 0 && (
        <div class="case-note" data-testid="explanation-grounds">
          <p>{tDraft('explanationIntro')}</p>
          <ul>
            {regulation.explanationGrounds.map((g) => (
              <li key={g.id}>
                {g.label[locale]} → <em>{g.explains[locale]}</em>
              </li>
            ))}
          </ul>
        </div>
      )}
      <fieldset class="case-visibility">
        <legend>{tDraft('visibility')}</legend>
        {(['public', 'private'] as const).map((v) => (
          <label key={v}>
            <input type="radio" name="draft-visibility" value={v} checked={draft.visibility === v} onChange={() => draft.update({ visibility: v })} data-testid={`draft-visibility-${v}`} />
            {tDraft(v)}
          </label>
        ))}
        {c.kind === 'message' && draft.visibility === 'public' && <span class="ui-muted">{tDraft('privateExpected')}</span>}
      </fieldset>
      <div class="ui-field">
        <label class="ui-field__label" for="draft-text">
          {tDraft('text')}
        </label>
        <textarea
          id="draft-text"
          ref={textarea}
          class="ui-textarea case-draft__text"
          lang="ru"
          spellcheck
          rows={8}
          value={draft.text}
          onInput={(e) => draft.update({ text: e.currentTarget.value })}
          data-testid="draft-text"
          aria-describedby="draft-status"
        />
        <p class="ui-field__hint" id="draft-status" data-testid="draft-status">
          {tDraft('length', { n: draft.text.trim().length })}
          {draft.savedAt !== undefined && ` · ${tDraft('savedLocally', { when: formatMoment(draft.savedAt, ws.timeZone, now) })}`}
          {draft.saveFailed && ` · ${tDraft('saveFailed')}`}
        </p>
      </div>
      {undo !== undefined && (
        <Button
          size="sm"
          variant="ghost"
          onClick={() => {
            draft.update({ text: undo, templateId: undefined });
            setUndo(undefined);
          }}
        >
          {tDraft('undoTemplate')}
        </Button>
      )}
      {unfilled.length > 0 && <Alert tone="warning">{tDraft('unfilled', { names: unfilled.map((n) => `{{${n}}}`).join(', ') })}</Alert>}
      <DraftHints text={draft.text} hints={hints} network={c.network} onApply={(text) => draft.update({ text })} onSelect={select} />
      <fieldset class="case-checklist" data-testid="draft-checklist">
        <legend>{tDraft('checklist')}</legend>
        {checklist.map((item) => (
          <Checkbox
            key={item.id}
            label={item.label[locale]}
            hint={item.clause}
            checked={draft.checked.includes(item.id)}
            onChange={(on) => draft.update({ checked: on ? [...draft.checked, item.id] : draft.checked.filter((id) => id !== item.id) })}
            inputProps={{ 'data-testid': `check-${item.id}` }}
          />
        ))}
      </fieldset>
      {action.error && (
        <Alert tone="danger" data-testid="draft-error">
          {action.error}
        </Alert>
      )}
      <div class="case-actions">
        <Button type="submit" variant="primary" disabled={!draft.text.trim()} loading={action.busy === 'submit'} data-testid="submit-draft">
          {ws.policy.operatorMayApprove ? tDraft('saveDraft') : tDraft('submitDraft')}
        </Button>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            {tDraft('cancel')}
          </Button>
        )}
        {unchecked > 0 && draft.text.trim() && <span class="ui-muted case-actions__note">{tDraft('unchecked', { n: unchecked })}</span>}
      </div>
    </form>
  );
}
