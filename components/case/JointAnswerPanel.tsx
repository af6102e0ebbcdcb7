/**
 * A joint answer (seed 002 p. 15, seed 003 p. 19): each co-executor's part as sent (entered here
 * on their behalf when they have no extension), who is still awaited, and «Собрать общий ответ»
 * which puts the parts into the lead's draft to edit into one answer.
 */
import { useState } from 'preact/hooks';
import { Alert, Button, Select, TextArea } from '../ui/index';
import { jointAnswerParts, jointDraftText } from '../../utils/cases/parts';
import { useCaseAction, useWorkspace } from './context';
import { tDraft } from './draft-messages';
import { formatMoment } from './format';

export function JointAnswerPanel({ now, draftText, onCompose }: { now: number; draftText: string; onCompose: (text: string) => void }) {
  const ws = useWorkspace();
  const { c } = ws;
  const action = useCaseAction();
  const { parts, pending } = jointAnswerParts(c);
  const coExecutors = c.executors.filter((id) => id !== c.lead);
  // Until chosen: the first co-executor still awaited.
  const [chosen, setExecutor] = useState<string | undefined>(undefined);
  const executor = chosen !== undefined && coExecutors.includes(chosen) ? chosen : (pending[0] ?? coExecutors[0] ?? '');
  const [text, setText] = useState('');
  if (c.executors.length < 2) return null;

  const addPart = async () => {
    if (await action.append('part', { type: 'partSubmitted', data: { executor, text: text.trim() } })) setText('');
  };
  const compose = () => {
    const joined = jointDraftText(parts);
    onCompose(draftText.trim() ? `${draftText.trim()}\n\n${joined}` : joined);
  };

  return (
    <section class="case-block" aria-labelledby="joint-title" data-testid="joint-answer">
      <h2 id="joint-title">{tDraft('jointTitle')}</h2>
      <p class="case-block__note ui-muted">{tDraft('jointNote', { lead: c.lead ? ws.name(c.lead) : tDraft('leadNotNamed') })}</p>
      <ul class="case-parts">
        {coExecutors.map((id) => {
          const part = parts.find((p) => p.executor === id);
          return (
            <li key={id} data-testid="joint-part" data-executor={id} data-state={part ? 'sent' : 'pending'}>
              <p class="case-parts__who">
                <strong>{ws.name(id)}</strong> · {part ? tDraft('partSent', { when: formatMoment(part.at, ws.timeZone, now) }) : tDraft('partPending')}
              </p>
              {part && <p class="case-text">{part.text}</p>}
            </li>
          );
        })}
      </ul>
      {parts.length > 0 && ws.allowed.has('draftSubmitted') && (
        <Button size="sm" onClick={compose} data-testid="compose-joint">
          {tDraft('composeJoint')}
        </Button>
      )}
      {ws.allowed.has('partSubmitted') && coExecutors.length > 0 && (
        <form
          class="case-form case-form--inset"
          onSubmit={(e) => {
            e.preventDefault();
            void addPart();
          }}
        >
          <Select label={tDraft('partOf')} value={executor} onChange={setExecutor} options={coExecutors.map((id) => ({ value: id, label: ws.name(id) }))} selectProps={{ 'data-testid': 'part-executor' }} />
          <TextArea label={tDraft('partText')} value={text} onInput={setText} rows={3} textareaProps={{ lang: 'ru', spellcheck: true, 'data-testid': 'part-text' }} />
          {action.error && <Alert tone="danger">{action.error}</Alert>}
          <Button type="submit" size="sm" disabled={!executor || !text.trim()} loading={action.busy === 'part'} data-testid="submit-part">
            {tDraft('addPart')}
          </Button>
        </form>
      )}
    </section>
  );
}
