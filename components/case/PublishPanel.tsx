/**
 * After approval: «Вставить в ветку» asks the background to put the approved text into the reply
 * box of that very comment (the person presses «Отправить» on the site; the detected reply then
 * arrives as a `published` event and this panel re-renders). «Отметить опубликованным» records the
 * reply by hand with its link and time. An interim answer opens the final-answer stage.
 */
import { useState } from 'preact/hooks';
import { Alert, Button, TextField } from '../ui/index';
import type { AlertTone } from '../ui/index';
import { publicationFor } from '../../utils/cases/workflow';
import { fromRow } from '../../utils/db/case-row';
import { publicationEvent } from '../../utils/drafting/publication';
import { useCaseAction, useWorkspace } from './context';
import { tDraft } from './draft-messages';
import { fromLocalInput, toLocalInput } from './format';
import { MomentField, momentError } from './MomentField';

const OUTCOME_TONE: Record<'inserted' | 'copied' | 'failed', AlertTone> = { inserted: 'success', copied: 'warning', failed: 'danger' };

export function PublishPanel({ now }: { now: number }) {
  const ws = useWorkspace();
  const { c } = ws;
  const insertAction = useCaseAction();
  const action = useCaseAction();
  const [inserted, setInserted] = useState<{ tone: AlertTone; message: string; onClipboard: boolean } | null>(null);
  const [url, setUrl] = useState('');
  const [when, setWhen] = useState('');
  const [copied, setCopied] = useState(false);
  const publication = publicationFor(fromRow(c), ws.policy);
  if (!publication || !c.draft) return null;
  const text = c.draft.text;
  const isPrivate = c.draft.visibility === 'private';
  // A selection (context menu, unread markup) or another site: no post or comment to reply under.
  const inThread = (c.network === 'vk' || c.network === 'ok') && c.kind !== 'message';

  const insert = async () => {
    setInserted(null);
    // Copy first, inside the click (a user gesture the page on VK/OK does not have): whatever
    // happens in the thread, the approved text is on the clipboard.
    const onClipboard = await ws.copy(text);
    setCopied(onClipboard);
    await insertAction.run('insert', async () => {
      const result = await ws.api.insertAnswer(c.id);
      setInserted({ tone: OUTCOME_TONE[result.outcome], message: result.message, onClipboard });
    });
  };
  const copy = async () => setCopied(await ws.copy(text));
  const whenError = momentError(when, ws.timeZone);
  const mark = async () => {
    if (whenError) return;
    const replyAt = when ? fromLocalInput(when, ws.timeZone) : undefined;
    const event = publicationEvent(fromRow(c), ws.policy, { url, replyAt });
    if (!event) return;
    if (await action.append('mark', event)) {
      setUrl('');
      setWhen('');
    }
  };

  return (
    <div class="case-publish" data-testid="publish" data-publication={publication.type}>
      <p class="case-block__note">{tDraft(`publishIntro_${publication.type}`)}</p>
      <div class="case-actions">
        {!isPrivate && inThread && (
          <Button variant="primary" onClick={() => void insert()} loading={insertAction.busy === 'insert'} data-testid="insert-answer">
            {tDraft('insertAnswer')}
          </Button>
        )}
        <Button onClick={() => void copy()} data-testid="copy-answer">
          {copied ? tDraft('copied') : tDraft('copyText')}
        </Button>
      </div>
      {isPrivate && <p class="ui-muted">{tDraft('privateAnswerNote')}</p>}
      {!isPrivate && !inThread && (
        <p class="ui-muted" data-testid="no-thread-note">
          {tDraft('noThreadNote')}
        </p>
      )}
      {inserted && (
        <Alert tone={inserted.tone} data-testid="insert-result">
          {inserted.message}
          {inserted.tone !== 'success' && inserted.onClipboard && <p>{tDraft('clipboardHasText')}</p>}
        </Alert>
      )}
      {insertAction.error && (
        <Alert tone="danger" data-testid="insert-error">
          {insertAction.error}
          <p>{tDraft('insertFallback')}</p>
        </Alert>
      )}
      <form
        class="case-form case-form--inset"
        onSubmit={(e) => {
          e.preventDefault();
          void mark();
        }}
      >
        <TextField label={tDraft('replyUrl')} type="url" value={url} onInput={setUrl} placeholder="https://vk.com/wall-…?reply=…" inputProps={{ 'data-testid': 'published-url' }} />
        <MomentField label={tDraft('replyAt')} value={when} onChange={setWhen} hint={tDraft('replyAtHint', { zone: ws.timeZone })} testId="published-at" timeZone={ws.timeZone} maxDate={toLocalInput(now, ws.timeZone).slice(0, 10)} />
        <Button type="submit" loading={action.busy === 'mark'} disabled={whenError !== undefined} data-testid="mark-published">
          {tDraft(`mark_${publication.type}`)}
        </Button>
        {action.error && (
          <Alert tone="danger" data-testid="publish-error">
            {action.error}
          </Alert>
        )}
      </form>
    </div>
  );
}
