/**
 * «Не подлежит ответу» with a ground of the regulation (seed 000 p. 14, 001 p. 3.6, …); for an
 * answer already on the official site (seed 001 p. 3.6), the site's address to give the author.
 */
import { useState } from 'preact/hooks';
import { Alert, Button, Select, TextField } from '../ui/index';
import { rejectionReasonOptions } from '../../utils/drafting/reasons';
import { getLocale } from '../../utils/i18n/index';
import { useCaseAction, useWorkspace } from './context';
import { tAct } from './action-messages';

export function RejectForm() {
  const ws = useWorkspace();
  const action = useCaseAction();
  const options = rejectionReasonOptions(ws.regulation);
  const [reason, setReason] = useState('');
  const [siteUrl, setSiteUrl] = useState('');
  if (!ws.allowed.has('rejected')) return null;
  const chosen = options.find((o) => o.code === reason);
  const needsSite = reason === 'alreadyAnswered';

  const submit = async () => {
    const data: Record<string, unknown> = { reason };
    if (needsSite && siteUrl.trim()) data.siteUrl = siteUrl.trim();
    await action.append('reject', { type: 'rejected', data });
  };
  return (
    <form
      class="case-form"
      data-testid="reject-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>{tAct('rejectTitle')}</h3>
      <Select
        label={tAct('rejectReason')}
        value={reason}
        onChange={setReason}
        options={[{ value: '', label: tAct('chooseReason') }, ...options.map((o) => ({ value: o.code, label: o.label[getLocale()] }))]}
        hint={chosen ? [chosen.clause, chosen.instead?.[getLocale()]].filter(Boolean).join(' — ') : tAct('rejectHint')}
        selectProps={{ 'data-testid': 'reject-reason' }}
      />
      {needsSite && (
        <TextField label={tAct('siteUrl')} type="url" value={siteUrl} onInput={setSiteUrl} required placeholder="https://" inputProps={{ 'data-testid': 'reject-site-url' }} />
      )}
      {action.error && <Alert tone="danger">{action.error}</Alert>}
      <Button type="submit" variant="danger" size="sm" disabled={!reason || (needsSite && !siteUrl.trim())} loading={action.busy === 'reject'} data-testid="reject">
        {tAct('reject')}
      </Button>
    </form>
  );
}
