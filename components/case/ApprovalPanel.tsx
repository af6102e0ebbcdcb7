/**
 * The draft on approval: its text as submitted, «Согласовать», or «Вернуть на доработку» with a
 * reason from the regulation's list (Korenovsk p. 14) or free text. A refused action shows the
 * background's message and changes nothing.
 */
import { useState } from 'preact/hooks';
import { Alert, Button, Select, TextArea } from '../ui/index';
import { draftKindLabels } from '../../utils/cases/labels';
import { revisionReasonOptions } from '../../utils/drafting/reasons';
import { getLocale } from '../../utils/i18n/index';
import { useCaseAction, useWorkspace } from './context';
import { tDraft } from './draft-messages';
import { formatMoment } from './format';

export function CurrentDraft({ now }: { now: number }) {
  const { c, timeZone } = useWorkspace();
  // A returned draft is in the editor already, under the reason it came back for.
  if (!c.draft || c.draft.state === 'returned') return null;
  const d = c.draft;
  return (
    <div class={`case-current-draft case-current-draft--${d.state}`} data-testid="current-draft" data-state={d.state} data-kind={d.kind}>
      <p class="case-current-draft__meta">
        <strong>{draftKindLabels[d.kind][getLocale()]}</strong> · {tDraft(d.visibility)} · {tDraft(`draftState_${d.state}`)} · <span class="ui-num">{formatMoment(d.submittedAt, timeZone, now)}</span>
      </p>
      <p class="case-text" data-testid="current-draft-text">
        {d.text}
      </p>
    </div>
  );
}

export function ApprovalPanel() {
  const ws = useWorkspace();
  const action = useCaseAction();
  const options = revisionReasonOptions(ws.regulation);
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const [opened, setReturning] = useState(false);
  const canApprove = ws.allowed.has('approved') && ws.c.draft?.state === 'submitted';
  // A draft on approval shows the return form at once (reason, then one click); an approved one on request.
  const returning = opened || canApprove;
  const canReturn = ws.allowed.has('returnedForRevision');
  if (!canApprove && !canReturn) return null;
  const chosen = options.find((o) => o.code === reason);

  const sendBack = async () => {
    const data: Record<string, unknown> = { reason };
    if (comment.trim()) data.comment = comment.trim();
    if (await action.append('return', { type: 'returnedForRevision', data })) {
      setReturning(false);
      setReason('');
      setComment('');
    }
  };

  return (
    <div class="case-approval" data-testid="approval">
      <div class="case-actions">
        {canApprove && (
          <Button variant="primary" onClick={() => void action.append('approve', { type: 'approved', data: {} })} loading={action.busy === 'approve'} data-testid="approve">
            {tDraft('approve')}
          </Button>
        )}
        {canReturn && !returning && (
          <Button onClick={() => setReturning(true)} data-testid="return-open">
            {tDraft('returnForRevision')}
          </Button>
        )}
      </div>
      {canReturn && returning && (
        <form
          class="case-form case-form--inset"
          onSubmit={(e) => {
            e.preventDefault();
            void sendBack();
          }}
        >
          <Select
            label={tDraft('returnReason')}
            value={reason}
            onChange={setReason}
            options={[{ value: '', label: tDraft('chooseReason') }, ...options.map((o) => ({ value: o.code, label: o.label[getLocale()] }))]}
            hint={chosen ? chosen.clause : undefined}
            selectProps={{ 'data-testid': 'return-reason' }}
            required
          />
          {reason && (
            <TextArea
              label={reason === 'other' ? tDraft('whatToFix') : tDraft('remark')}
              value={comment}
              onInput={setComment}
              rows={2}
              required={reason === 'other'}
              textareaProps={{ lang: 'ru', spellcheck: true, 'data-testid': 'return-comment' }}
            />
          )}
          <div class="case-actions">
            <Button type="submit" variant="danger" disabled={!reason || (reason === 'other' && !comment.trim())} loading={action.busy === 'return'} data-testid="return-draft">
              {tDraft('returnForRevision')}
            </Button>
            {opened && (
              <Button variant="ghost" onClick={() => setReturning(false)}>
                {tDraft('cancel')}
              </Button>
            )}
          </div>
        </form>
      )}
      {action.error && (
        <Alert tone="danger" data-testid="approval-error">
          {action.error}
        </Alert>
      )}
    </div>
  );
}
