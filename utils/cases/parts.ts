/**
 * Joint answers (seed 002 p.15, 003 p.19): each co-executor sends its part; the lead named by the
 * curator writes the joint answer from them. This collects the parts of the current answer cycle.
 */
import type { Case } from './schema';

export interface ExecutorPart {
  executor: string;
  text: string;
  at: number;
  eventId: string;
}

export interface JointAnswerParts {
  /** The latest part of each current co-executor, in the order of the executors. */
  parts: ExecutorPart[];
  /** Co-executors who have not sent a part yet. */
  pending: string[];
}

/** Parts since the start of the current cycle (the last `reopened`), of executors still assigned. */
export function jointAnswerParts(c: Pick<Case, 'events' | 'executors' | 'lead'>): JointAnswerParts {
  const coExecutors = c.executors.length > 1 ? c.executors.filter((e) => e !== c.lead) : [];
  const cycleStart = c.events.findLastIndex((e) => e.type === 'reopened');
  const latest = new Map<string, ExecutorPart>();
  c.events.forEach((event, index) => {
    if (index <= cycleStart || event.type !== 'partSubmitted') return;
    latest.set(event.data.executor, { executor: event.data.executor, text: event.data.text, at: event.at, eventId: event.id });
  });
  const parts = coExecutors.flatMap((e) => latest.get(e) ?? []);
  const pending = coExecutors.filter((e) => !latest.has(e));
  return { parts, pending };
}

/** A starting text for the lead's joint draft: the parts one after another. */
export function jointDraftText(parts: readonly ExecutorPart[]): string {
  return parts.map((p) => p.text.trim()).filter(Boolean).join('\n\n');
}
