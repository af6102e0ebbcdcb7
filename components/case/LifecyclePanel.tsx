/** Notes, closing (a reason when the case is still open) and reopening (always with a reason). */
import { useState } from 'preact/hooks';
import { Alert, Button, TextArea } from '../ui/index';
import { isOpenStatus } from '../../utils/cases/status';
import { useCaseAction, useWorkspace } from './context';
import { tAct } from './action-messages';

export function NoteForm() {
  const ws = useWorkspace();
  const action = useCaseAction();
  const [text, setText] = useState('');
  if (!ws.allowed.has('note')) return null;
  return (
    <form
      class="case-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await action.append('note', { type: 'note', data: { text: text.trim() } })) setText('');
      }}
    >
      <TextArea label={tAct('note')} value={text} onInput={setText} rows={2} textareaProps={{ lang: 'ru', spellcheck: true, 'data-testid': 'note-text' }} />
      {action.error && <Alert tone="danger">{action.error}</Alert>}
      <Button type="submit" size="sm" disabled={!text.trim()} loading={action.busy === 'note'} data-testid="add-note">
        {tAct('addNote')}
      </Button>
    </form>
  );
}

/**
 * An open case is closed only with a reason; a case with an outcome is closed in one click or
 * reopened with a reason; a closed case is reopened with a reason.
 */
export function CloseReopenForm() {
  const ws = useWorkspace();
  const action = useCaseAction();
  const [reason, setReason] = useState('');
  const [reopening, setReopening] = useState(false);
  const canClose = ws.allowed.has('closed');
  const canReopen = ws.allowed.has('reopened');
  if (!canClose && !canReopen) return null;
  const open = isOpenStatus(ws.c.status);
  // Which form is on screen: reopening (asked for, or the only choice) or closing an open case.
  const mode: 'reopen' | 'close' | 'choose' = canReopen && (reopening || !canClose) ? 'reopen' : open ? 'close' : 'choose';

  const append = async (type: 'closed' | 'reopened') => {
    const data = reason.trim() ? { reason: reason.trim() } : {};
    if (await action.append(type, { type, data })) {
      setReason('');
      setReopening(false);
    }
  };
  return (
    <form
      class="case-form"
      data-testid="lifecycle"
      onSubmit={(e) => {
        e.preventDefault();
        void append(mode === 'reopen' ? 'reopened' : 'closed');
      }}
    >
      <h3>{mode === 'reopen' ? tAct('reopenTitle') : mode === 'close' ? tAct('closeTitle') : tAct('closeOrReopenTitle')}</h3>
      {mode !== 'choose' && (
        <TextArea
          label={mode === 'reopen' ? tAct('reopenReason') : tAct('closeReasonRequired')}
          value={reason}
          onInput={setReason}
          rows={2}
          required
          textareaProps={{ lang: 'ru', 'data-testid': mode === 'reopen' ? 'reopen-reason' : 'close-reason' }}
        />
      )}
      {action.error && <Alert tone="danger">{action.error}</Alert>}
      <div class="case-actions">
        {mode === 'choose' && (
          <>
            <Button size="sm" onClick={() => void append('closed')} loading={action.busy === 'closed'} data-testid="close-case">
              {tAct('close')}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setReopening(true)} data-testid="reopen-open">
              {tAct('reopenEllipsis')}
            </Button>
          </>
        )}
        {mode !== 'choose' && (
          <Button
            type="submit"
            size="sm"
            variant={mode === 'reopen' ? 'secondary' : 'danger'}
            disabled={!reason.trim()}
            loading={action.busy !== null}
            data-testid={mode === 'reopen' ? 'reopen-case' : 'close-case'}
          >
            {mode === 'reopen' ? tAct('reopen') : tAct('close')}
          </Button>
        )}
        {mode === 'reopen' && canClose && (
          <Button size="sm" variant="ghost" onClick={() => setReopening(false)}>
            {tAct('cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
