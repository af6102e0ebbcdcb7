/**
 * Helpers for the deadline tests: cases written in the administration's wall-clock time, and a
 * one-line summary of every stage so a test reads like the hand-worked table in its comments.
 */
import { formatLocalDateTime, parseLocalDateTime } from '../../worktime/zone';
import type { DeadlineCase, DeadlineEvent, StageDeadline } from './types';

export function wallClock(timeZone: string) {
  const at = (local: string) => parseLocalDateTime(local, timeZone);
  const show = (ms: number) => formatLocalDateTime(ms, timeZone);
  const ev = (type: string, local: string, data?: Record<string, unknown>): DeadlineEvent => (data ? { type, at: at(local), data } : { type, at: at(local) });

  /** A case detected at `detected` (its `captured` event) followed by `events`. */
  function caseOf(detected: string, events: DeadlineEvent[], extra: Partial<DeadlineCase> = {}): DeadlineCase {
    return { importance: 'normal', detectedAt: at(detected), ...extra, events: [ev('captured', detected), ...events] };
  }

  /**
   * stage → "due[ ✓ done][ LATE][ optional][ stopped T][ provisional][ from detection][ waiting: ids]",
   * times as local 'YYYY-MM-DD HH:MM'.
   */
  function summary(deadlines: readonly StageDeadline[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const d of deadlines) {
      let line = show(d.due);
      if (d.done !== undefined) line += ` ✓ ${show(d.done)}`;
      if (d.late) line += ' LATE';
      if (d.optional) line += ' optional';
      if (d.stopped !== undefined) line += ` stopped ${show(d.stopped)}`;
      if (d.provisional) line += ' provisional';
      if (d.fallback) line += ' from detection';
      if (d.pendingExecutors) line += ` waiting: ${d.pendingExecutors.join(',')}`;
      out[d.stage] = line;
    }
    return out;
  }

  return { at, show, ev, caseOf, summary };
}

export function stageOf(deadlines: readonly StageDeadline[], stage: string): StageDeadline {
  const found = deadlines.find((d) => d.stage === stage);
  if (!found) throw new Error(`no stage ${stage} in [${deadlines.map((d) => d.stage).join(', ')}]`);
  return found;
}
