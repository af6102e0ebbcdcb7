/**
 * The answer's part of the workflow, in the order the regulation runs it: the current draft (on
 * approval, returned or approved), the approver's decision, the publication, and the editor for a
 * new or revised draft. Only what the workflow allows now is offered (allowedEvents).
 */
import { useState } from 'preact/hooks';
import { Button } from '../ui/index';
import { getLocale } from '../../utils/i18n/index';
import { ApprovalPanel, CurrentDraft } from './ApprovalPanel';
import { useWorkspace } from './context';
import { DraftEditor } from './DraftEditor';
import { tDraft } from './draft-messages';
import { ExternalLink } from './ExternalLink';
import { formatMoment } from './format';
import { PublishPanel } from './PublishPanel';
import type { DraftState } from './useDraftState';

export function AnswerSection({ draft, now }: { draft: DraftState; now: number }) {
  const ws = useWorkspace();
  const { c } = ws;
  const [editing, setEditing] = useState(false);
  const canDraft = ws.allowed.has('draftSubmitted');
  const state = c.draft?.state;
  // A returned draft (or none yet) is edited right away; a submitted or approved one on request.
  const editorOpen = canDraft && (state === undefined || state === 'returned' || editing);
  if (!c.draft && !canDraft && !c.reply) return null;
  return (
    <section class="case-block" aria-labelledby="answer-title" data-testid="answer">
      <h2 id="answer-title">{c.interimAt !== undefined ? tDraft('finalAnswerTitle') : tDraft('answerTitle')}</h2>
      {c.interimAt !== undefined && <p class="case-note">{tDraft('interimGiven', { when: formatMoment(c.interimAt, ws.timeZone, now) })}</p>}
      {c.reply && <ReplyInfo now={now} />}
      {c.status === 'returned' && <LastReturn />}
      <CurrentDraft now={now} />
      {/* Approved: publishing comes first, a late return second. */}
      {state === 'approved' ? [<PublishPanel now={now} key="publish" />, <ApprovalPanel key="approval" />] : [<ApprovalPanel key="approval" />, <PublishPanel now={now} key="publish" />]}
      {editorOpen ? (
        <DraftEditor draft={draft} now={now} onSubmitted={() => setEditing(false)} onCancel={editing ? () => setEditing(false) : undefined} />
      ) : (
        canDraft && (
          <Button size="sm" variant="ghost" onClick={() => setEditing(true)} data-testid="edit-draft">
            {tDraft('editDraft')}
          </Button>
        )
      )}
    </section>
  );
}

/** Why the draft came back, right above it. */
function LastReturn() {
  const ws = useWorkspace();
  const back = ws.c.events.findLast((e) => e.type === 'returnedForRevision');
  if (back?.type !== 'returnedForRevision') return null;
  const reason = ws.regulation?.refusalReasons.find((r) => r.id === back.data.reason)?.label[getLocale()];
  return (
    <div class="case-note case-note--warning" data-testid="last-return">
      <p>
        <strong>{tDraft('returnedBecause')}</strong> {reason ?? tDraft(`revision_${back.data.reason}`)}
      </p>
      {back.data.comment && <p class="case-text">{back.data.comment}</p>}
    </div>
  );
}

/** The latest reply placed in the thread. */
function ReplyInfo({ now }: { now: number }) {
  const ws = useWorkspace();
  const reply = ws.c.reply!;
  return (
    <div class="case-note case-note--success" data-testid="reply-info" data-event={reply.eventType}>
      <p>
        <strong>{tDraft(`reply_${reply.eventType}`)}</strong> <span class="ui-num">{formatMoment(reply.replyAt ?? reply.at, ws.timeZone, now)}</span>
        {reply.url && (
          <>
            {' · '}
            <ExternalLink href={reply.url} testId="reply-link">
              {tDraft('replyLink')}
            </ExternalLink>
          </>
        )}
      </p>
      {reply.text && <p class="case-text">{reply.text}</p>}
    </div>
  );
}
