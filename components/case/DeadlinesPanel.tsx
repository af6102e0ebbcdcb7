/**
 * Every stage of the case's regulation that has started: its due moment in the administration's
 * zone, the working time left (live) or how late, done / late / stopped / «if needed», a
 * provisional mark beyond the production calendar's data, and who must act.
 */
import { Badge } from '../ui/index';
import { getLocale } from '../../utils/i18n/index';
import { zoneOffsetLabel } from '../../utils/cases/format-time';
import { useWorkspace } from './context';
import type { DeadlineRow } from './deadline-rows';
import { t } from './messages';

const STATE_TONE = { pending: 'neutral', overdue: 'overdue', done: 'success', doneLate: 'danger', stopped: 'neutral', optional: 'neutral' } as const;

export function DeadlinesPanel({ rows, now }: { rows: readonly DeadlineRow[]; now: number }) {
  const ws = useWorkspace();
  return (
    <section class="case-block" aria-labelledby="deadlines-title" data-testid="deadlines">
      <h2 id="deadlines-title">{t('deadlines')}</h2>
      <p class="case-block__note ui-muted">
        {ws.regulation ? t('deadlinesNote', { regulation: ws.regulation.name[getLocale()], zone: `${ws.timeZone}, ${zoneOffsetLabel(now, ws.timeZone)}` }) : t('noRegulation', { id: ws.c.regulationId })}
      </p>
      {rows.length === 0 ? (
        <p class="ui-muted">{t('noDeadlines')}</p>
      ) : (
        <ol class="case-deadlines">
          {rows.map((row) => (
            <li
              key={row.stage}
              class={`case-deadline case-deadline--${row.state} case-deadline--${row.state === 'pending' ? (row.urgency ?? 'calm') : 'settled'}`}
              data-testid="deadline-row"
              data-stage={row.stage}
              data-state={row.state}
              data-due={row.due}
            >
              <div class="case-deadline__head">
                <span class="case-deadline__label">{row.label}</span>
                <Badge tone={row.state === 'pending' ? (row.urgency ?? 'calm') : STATE_TONE[row.state]} data-testid="deadline-state">{t(`state_${row.state}`)}</Badge>
              </div>
              <div class="case-deadline__meta">
                <span class="ui-num" data-testid="deadline-due">
                  {row.dueText}
                </span>
                {row.leftText && (
                  <strong class="ui-num case-deadline__left" data-testid="deadline-left">
                    {row.leftText}
                  </strong>
                )}
                {row.doneText && <span class="ui-num">{t(row.state === 'stopped' ? 'stoppedAt' : 'doneAt', { when: row.doneText })}</span>}
                <span class="case-deadline__actor">{row.actor}</span>
                {row.provisional && (
                  <Badge tone="provisional" title={t('provisionalHint')}>
                    {t('provisional')}
                  </Badge>
                )}
              </div>
              {row.fallback && <p class="case-deadline__note ui-muted">{t('fromDetection')}</p>}
              {row.pendingExecutors && <p class="case-deadline__note ui-muted">{t('waitingParts', { names: row.pendingExecutors.map(ws.name).join(', ') })}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
