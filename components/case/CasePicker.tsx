/**
 * The side panel with no case given: the most urgent open cases to pick from (nearest due first,
 * with the live working time left), or, when there are none, how to capture a message.
 */
import { EmptyState, NetworkIcon, StatusPill } from '../ui/index';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { useNow } from '../hooks/useNow';
import { STATUS_TONE, firstLine } from '../queue/QueueRow';
import { statusLabels, openStatuses } from '../../utils/cases/status';
import type { CaseRow } from '../../utils/db/case-row';
import { getDatabase } from '../../utils/db/database';
import { loadDueContext } from '../../utils/db/due';
import { queryQueue } from '../../utils/db/queue';
import { getLocale } from '../../utils/i18n/index';
import { clockOf } from '../../utils/queue/clock';
import { formatWorkingLeft } from '../../utils/queue/format';
import { urgencyOfLeft, workingLeft } from '../../utils/queue/urgency';
import { formatDue } from './format';
import { t } from './messages';

export const PICKER_SIZE = 12;

export function CasePicker({ onOpen }: { onOpen: (caseId: string) => void }) {
  const db = getDatabase();
  const now = useNow();
  const cases = useLiveQuery(() => queryQueue(db, { statuses: openStatuses, now: 0, limit: PICKER_SIZE }), []);
  const due = useLiveQuery(() => loadDueContext(db), []);
  if (cases.value === undefined || due.value === undefined) return <p class="ui-muted case-loading">{t('loading')}</p>;
  if (cases.value.length === 0) {
    return (
      <EmptyState title={t('noOpenCases')} data-testid="picker-empty">
        <p>{t('howToCapture1')}</p>
        <p>{t('howToCapture2')}</p>
      </EmptyState>
    );
  }
  const ctx = due.value;
  return (
    <section class="case-picker" aria-labelledby="picker-title">
      <h1 id="picker-title">{t('pickTitle')}</h1>
      <ul class="case-picker__list" data-testid="picker">
        {cases.value.map((c: CaseRow) => {
          const regulation = ctx.regulation(c.regulationId);
          const clock = regulation ? clockOf(ctx.calendar(regulation)) : undefined;
          const left = clock && c.nextDueAt !== undefined ? workingLeft(c.nextDueAt, now, clock) : undefined;
          return (
            <li key={c.id}>
              <button type="button" class={`case-picker__item case-picker__item--${left ? urgencyOfLeft(left) : 'none'}`} onClick={() => onOpen(c.id)} data-testid="picker-case" data-case-id={c.id}>
                <span class="case-picker__line">
                  <NetworkIcon network={c.network} size={14} />
                  <strong>{c.author.name?.trim() || t('noAuthor')}</strong>
                  {left && <span class="case-picker__left ui-num">{formatWorkingLeft(left)}</span>}
                </span>
                <span class="case-picker__text">{firstLine(c.text) || t('noText')}</span>
                <span class="case-picker__line ui-muted">
                  <StatusPill tone={STATUS_TONE[c.status]} dot={false}>
                    {statusLabels[c.status][getLocale()]}
                  </StatusPill>
                  {clock && c.nextDueAt !== undefined && <span class="ui-num">{formatDue(c.nextDueAt, clock.timeZone, now)}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
