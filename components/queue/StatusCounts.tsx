/** Counts at the top of the queue: overdue, under an hour, then each status that has cases; each one filters. */
import { caseStatuses, type CaseStatus } from '../../utils/cases/status';
import type { QueueFilters } from '../../utils/queue/filter';
import type { UrgencyCounts } from '../../utils/queue/urgency';
import { cx } from '../ui/index';
import { statusLabel } from './QueueRow';
import { tQueue, tQueueStatusShort } from './messages';

export interface StatusCountsProps {
  counts: Record<CaseStatus, number>;
  urgency: UrgencyCounts;
  filters: QueueFilters;
  onChange: (filters: QueueFilters) => void;
  /** The counts are still being read (the first screenful): the row keeps its height. */
  pending?: boolean;
}

export function StatusCounts({ counts, urgency, filters, onChange, pending = false }: StatusCountsProps) {
  return (
    <div
      class={cx('queue-counts', pending && 'queue-counts--pending')}
      data-testid="status-counts"
      data-pending={pending ? 'true' : undefined}
      aria-busy={pending ? 'true' : undefined}
      role="group"
      aria-label={tQueue('statusCounts')}
    >
      {urgency.overdue > 0 && (
        <button
          type="button"
          class={cx('queue-counts__chip', 'queue-counts__chip--overdue')}
          aria-pressed={filters.overdueOnly ? 'true' : 'false'}
          data-count="overdue"
          onClick={() => onChange({ ...filters, overdueOnly: !filters.overdueOnly })}
        >
          {tQueue('overdueCount', { n: urgency.overdue })}
        </button>
      )}
      {urgency.soon > 0 && (
        <span class="queue-counts__chip queue-counts__chip--soon" data-count="soon">
          {tQueue('soonCount', { n: urgency.soon })}
        </span>
      )}
      {caseStatuses
        .filter((status) => counts[status] > 0)
        .map((status) => (
          <button
            key={status}
            type="button"
            class="queue-counts__chip"
            aria-pressed={filters.status === status ? 'true' : 'false'}
            data-count={status}
            title={statusLabel(status)}
            onClick={() => onChange({ ...filters, status: filters.status === status ? 'open' : status })}
          >
            {tQueueStatusShort(status)} <b class="ui-num">{counts[status]}</b>
          </button>
        ))}
    </div>
  );
}
