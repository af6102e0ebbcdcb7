/**
 * «Вернуть: не по компетенции» (seed 000 p. 7, 002 p. 8, 003 p. 11, 004 p. 5): the executor returns
 * the message with a reason; with several executors, one of them returns only its own share.
 */
import { useState } from 'preact/hooks';
import { Alert, Button, Select, TextArea } from '../ui/index';
import { useCaseAction, useWorkspace } from './context';
import { t } from './messages';

export function NotCompetentForm() {
  const ws = useWorkspace();
  const action = useCaseAction();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [executor, setExecutor] = useState(ws.c.executors.length === 1 ? ws.c.executors[0]! : '');
  if (!open) {
    return (
      <Button size="sm" variant="ghost" onClick={() => setOpen(true)} data-testid="not-competent-open">
        {t('returnNotCompetent')}
      </Button>
    );
  }
  const submit = async () => {
    const data: Record<string, unknown> = { reason: reason.trim() };
    if (executor) data.executor = executor;
    if (await action.append('notCompetent', { type: 'returnedNotCompetent', data })) {
      setOpen(false);
      setReason('');
    }
  };
  return (
    <form
      class="case-form case-form--inset"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {ws.c.executors.length > 1 && (
        <Select
          label={t('whoReturns')}
          value={executor}
          onChange={setExecutor}
          options={[{ value: '', label: t('allExecutors') }, ...ws.c.executors.map((id) => ({ value: id, label: ws.name(id) }))]}
        />
      )}
      <TextArea label={t('notCompetentReason')} hint={t('notCompetentHint')} value={reason} onInput={setReason} rows={2} required textareaProps={{ lang: 'ru', 'data-testid': 'not-competent-reason' }} />
      {action.error && <Alert tone="danger">{action.error}</Alert>}
      <div class="case-actions">
        <Button type="submit" variant="danger" size="sm" disabled={!reason.trim()} loading={action.busy === 'notCompetent'} data-testid="not-competent-submit">
          {t('returnNotCompetent')}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
