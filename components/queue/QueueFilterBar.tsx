/**
 * Search and filters over the queue, dense enough for a 400 px popup: search, status and "overdue
 * only" always in view; network, executor, topic and importance behind «Ещё фильтры».
 */
import { useId, useState } from 'preact/hooks';
import { Badge, Button, Checkbox, Select, TextField, type SelectOption } from '../ui/index';
import { FilterIcon } from '../ui/icons';
import { caseStatuses } from '../../utils/cases/status';
import { queueNetworks, type QueueFilters, type StatusFilter } from '../../utils/queue/filter';
import { tNetwork } from '../ui/NetworkIcon';
import { statusLabel } from './QueueRow';
import { tQueue } from './messages';

export interface QueueFilterBarProps {
  filters: QueueFilters;
  onChange: (filters: QueueFilters) => void;
  /** Executors present in the queue: id and name. */
  executors: readonly { id: string; name: string }[];
  topics: readonly string[];
}

const ANY = '';
const NONE = '\u0000none';

export function QueueFilterBar({ filters, onChange, executors, topics }: QueueFilterBarProps) {
  const set = (patch: Partial<QueueFilters>) => onChange({ ...filters, ...patch });
  const extraActive = [filters.network, filters.executor, filters.topic, filters.importance].filter((v) => v !== undefined).length;
  const [expanded, setExpanded] = useState(extraActive > 0);
  const moreId = `more${useId()}`;
  const statusOptions: SelectOption[] = [
    { value: 'open', label: tQueue('statusOpen') },
    ...caseStatuses.map((s) => ({ value: s, label: statusLabel(s) })),
    { value: 'all', label: tQueue('statusAll') },
  ];
  const networkOptions: SelectOption[] = [{ value: ANY, label: tQueue('anyNetwork') }, ...queueNetworks.map((n) => ({ value: n, label: tNetwork(n) }))];
  const executorOptions: SelectOption[] = [
    { value: ANY, label: tQueue('anyExecutor') },
    { value: NONE, label: tQueue('noExecutor') },
    ...executors.map((p) => ({ value: p.id, label: p.name })),
  ];
  const topicOptions: SelectOption[] = [{ value: ANY, label: tQueue('anyTopic') }, ...topics.map((topic) => ({ value: topic, label: topic }))];
  const importanceOptions: SelectOption[] = [
    { value: ANY, label: tQueue('anyImportance') },
    { value: 'high', label: tQueue('importanceHigh') },
    { value: 'normal', label: tQueue('importanceNormal') },
  ];

  return (
    <div class="queue-filters" role="search" aria-label={tQueue('filters')}>
      <TextField
        class="queue-filters__search"
        label={tQueue('search')}
        labelHidden
        type="search"
        value={filters.search ?? ''}
        placeholder={tQueue('searchPlaceholder')}
        onInput={(search) => set({ search })}
        inputProps={{ 'data-testid': 'queue-search', autoComplete: 'off', spellcheck: false }}
      />
      <div class="queue-filters__row">
        <Select
          class="queue-filters__status"
          label={tQueue('status')}
          labelHidden
          value={filters.status}
          options={statusOptions}
          onChange={(status) => set({ status: status as StatusFilter })}
          selectProps={{ 'data-testid': 'queue-filter-status' }}
        />
        <Checkbox
          class="queue-filters__overdue"
          label={tQueue('overdueOnly')}
          checked={Boolean(filters.overdueOnly)}
          onChange={(overdueOnly) => set({ overdueOnly })}
          inputProps={{ 'data-testid': 'queue-filter-overdue' }}
        />
        <Button
          size="sm"
          variant="ghost"
          class="queue-filters__more"
          icon={<FilterIcon />}
          aria-expanded={expanded ? 'true' : 'false'}
          aria-controls={moreId}
          onClick={() => setExpanded(!expanded)}
          data-testid="queue-filters-more"
        >
          {tQueue('moreFilters')}
          {extraActive > 0 && <Badge tone="accent">{extraActive}</Badge>}
        </Button>
      </div>
      {expanded && (
        <div class="queue-filters__grid" id={moreId}>
          <Select
            label={tQueue('network')}
            labelHidden
            value={filters.network ?? ANY}
            options={networkOptions}
            onChange={(network) => set({ network: network === ANY ? undefined : (network as QueueFilters['network']) })}
            selectProps={{ 'data-testid': 'queue-filter-network' }}
          />
          <Select
            label={tQueue('executor')}
            labelHidden
            value={filters.executor === undefined ? ANY : filters.executor === '' ? NONE : filters.executor}
            options={executorOptions}
            onChange={(executor) => set({ executor: executor === ANY ? undefined : executor === NONE ? '' : executor })}
            selectProps={{ 'data-testid': 'queue-filter-executor' }}
          />
          <Select
            label={tQueue('topic')}
            labelHidden
            value={filters.topic ?? ANY}
            options={topicOptions}
            onChange={(topic) => set({ topic: topic === ANY ? undefined : topic })}
            selectProps={{ 'data-testid': 'queue-filter-topic' }}
          />
          <Select
            label={tQueue('importance')}
            labelHidden
            value={filters.importance ?? ANY}
            options={importanceOptions}
            onChange={(importance) => set({ importance: importance === ANY ? undefined : (importance as QueueFilters['importance']) })}
            selectProps={{ 'data-testid': 'queue-filter-importance' }}
          />
        </div>
      )}
    </div>
  );
}
