/**
 * Conversion to an official appeal under 59-FZ (seed 001 p. 3.8): with the author's consent, the
 * full name, a postal or e-mail address for the answer and a phone; then a ready text to copy
 * for e-mail or the document system (utils/cases/appeal-text.ts), with a mailto link to the
 * regulation's mailbox when it names one.
 */
import { useState } from 'preact/hooks';
import { Alert, Button, Checkbox, TextArea, TextField } from '../ui/index';
import { appealText, latestAppeal } from '../../utils/cases/appeal-text';
import { getLocale } from '../../utils/i18n/index';
import { useCaseAction, useWorkspace } from './context';
import { tAct } from './action-messages';

interface Contact {
  name: string;
  postalAddress: string;
  email: string;
  phone: string;
  registration: string;
}

export function AppealForm() {
  const ws = useWorkspace();
  const action = useCaseAction();
  const [consent, setConsent] = useState(false);
  const [f, setF] = useState<Contact>({ name: ws.c.author.name ?? '', postalAddress: '', email: '', phone: '', registration: '' });
  if (!ws.allowed.has('convertedToAppeal')) return null;
  const rule = ws.regulation?.appealConversion;
  const field = (key: keyof Contact) => (value: string) => setF((prev) => ({ ...prev, [key]: value }));
  const hasAddress = f.postalAddress.trim() !== '' || f.email.trim() !== '';

  const submit = async () => {
    const data: Record<string, unknown> = { consent, name: f.name.trim() };
    for (const key of ['postalAddress', 'email', 'phone', 'registration'] as const) if (f[key].trim()) data[key] = f[key].trim();
    await action.append('appeal', { type: 'convertedToAppeal', data });
  };
  return (
    <form
      class="case-form"
      data-testid="appeal-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>{tAct('appealTitle')}</h3>
      <p class="case-block__note ui-muted">{rule ? `${rule.text[getLocale()]} (${rule.clause})` : tAct('appealNote')}</p>
      <Checkbox label={tAct('consent')} checked={consent} onChange={setConsent} inputProps={{ 'data-testid': 'appeal-consent' }} />
      <TextField label={tAct('fullName')} value={f.name} onInput={field('name')} required inputProps={{ 'data-testid': 'appeal-name', maxLength: 500 }} />
      <TextField label={tAct('postalAddress')} value={f.postalAddress} onInput={field('postalAddress')} inputProps={{ 'data-testid': 'appeal-postal', maxLength: 500 }} />
      <TextField label={tAct('email')} type="email" value={f.email} onInput={field('email')} inputProps={{ 'data-testid': 'appeal-email' }} />
      <TextField label={tAct('phone')} type="tel" value={f.phone} onInput={field('phone')} inputProps={{ 'data-testid': 'appeal-phone', maxLength: 50 }} />
      <TextField label={tAct('registration')} hint={tAct('registrationHint')} value={f.registration} onInput={field('registration')} inputProps={{ 'data-testid': 'appeal-registration', maxLength: 100 }} />
      {action.error && <Alert tone="danger">{action.error}</Alert>}
      <Button type="submit" size="sm" disabled={!consent || !f.name.trim() || !hasAddress} loading={action.busy === 'appeal'} data-testid="convert-appeal">
        {tAct('convert')}
      </Button>
    </form>
  );
}

/** The text of a recorded conversion, to copy into e-mail or the document system. */
export function AppealResult() {
  const ws = useWorkspace();
  const [copied, setCopied] = useState(false);
  const appeal = latestAppeal(ws.c);
  if (!appeal || ws.c.status !== 'appeal') return null;
  const mailbox = ws.regulation?.appealConversion?.mailbox;
  const text = appealText(ws.c, appeal, { timeZone: ws.timeZone, mailbox, administration: undefined });
  return (
    <section class="case-block" data-testid="appeal-result" aria-labelledby="appeal-result-title">
      <h2 id="appeal-result-title">{tAct('appealResultTitle')}</h2>
      <TextField label={tAct('subject')} value={text.subject} onInput={() => undefined} inputProps={{ readOnly: true }} />
      <TextArea label={tAct('appealText')} value={text.body} onInput={() => undefined} rows={14} textareaProps={{ readOnly: true, 'data-testid': 'appeal-text', class: 'case-mono' }} />
      <div class="case-actions">
        <Button size="sm" variant="primary" onClick={() => void ws.copy(`${text.subject}\n\n${text.body}`).then(setCopied)} data-testid="copy-appeal">
          {copied ? tAct('copied') : tAct('copyText')}
        </Button>
        {text.mailto && (
          <a class="ui-button ui-button--secondary ui-button--sm" href={text.mailto} data-testid="appeal-mailto">
            {tAct('sendTo', { mailbox: mailbox! })}
          </a>
        )}
      </div>
    </section>
  );
}
