/**
 * «Задание исполнителю»: a ready plain text for a messenger or e-mail to an executor without the
 * extension (utils/cases/assignment-text.ts): the message, the links, what is asked, and each
 * pending deadline as a wall-clock time in the administration's zone. «What is asked» may come
 * from a template of the kind «Задание исполнителю» with its variables filled in.
 */
import { useState } from 'preact/hooks';
import { Button, Select, TextArea } from '../ui/index';
import { assignmentText } from '../../utils/cases/assignment-text';
import { renderTemplate } from '../../utils/directory/render-template';
import { templateValues } from '../../utils/drafting/template-values';
import { useWorkspace } from './context';
import type { DeadlineRow } from './deadline-rows';
import { tDraft } from './draft-messages';

export function AssignmentPanel({ rows, now }: { rows: readonly DeadlineRow[]; now: number }) {
  const ws = useWorkspace();
  const { c } = ws;
  // Until chosen, the task is for the lead (or the only executor) of the current routing.
  const [chosen, setRecipient] = useState<string | undefined>(undefined);
  const recipient = chosen ?? c.lead ?? c.executors[0] ?? '';
  const [request, setRequest] = useState('');
  const [copied, setCopied] = useState(false);
  const names = Object.fromEntries(ws.people.map((p) => [p.id, p.name]));
  const deadlines = rows.filter((r) => r.state === 'pending' || r.state === 'overdue').map((r) => ({ label: r.label, due: r.due }));
  const text = assignmentText({ case: c, deadlines, timeZone: ws.timeZone, recipientId: recipient || undefined, names, request, now });
  const email = ws.people.find((p) => p.id === recipient)?.email;
  const subject = tDraft('assignmentSubject', { author: c.author.name ?? '' });
  // Templates of the kind «Задание исполнителю» (options → directory) fill «what is asked».
  const templates = ws.templates.filter((tpl) => tpl.kind === 'assignment');

  return (
    <details class="case-block case-details" data-testid="assignment">
      <summary>{tDraft('assignmentTitle')}</summary>
      <p class="case-block__note ui-muted">{tDraft('assignmentNote')}</p>
      {c.executors.length > 0 && (
        <Select
          label={tDraft('recipient')}
          value={recipient}
          onChange={setRecipient}
          options={[{ value: '', label: tDraft('anyRecipient') }, ...c.executors.map((id) => ({ value: id, label: ws.name(id) }))]}
          selectProps={{ 'data-testid': 'assignment-recipient' }}
        />
      )}
      {templates.length > 0 && (
        <Select
          label={tDraft('template')}
          value=""
          onChange={(id) => {
            const chosen = templates.find((tpl) => tpl.id === id);
            if (chosen) setRequest(renderTemplate(chosen.body, templateValues({ case: c, people: ws.people, currentUserId: ws.currentUserId, earlier: ws.earlier, timeZone: ws.timeZone, now })));
          }}
          options={[{ value: '', label: tDraft('noTemplate') }, ...templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))]}
          selectProps={{ 'data-testid': 'assignment-template' }}
        />
      )}
      <TextArea
        label={tDraft('whatIsAsked')}
        hint={tDraft('whatIsAskedHint')}
        value={request}
        onInput={setRequest}
        rows={2}
        textareaProps={{ lang: 'ru', spellcheck: true, 'data-testid': 'assignment-request' }}
      />
      <TextArea label={tDraft('assignmentText')} value={text} onInput={() => undefined} rows={12} textareaProps={{ readOnly: true, 'data-testid': 'assignment-text', class: 'case-mono' }} />
      <div class="case-actions">
        <Button size="sm" onClick={() => void ws.copy(text).then(setCopied)} data-testid="copy-assignment">
          {copied ? tDraft('copied') : tDraft('copyText')}
        </Button>
        {email && (
          <a class="ui-button ui-button--ghost ui-button--sm" href={`mailto:${encodeURIComponent(email).replace('%40', '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}`}>
            {tDraft('sendByMail')}
          </a>
        )}
      </div>
    </details>
  );
}
