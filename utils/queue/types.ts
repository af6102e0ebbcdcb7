/**
 * What the queue needs from the rest of the product, as narrow types: a case's queue fields, its
 * stage deadlines, and the working-time operations of its administration's calendar.
 */
import type { Case } from '../cases/schema';

export type Urgency = 'calm' | 'soon' | 'overdue';

/** A case as far as the queue reads it (a stored Case or CaseRow fits). */
export type QueueCase = Pick<
  Case,
  | 'id'
  | 'network'
  | 'author'
  | 'text'
  | 'status'
  | 'executors'
  | 'topic'
  | 'importance'
  | 'nextDueAt'
  | 'detectedAt'
  | 'updatedAt'
  | 'resolvedAt'
  | 'closedAt'
>;

/** One stage deadline of a case (the shape computeDeadlines returns, reduced to what the queue reads). */
export interface QueueDeadline {
  stage: string;
  /** Epoch ms. */
  due: number;
  /** The due moment lies beyond the calendar's data: it may move once the year's calendar is known. */
  provisional: boolean;
  /** The stage is complete; it no longer falls due. */
  done?: boolean;
}

/**
 * Working-time arithmetic of one administration, in epoch ms (an adapter over the working-time
 * engine's WorkCalendar: see clock.ts).
 */
export interface WorkClock {
  /** IANA zone of the administration: wall-clock moments are shown in it. */
  readonly timeZone: string;
  /** Working minutes in [from, to); 0 when to <= from. May be fractional. */
  workingMinutesBetween(from: number, to: number): number;
  /** A moment by which `minutes` working minutes have passed since `from`. */
  addWorkingMinutes(from: number, minutes: number): number;
  /** The latest moment that lies `minutes` working minutes before `to`. */
  subtractWorkingMinutes(to: number, minutes: number): number;
}
