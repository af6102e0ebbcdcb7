/** From the deadlines engine's stage deadlines to what the queue and the notifications read. */
import type { QueueDeadline } from './types';

/** The fields of a StageDeadline (utils/cases/deadlines) the queue reads. */
export interface StageDeadlineLike {
  stage: string;
  due: number;
  provisional: boolean;
  /** Epoch ms when the stage was completed. */
  done?: number;
  /** Epoch ms when the stage stopped without being done. */
  stopped?: number;
  /** «If needed» stages are never late merely for not happening: nobody is warned about them. */
  optional?: true;
}

/** The stages that can still fall due: not done, not stopped, not optional. */
export function pendingDeadlines(deadlines: readonly StageDeadlineLike[]): QueueDeadline[] {
  return deadlines
    .filter((d) => d.done === undefined && d.stopped === undefined && !d.optional)
    .map((d) => ({ stage: d.stage, due: d.due, provisional: d.provisional }));
}
