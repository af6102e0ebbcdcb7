/**
 * Every stage of the case's regulation that has started: its due moment in the administration's
 * zone, the working time left (live) or how late, done / late / stopped / «if needed», a
 * provisional mark beyond the production calendar's data, and who must act.
 */
import { Badge } from '../ui/index';
import { getLocale } from '../../utils/i18n/index';
import { describeCondition, describeStageRule, type Regulation } from '../../utils/regulation/index';
import { zoneOffsetLabel } from '../../utils/cases/format-time';
import { useWorkspace } from './context';
import type { DeadlineRow } from './deadline-rows';
import { t } from './messages';

const STATE_TONE = { pending: 'neutral', overdue: 'overdue', done: 'success', doneLate: 'danger', stopped: 'neutral', optional: 'neutral' } as const;

/** The rule of a stage in words with its clause: «30 рабочих минут с момента выявления (п. 10)». */
function ruleText(regulation: Regulation, stage: string): string | undefined {
  const locale = getLocale();
  const rule = regulation.stages.find((s) => s.id === stage);
  if (!rule) return undefined;
  const label = (id: string) => regulation.stages.find((s) => s.id === id)?.label[locale] ?? id;
  const when = rule.appliesWhen ? describeCondition(rule.appliesWhen, locale) : '';
  return `${describeStageRule(rule, locale, label)}${when ? `; ${when}` : ''} (${rule.clause})`;
}

export function DeadlinesPanel({ rows, now }: { rows: readonly DeadlineRow[]; now: number }) {
  const ws = useWorkspace();
  const regulation = ws.regulation;
  const started = new Set(rows.map((r) => r.stage));
  const later = regulation ? regulation.stages.filter((rule) => !started.has(rule.id)) : [];
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
                <span class="case-deadline__label" title={regulation ? ruleText(regulation, row.stage) : undefined}>
                  {row.label}
                </span>
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
      {regulation && later.length > 0 && (
        <details class="case-later" data-testid="deadlines-later">
          <summary>{t('laterStages', { n: later.length })}</summary>
          <ul>
            {later.map((rule) => (
              <li key={rule.id} data-stage={rule.id}>
                <strong>{rule.label[getLocale()]}</strong>
                <span class="ui-muted"> — {ruleText(regulation, rule.id)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
