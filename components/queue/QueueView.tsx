/**
 * The queue: counts, filters and the windowed list of cases sorted by the nearest due stage, with
 * live working-time countdowns. Pure view: the page gives it the cases, `now` (the shared tick)
 * and how to read a case's deadline; it owns only the filter state.
 *
 * While every case is still being read, a `preview` (the head of the open queue) is drawn in its
 * place: the first screen does not wait for 10,000 rows. The counts per status come with the whole
 * queue.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Alert, Button, EmptyState } from '../ui/index';
import { countByStatus, DEFAULT_FILTERS, distinctValues, filterQueue, isFiltered, type QueueFilters } from '../../utils/queue/filter';
import { overdueHeadLength, sortQueue } from '../../utils/queue/sort';
import { isOpenStatus } from '../../utils/cases/status';
import type { QueueCase, WorkClock } from '../../utils/queue/types';
import { countUrgencyOfHead, countUrgencySorted } from '../../utils/queue/urgency';
import { markOnce } from '../hooks/timing';
import { QueueFilterBar } from './QueueFilterBar';
import { QueueRow, type RowDeadline } from './QueueRow';
import { StatusCounts } from './StatusCounts';
import { VirtualList } from './VirtualList';
import { tQueue } from './messages';

export const ROW_HEIGHT = 66;

const NO_COUNTS = countByStatus([]);

const openDue = (c: QueueCase) => (isOpenStatus(c.status) ? c.nextDueAt : undefined);

/** The first screenful while the whole queue is read (useQueueData's head query). */
export interface QueuePreview<T> {
  /** The first open cases in queue order. */
  rows: readonly T[];
  /** The rows are every open case. */
  complete: boolean;
}

export interface QueueViewProps<T extends QueueCase> {
  /** All cases, any order; undefined while loading. */
  cases: readonly T[] | undefined;
  /** Drawn while `cases` is undefined. */
  preview?: QueuePreview<T>;
  now: number;
  /** The nearest due stage of a case; asked only for the rows in view. */
  deadlineOf: (c: T) => RowDeadline | undefined;
  /** The working-time clock of a case's administration (for the overdue / under-an-hour counts). */
  clockFor: (c: T) => WorkClock | undefined;
  personName: (id: string) => string;
  onOpenCase: (c: T) => void;
  onOpenThread: (c: T) => void;
  /** Height of the scrolling list in px; with `fillHeight`, only until the layout has been measured. */
  listHeight?: number;
  /** The list takes the height left by the layout (the popup's fixed-height column). */
  fillHeight?: boolean;
  initialFilters?: QueueFilters;
  error?: unknown;
}

