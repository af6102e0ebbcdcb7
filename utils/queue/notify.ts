/**
 * The notification plan: which "falls due soon / is overdue" notifications to fire now, and when
 * the next one may become due (for a one-shot alarm).
 *
 * A stage has thresholds in working minutes before its due moment (settings: default 60 and 15)
 * plus 0 = "overdue" (when enabled). Each (case, stage, threshold, due moment) fires at most once;
 * the caller stores what fired (utils/db notified table) and answers `isNotified`. When several
 * thresholds have passed unseen (the browser was closed), only the most severe one fires: nobody
 * needs "an hour left" after "overdue".
 */
import { workingLeft, type WorkingLeft } from './urgency';
import type { QueueDeadline, WorkClock } from './types';

/** Threshold of the "now overdue" notification. */
export const OVERDUE_THRESHOLD = 0;

export interface NotificationKey {
  caseId: string;
  stage: string;
  /** Working minutes before due; OVERDUE_THRESHOLD for "overdue". */
  threshold: number;
  /** The due moment the notification is about: a moved deadline may notify again. */
  dueAt: number;
}

export interface NotifyCandidate {
  caseId: string;
  deadlines: readonly QueueDeadline[];
  clock: WorkClock;
}

export interface PlannedNotification extends NotificationKey {
  provisional: boolean;
  left: WorkingLeft;
}

export interface NotificationPlan {
  fire: PlannedNotification[];
  /** The earliest moment after `now` when another threshold is reached; undefined when none. */
  nextCheckAt?: number;
}

export interface PlanInput {
  candidates: Iterable<NotifyCandidate>;
  /** Working minutes before due (any order; duplicates and non-positive values are ignored). */
  thresholds: readonly number[];
  notifyWhenOverdue: boolean;
  isNotified: (key: NotificationKey) => boolean;
  now: number;
}

/** Thresholds, largest first, with 0 at the end when overdue notifications are on. */
export function effectiveThresholds(thresholds: readonly number[], notifyWhenOverdue: boolean): number[] {
  const list = [...new Set(thresholds.filter((t) => Number.isFinite(t) && t > 0))].sort((a, b) => b - a);
  if (notifyWhenOverdue) list.push(OVERDUE_THRESHOLD);
  return list;
}

export function notificationKeyString(key: NotificationKey): string {
  return `${key.caseId}|${key.stage}|${key.threshold}|${key.dueAt}`;
}

export function planNotifications({ candidates, thresholds, notifyWhenOverdue, isNotified, now }: PlanInput): NotificationPlan {
  const levels = effectiveThresholds(thresholds, notifyWhenOverdue);
  const fire: PlannedNotification[] = [];
  let nextCheckAt: number | undefined;
  if (levels.length === 0) return { fire };

  for (const { caseId, deadlines, clock } of candidates) {
    for (const deadline of deadlines) {
      if (deadline.done) continue;
      const left = workingLeft(deadline.due, now, clock);
      // Thresholds are largest first: the reached ones are a suffix of the passed-over ones.
      const reached = levels.filter((level) => (level === OVERDUE_THRESHOLD ? left.overdue : left.overdue || left.minutes <= level));
      const unreached = levels.filter((level) => !reached.includes(level));
      const severest = reached.at(-1);
      if (severest !== undefined) {
        const key: NotificationKey = { caseId, stage: deadline.stage, threshold: severest, dueAt: deadline.due };
        if (!isNotified(key)) fire.push({ ...key, provisional: deadline.provisional, left });
      }
      const next = unreached[0];
      if (next !== undefined) {
        const at = next === OVERDUE_THRESHOLD ? deadline.due : clock.subtractWorkingMinutes(deadline.due, next);
        const when = Math.max(at, now + 1);
        if (nextCheckAt === undefined || when < nextCheckAt) nextCheckAt = when;
      }
    }
  }
  // Most urgent first: overdue before soon, then by due moment.
  fire.sort((a, b) => a.threshold - b.threshold || a.dueAt - b.dueAt || (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0));
  return { fire, nextCheckAt };
}

/** A pass shows at most this many notifications one by one; more become one summary. */
export const MAX_SINGLE_NOTIFICATIONS = 3;

export interface NotificationBatch {
  /** Shown one by one. */
  single: PlannedNotification[];
  /** Folded into one summary notification (after a long absence: one, not thousands of pop-ups). */
  folded: PlannedNotification[];
}

/** Up to `max` notifications are shown one by one; more are all folded into one summary. */
export function batchNotifications(fire: readonly PlannedNotification[], max = MAX_SINGLE_NOTIFICATIONS): NotificationBatch {
  return fire.length <= max ? { single: [...fire], folded: [] } : { single: [], folded: [...fire] };
}
