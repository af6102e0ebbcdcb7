/** One case in the queue: who wrote what, its status and executor, and the live working-time countdown. */
import { useMemo } from 'preact/hooks';
import { IconButton, NetworkIcon, StatusPill, type Tone } from '../ui/index';
import { ExternalIcon } from '../ui/icons';
import { statusLabels } from '../../utils/cases/status';
import { isOpenStatus, type CaseStatus } from '../../utils/cases/status';
import { getLocale } from '../../utils/i18n/index';
import { describeWorkingLeft, formatDueMoment, formatWorkingLeft } from '../../utils/queue/format';
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
  onApproval: 'accent',
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
  let countdown = deadline ? '' : isOpenStatus(item.status) ? tQueue('noDeadline') : tQueue('finished');
  let countdownLong = countdown;
  let dueText = '';
  if (deadline) {
    const left = workingLeft(deadline.due, now, deadline.clock);
    urgency = urgencyOfLeft(left);
    countdown = formatWorkingLeft(left);
    countdownLong = `${describeWorkingLeft(left)}; ${tQueue('stage', { stage: deadline.stageLabel })}`;
    dueText = formatDueMoment(deadline.due, now, deadline.clock.timeZone);
  }
  // What does not change with the tick keeps its vnode, so Preact skips it on every tick.
  const author = useMemo(() => <RowAuthor item={item} />, [item]);
  const text = useMemo(() => <span class="queue-row__text">{firstLine(item.text) || tQueue('noText')}</span>, [item]);
  const meta = useMemo(() => <RowMeta item={item} executorNames={executorNames} />, [item, executorNames]);
  const thread = useMemo(
    () => <IconButton label={tQueue('openThread')} icon={<ExternalIcon />} size="sm" class="queue-row__thread" onClick={onOpenThread} />,
    [item],
  );
  return (
    <div class={`queue-row queue-row--${urgency}`} data-testid="queue-row" data-case-id={item.id} data-urgency={urgency}>
      <button type="button" class="queue-row__main" data-row-focus onClick={onOpen}>
        <span class="queue-row__line">
          {author}
          <span class="queue-row__countdown" data-testid="queue-countdown" title={countdownLong} aria-hidden="true">
            {countdown}
          </span>
        </span>
        {text}
        <span class="queue-row__line queue-row__meta">
          {meta}
          {deadline && (
            <span class="queue-row__due" title={tQueue('stage', { stage: deadline.stageLabel })}>
              {dueText}
            </span>
          )}
          {deadline?.provisional && (
            <span class="queue-row__provisional" title={tQueue('provisionalHint')}>
              {tQueue('provisional')}
            </span>
          )}
        </span>
        <span class="ui-visually-hidden">{countdownLong}</span>
      </button>
      {thread}
    </div>
  );
}

function RowAuthor({ item }: { item: QueueCase }) {
  return (
    <>
      <NetworkIcon network={item.network} size={14} />
      <span class="queue-row__author">{item.author.name?.trim() || tQueue('noAuthor')}</span>
      {item.importance === 'high' && <span class="queue-row__important">{tQueue('highImportance')}</span>}
    </>
  );
}

function RowMeta({ item, executorNames }: { item: QueueCase; executorNames: string }) {
  return (
    <>
      <StatusPill tone={STATUS_TONE[item.status]} dot={false} class="queue-row__status">
        {statusLabel(item.status)}
      </StatusPill>
      <span class="queue-row__executor">{executorNames || tQueue('noExecutor2')}</span>
    </>
  );
}
