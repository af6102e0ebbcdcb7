/** One case in the queue: who wrote what, its status and executor, and the live working-time countdown. */
import { useMemo, useRef } from 'preact/hooks';
import { IconButton, NetworkIcon, StatusPill, type Tone } from '../ui/index';
import { ExternalIcon } from '../ui/icons';
import { statusLabels } from '../../utils/cases/status';
import { isOpenStatus, type CaseStatus } from '../../utils/cases/status';
import { getLocale } from '../../utils/i18n/index';
import { describeWorkingLeft, formatDueMoment, workingLeftParts } from '../../utils/queue/format';
import type { QueueCase, Urgency, WorkClock } from '../../utils/queue/types';
import { urgencyOfLeft, workingLeft } from '../../utils/queue/urgency';
import { tQueue } from './messages';

/** The case's nearest due stage, as the row shows it. */
export interface RowDeadline {
  /** The stage's name in the operator's language («Ответ опубликован»…). */
  stageLabel: string;
  due: number;
  provisional: boolean;
  clock: WorkClock;
}

export const STATUS_TONE: Record<CaseStatus, Tone> = {
  new: 'info',
  inWork: 'neutral',
  notCompetent: 'warning',
  onApproval: 'info',
  returned: 'warning',
  approved: 'success',
  awaitingAuthor: 'neutral',
  interim: 'neutral',
  answered: 'success',
  notSubject: 'neutral',
  appeal: 'neutral',
  closed: 'neutral',
};

export function statusLabel(status: CaseStatus): string {
  return statusLabels[status][getLocale()];
}

/** The first non-empty line of the captured text. */
export function firstLine(text: string): string {
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed) return trimmed;
  }
  return '';
}

export interface QueueRowProps {
  item: QueueCase;
  deadline: RowDeadline | undefined;
  now: number;
  executorNames: string;
  onOpen: () => void;
  onOpenThread: () => void;
}

export function QueueRow({ item, deadline, now, executorNames, onOpen, onOpenThread }: QueueRowProps) {
  let urgency: Urgency | 'none' = 'none';
  // The countdown's column puts the lead of lateness («просрочено на») above the time.
  let lead = '';
  let countdown = deadline ? '' : isOpenStatus(item.status) ? tQueue('noDeadline') : tQueue('finished');
  let countdownLong = countdown;
  let dueText = '';
  if (deadline) {
    const left = workingLeft(deadline.due, now, deadline.clock);
    urgency = urgencyOfLeft(left);
    ({ lead, time: countdown } = workingLeftParts(left));
    countdownLong = `${describeWorkingLeft(left)}; ${tQueue('stage', { stage: deadline.stageLabel })}`;
    dueText = formatDueMoment(deadline.due, now, deadline.clock.timeZone);
  }
  // The latest handlers, read at click time, so the memoised row below need not change with them.
  const handlers = useRef({ onOpen, onOpenThread });
  handlers.current = { onOpen, onOpenThread };

  // Working minutes change once a minute, not every second: while the texts stay the same the row
  // keeps its vnode and Preact skips it on the tick.
  // Two columns: who, what and the status on the left (each cut with an ellipsis), the countdown and
  // the due moment on the right, whole — a long lateness never squeezes the author out (queue.css).
  return useMemo(
    () => (
      <div class={`queue-row queue-row--${urgency}`} data-testid="queue-row" data-case-id={item.id} data-urgency={urgency}>
        <button type="button" class={lead ? 'queue-row__main queue-row__main--late' : 'queue-row__main'} data-row-focus onClick={() => handlers.current.onOpen()}>
          <span class="queue-row__line queue-row__who">
            <RowAuthor item={item} />
          </span>
          <span class="queue-row__countdown" data-testid="queue-countdown" title={countdownLong} aria-hidden="true">
            {lead && <span class="queue-row__lead">{lead}</span>}
            {lead && ' '}
            <span class="queue-row__time">{countdown}</span>
          </span>
          <span class="queue-row__text">{firstLine(item.text) || tQueue('noText')}</span>
          <span class="queue-row__line queue-row__meta">
            <RowMeta item={item} executorNames={executorNames} />
            {deadline?.provisional && (
              <span class="queue-row__provisional" title={tQueue('provisionalHint')}>
                {tQueue('provisional')}
              </span>
            )}
          </span>
          {deadline && (
            <span class="queue-row__due" title={tQueue('stage', { stage: deadline.stageLabel })}>
              {dueText}
            </span>
          )}
          <span class="ui-visually-hidden">{countdownLong}</span>
        </button>
        <IconButton label={tQueue('openThread')} icon={<ExternalIcon />} size="sm" class="queue-row__thread" onClick={() => handlers.current.onOpenThread()} />
      </div>
    ),
    [item, executorNames, deadline?.stageLabel, deadline?.provisional, urgency, lead, countdown, countdownLong, dueText],
  );
}

function RowAuthor({ item }: { item: QueueCase }) {
  return (
    <>
      <NetworkIcon network={item.network} size={14} />
      <span class="queue-row__author">{item.author.name?.trim() || tQueue('noAuthor')}</span>
    </>
  );
}

function RowMeta({ item, executorNames }: { item: QueueCase; executorNames: string }) {
  return (
    <>
      {item.importance === 'high' && <span class="queue-row__important">{tQueue('highImportance')}</span>}
      <StatusPill tone={STATUS_TONE[item.status]} dot={false} class="queue-row__status" title={statusLabel(item.status)}>
        <span class="queue-row__status-text">{statusLabel(item.status)}</span>
      </StatusPill>
      <span class="queue-row__executor">{executorNames || tQueue('noExecutor2')}</span>
    </>
  );
}