export function QueueView<T extends QueueCase>(props: QueueViewProps<T>) {
  const { cases, preview, now, deadlineOf, clockFor, personName, onOpenCase, onOpenThread, listHeight = 396, fillHeight = false, error } = props;
  const [filters, setFilters] = useState<QueueFilters>(props.initialFilters ?? DEFAULT_FILTERS);
  // Only the head of the open queue is at hand (the preview): no counts per status yet.
  const partial = cases === undefined ? preview : undefined;
  const all = cases ?? preview?.rows ?? [];

  const sorted = useMemo(() => sortQueue(all), [all]);
  const counts = useMemo(() => countByStatus(all), [all]);
  // Every clock in use, for the one-working-hour horizon of the urgency counts.
  const clocks = useMemo(() => {
    const set = new Set<WorkClock>();
    for (const c of all) {
      const clock = clockFor(c);
      if (clock) set.add(clock);
    }
    return set;
  }, [all, clockFor]);
  const executorIds = useMemo(() => distinctValues(all, (c) => c.executors), [all]);
  const topics = useMemo(() => distinctValues(all, (c) => c.topic), [all]);

  const { status, network, executor, topic, importance, search, overdueOnly } = filters;
  const matching = useMemo(
    () => filterQueue(sorted, { status, network, executor, topic, importance, search }, now),
    // `now` matters only to overdueOnly, which is applied below without re-filtering.
    [sorted, status, network, executor, topic, importance, search],
  );
  const visible = overdueOnly ? matching.slice(0, overdueHeadLength(matching, now)) : matching;
  const read = { due: openDue, clock: clockFor };
  const urgency = partial
    ? countUrgencyOfHead(sorted, now, read, clocks, partial.complete)
    : countUrgencySorted(sorted, now, read, clocks);

  // User Timing for the e2e test and the bench: the first rows drawn, then the whole queue's.
  const marked = useRef({ first: false, all: false });
  useLayoutEffect(() => {
    if (!marked.current.first && visible.length > 0) {
      marked.current.first = true;
      markOnce('otklik:first-rows');
    }
    if (!marked.current.all && cases !== undefined) {
      marked.current.all = true;
      markOnce('otklik:all-rows');
    }
  });

  // The tick changes only countdowns: the counts and filter bar keep the same vnode, so Preact skips them.
  // While only the head is at hand: no counts per status, the urgency counts the head establishes.
  const countsBar = useMemo(
    () => (
      <StatusCounts
        counts={partial ? NO_COUNTS : counts}
        urgency={{ overdue: urgency.overdue, soon: urgency.soon }}
        filters={filters}
        onChange={setFilters}
        pending={Boolean(partial)}
      />
    ),
    [Boolean(partial), counts, urgency.overdue, urgency.soon, filters],
  );
  const filterBar = useMemo(
    () => <QueueFilterBar filters={filters} onChange={setFilters} executors={executorIds.map((id) => ({ id, name: personName(id) }))} topics={topics} />,
    [filters, executorIds, topics, personName],
  );

  if (error !== undefined) {
    return (
      <Alert tone="danger" title={tQueue('loadError')}>
        {error instanceof Error ? error.message : String(error)}
      </Alert>
    );
  }
  if (cases === undefined && !partial) return <p class="queue-loading ui-muted">{tQueue('loading')}</p>;
  if (!partial && all.length === 0) {
    return (
      <EmptyState title={tQueue('emptyTitle')} data-testid="queue-empty">
        <p>{tQueue('emptyLine1')}</p>
        <p>{tQueue('emptyLine2')}</p>
      </EmptyState>
    );
  }

  return (
    <div class="queue" data-testid="queue" data-loaded={partial ? 'head' : 'all'}>
      {countsBar}
      {filterBar}
      <p class="queue-summary ui-muted" aria-live="polite">
        {partial
          ? tQueue('loadingRest')
          : isFiltered(filters)
            ? tQueue('shown', { shown: visible.length, total: all.length })
            : tQueue('total', { n: visible.length })}
      </p>
      {partial && visible.length === 0 ? (
        <p class="queue-loading ui-muted">{tQueue('loading')}</p>
      ) : visible.length === 0 ? (
        <EmptyState title={tQueue('nothingFound')} data-testid="queue-nothing-found" action={<Button size="sm" onClick={() => setFilters(DEFAULT_FILTERS)}>{tQueue('resetFilters')}</Button>}>
          <p>{tQueue('nothingFoundHint')}</p>
        </EmptyState>
      ) : (
        <VirtualList
          data-testid="queue-list"
          items={visible}
          rowHeight={ROW_HEIGHT}
          height={Math.min(listHeight, visible.length * ROW_HEIGHT)}
          fill={fillHeight}
          label={tQueue('list')}
          itemKey={(c) => c.id}
          renderItem={(c) => (
            <QueueRow
              item={c}
              now={now}
              deadline={isOpenStatus(c.status) ? deadlineOf(c) : undefined}
              executorNames={c.executors.map(personName).join(', ')}
              onOpen={() => onOpenCase(c)}
              onOpenThread={() => onOpenThread(c)}
            />
          )}
        />
      )}
    </div>
  );
}
