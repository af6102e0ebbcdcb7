/**
 * What computeDeadlines reads and returns. The case shape is structural: a stored Case
 * (utils/cases/schema) fits, and so does a bare object in a test.
 */
import type { Anchor, Label, RoleId, StageId } from '../../regulation';

/** One timeline event as deadlines read it (the workflow's CaseEvent fits). */
export interface DeadlineEvent {
  type: string;
  /** Epoch ms of the moment it happened. */
  at: number;
  data?: Readonly<Record<string, unknown>>;
}

export interface DeadlineCase {
  /** The case's importance; a later `routed` event's data.importance wins. */
  importance: 'normal' | 'high';
  /** When the author published the message (epoch ms), if the page gave it. */
  postedAt?: number;
  /** When the message was detected (the `captured` event). */
  detectedAt: number;
  /** How many executors the case has, when no `routed` event names them. */
  executorsCount?: number;
  /** The executors' ids, when no `routed` event names them (a stored Case has them). */
  executors?: readonly string[];
  events: readonly DeadlineEvent[];
}

export interface StageDeadline {
  stage: StageId;
  label: Label;
  /** Who must act: a role of the regulation. */
  actor: RoleId;
  /** The event the rule counts from. */
  from: Anchor;
  /** The moment counting started (epoch ms). */
  startedAt: number;
  /** Set when the rule's event is unknown (no postedAt) and detection was used instead. */
  fallback?: 'captured';
  /** Epoch ms. Being done at exactly this moment is on time; any later is late. */
  due: number;
  /** The due moment lies beyond the production calendar's data and may move. */
  provisional: boolean;
  /** Epoch ms when the stage was completed. */
  done?: number;
  /** Completed after `due`; or, when `now` was given, still open after `due`. */
  late?: boolean;
  /**
   * «If needed» (return as outside competence, a clarification request, an explanation): shown
   * while open, never late merely for not happening.
   */
  optional?: true;
  /** Epoch ms when the stage stopped without being done (rejected, converted, closed, returned). */
  stopped?: number;
  /** For a co-executors' stage: who has not sent a part yet. */
  pendingExecutors?: string[];
  /** The clause of the regulation this stage mirrors. */
  clause: string;
}
