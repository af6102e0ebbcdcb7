/**
 * The queue's data for a page: every case (live: any write in any extension context re-renders),
 * the regulations' calendars, people's names — and the functions QueueView asks per row.
 *
 * Two reads, so the first screen waits neither for the whole queue nor for Dexie (DESIGN.md budget:
 * first render of 10,000 cases ≤ 150 ms; reading 10,000 rows alone takes ~400–900 ms in Chromium):
 * 1. the head — the first HEAD_ROWS open cases off the `[queueRank+queueAt]` index, with the
 *    settings, regulations and people — in one read-only transaction of plain IndexedDB
 *    (utils/queue/reader.ts: no Dexie, zod or presets in the popup's bundle), which the popup starts
 *    before its first render (entrypoints/popup/main.tsx). Counts per status are NOT read off the
 *    indexes for it: Chromium counts an index range by walking it (10,000 entries: ~90–240 ms
 *    measured), so they come with step 2;
 * 2. once the head is on screen, live-queue.ts (a dynamic import, with Dexie) watches every case
 *    and the context, for counts, filters, search, scrolling and later writes.
 * Filtering stays in memory over the whole queue: the search is a substring match over text and
 * author (no index can answer it), and filtering 10,000 cases in memory answers a keystroke in a
 * few ms where a query per keystroke would read every row again.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { computeDeadlines, nextDue } from '../../utils/cases/deadlines';
import type { CaseRow } from '../../utils/db/case-row';
import { request } from '../../utils/extension/messaging';
import { getLocale, resolveLocale, setLocale } from '../../utils/i18n/index';
import { clockOf } from '../../utils/queue/clock';
import { queueContext, queueSettings, type QueueContext } from '../../utils/queue/context';
import { QUEUE_HEAD_ROWS, startHeadRead, type HeadRead, type QueueHead, type QueueSource } from '../../utils/queue/reader';
import type { WorkClock } from '../../utils/queue/types';
import type { QueuePreview } from './QueueView';
import type { RowDeadline } from './QueueRow';

export const HEAD_ROWS = QUEUE_HEAD_ROWS;

export interface QueueData {
  cases: CaseRow[] | undefined;
  /** The head of the queue with the counts, while `cases` is still being read. */
  preview: QueuePreview<CaseRow> | undefined;
  error: unknown;
  deadlineOf: (c: CaseRow) => RowDeadline | undefined;
  clockFor: (c: CaseRow) => WorkClock | undefined;
  personName: (id: string) => string;
}

/** The next due stage of a case with its regulation's clock; undefined when nothing is pending or the regulation is missing. */
export function rowDeadline(ctx: QueueContext, c: CaseRow): RowDeadline | undefined {
  const regulation = ctx.regulation(c.regulationId);
  if (!regulation) return undefined;
  const calendar = ctx.calendar(regulation);
  const next = nextDue(computeDeadlines(c, regulation, calendar));
  if (!next) return undefined;
  return { stageLabel: next.label[getLocale()], due: next.due, provisional: next.provisional, clock: clockOf(calendar) };
}

type HeadState = { done: false } | { done: true; value: QueueHead | undefined; error?: unknown };

const settled = (read: HeadRead): HeadState =>
  !read.result ? { done: false } : 'error' in read.result ? { done: true, value: undefined, error: read.result.error } : { done: true, value: read.result.value };

/** `first`: the head's read, when the page started it before rendering (popup main.tsx). */
export function useQueueData(first?: HeadRead): QueueData {
  const [read] = useState(() => first ?? startHeadRead(indexedDB));
  // Already read (a page that started it early and rendered later): the first render draws rows.
  const [head, setHead] = useState<HeadState>(() => settled(read));
  const [liveCases, setLiveCases] = useState<CaseRow[] | undefined>(undefined);
  const [liveSource, setLiveSource] = useState<QueueSource | undefined>(undefined);
  const [liveError, setLiveError] = useState<unknown>(undefined);

  // A layout effect, not an effect: a read that settles meanwhile must not wait for the next frame.
  useLayoutEffect(() => {
    if (head.done) return;
    let active = true;
    read.promise.then(
      () => active && setHead(settled(read)),
      () => active && setHead(settled(read)),
    );
    return () => {
      active = false;
    };
  }, [read]);

  // Step 2 starts after the render that drew the head (effects run after the paint), so neither
  // Dexie nor the 10,000 rows hold up the first screen; a failed or empty head starts it as well.
  useEffect(() => {
    if (!head.done) return;
    let stop: (() => void) | undefined;
    let active = true;
    // No database ready for the head (never opened, or not upgraded yet): the background opens it —
    // it creates, seeds and upgrades; a page never does. Any request that reads the database will do.
    const ready = head.value ? Promise.resolve() : request('casesByKeys', { network: 'vk', itemKeys: [] }).catch(() => undefined);
    ready
      .then(() => import('./live-queue'))
      .then(
        ({ watchQueue }) => {
          if (!active) return;
          stop = watchQueue({
            cases: (rows) => {
              setLiveError(undefined);
              setLiveCases(rows);
            },
            source: setLiveSource,
            error: setLiveError,
          });
        },
        (error: unknown) => active && setLiveError(error),
      );
    return () => {
      active = false;
      stop?.();
    };
  }, [head.done]);

  const headValue = head.done ? head.value : undefined;
  const source: QueueSource | undefined = liveSource ?? headValue;
  const settings = useMemo(() => (source ? queueSettings(source.settings) : undefined), [source?.settings]);
  const ctx = useMemo(() => (source && settings ? queueContext(settings, source.regulations) : undefined), [settings, source?.regulations]);
  if (settings) setLocale(resolveLocale(settings.locale, typeof navigator === 'undefined' ? [] : navigator.languages));

  const deadlineOf = useMemo(() => {
    // Deadlines of a case object are computed once (only rows in view ask); a write replaces the object.
    const cache = new WeakMap<CaseRow, RowDeadline | undefined>();
    return (c: CaseRow) => {
      if (!ctx) return undefined;
      if (!cache.has(c)) cache.set(c, rowDeadline(ctx, c));
      return cache.get(c);
    };
  }, [ctx]);

  const clockFor = useMemo(() => {
    const byRegulation = new Map<string, WorkClock | undefined>();
    return (c: CaseRow) => {
      if (!ctx) return undefined;
      if (!byRegulation.has(c.regulationId)) {
        const regulation = ctx.regulation(c.regulationId);
        byRegulation.set(c.regulationId, regulation ? clockOf(ctx.calendar(regulation)) : undefined);
      }
      return byRegulation.get(c.regulationId);
    };
  }, [ctx]);

  const people = source?.people;
  const personName = useMemo(() => {
    const names = new Map((people ?? []).map((p) => [p.id, p.name]));
    return (id: string) => names.get(id) ?? id;
  }, [people]);

  const headRows = headValue?.head;
  const preview = useMemo(() => (headRows ? { rows: headRows, complete: headRows.length < HEAD_ROWS } : undefined), [headRows]);

  return {
    // Rows wait for the regulations, so a countdown never shows without its calendar.
    cases: ctx ? liveCases : undefined,
    preview: ctx && liveCases === undefined ? preview : undefined,
    error: liveError ?? (liveCases === undefined && head.done ? head.error : undefined),
    deadlineOf,
    clockFor,
    personName,
  };
}
