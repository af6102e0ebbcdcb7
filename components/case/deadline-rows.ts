/**
 * The deadline table of a case as the side panel shows it: every stage computeDeadlines returns,
 * in the regulation's order, with its due moment in the administration's zone, the working time
 * left (or how late), whether it is done, late, stopped or only «if needed», and who must act.
 */
import type { StageDeadline } from '../../utils/cases/deadlines';
import { getLocale } from '../../utils/i18n/index';
import { formatWorkingLeft } from '../../utils/queue/format';
import type { Urgency, WorkClock } from '../../utils/queue/types';
import { urgencyOfLeft, workingLeft } from '../../utils/queue/urgency';
import type { Regulation } from '../../utils/regulation/index';
import { formatDue, formatMoment } from './format';

export type DeadlineState = 'pending' | 'overdue' | 'done' | 'doneLate' | 'stopped' | 'optional';

export interface DeadlineRow {
  stage: string;
  label: string;
  /** Who must act: the role's name in the regulation («Куратор»). */
  actor: string;
  due: number;
  /** «до 17:30, пт 27.11». */
  dueText: string;
  state: DeadlineState;
  /** Working time left or overdue, for a stage still to be done: «2 ч 15 мин раб.». */
  leftText?: string;
  urgency?: Urgency;
  /** When it was done or stopped: «пт 27.11 10:02». */
  doneText?: string;
  provisional: boolean;
  /** Counted from detection because the posting time is unknown. */
  fallback: boolean;
  /** For the co-executors' stage: who has not sent a part. */
  pendingExecutors?: string[];
  clause: string;
}

export function actorLabel(regulation: Pick<Regulation, 'roles'> | undefined, role: string): string {
  return regulation?.roles.find((r) => r.id === role)?.label[getLocale()] ?? role;
}

function stateOf(d: StageDeadline, now: number): DeadlineState {
  if (d.done !== undefined) return d.late ? 'doneLate' : 'done';
  if (d.stopped !== undefined) return 'stopped';
  if (d.optional) return 'optional';
  return now > d.due ? 'overdue' : 'pending';
}

/**
 * `caseOpen`: while the case is open an «if needed» stage shows its time left too; once the case
 * has an outcome it is only listed.
 */
export function deadlineRows(
  deadlines: readonly StageDeadline[],
  regulation: Pick<Regulation, 'roles'> | undefined,
  clock: WorkClock,
  now: number,
  caseOpen = true,
): DeadlineRow[] {
  const locale = getLocale();
  return deadlines.map((d) => {
    const state = stateOf(d, now);
    const row: DeadlineRow = {
      stage: d.stage,
      label: d.label[locale],
      actor: actorLabel(regulation, d.actor),
      due: d.due,
      dueText: formatDue(d.due, clock.timeZone, now),
      state,
      provisional: d.provisional,
      fallback: d.fallback !== undefined,
      clause: d.clause,
    };
    if (state === 'pending' || state === 'overdue' || (state === 'optional' && caseOpen)) {
      const left = workingLeft(d.due, now, clock);
      row.leftText = formatWorkingLeft(left);
      row.urgency = urgencyOfLeft(left);
    }
    const finished = d.done ?? d.stopped;
    if (finished !== undefined) row.doneText = formatMoment(finished, clock.timeZone, now);
    if (d.pendingExecutors?.length) row.pendingExecutors = [...d.pendingExecutors];
    return row;
  });
}

/** The nearest stage still to be done (not optional), for the bar at the top of the panel. */
export function nextRow(rows: readonly DeadlineRow[]): DeadlineRow | undefined {
  let next: DeadlineRow | undefined;
  for (const row of rows) {
    if (row.state !== 'pending' && row.state !== 'overdue') continue;
    if (!next || row.due < next.due) next = row;
  }
  return next;
}
