/** The headline figures with their change against the previous period (↑/↓ with %). */
import { tReport } from '../../utils/report/labels';
import type { Change, Figures, Report } from '../../utils/report/types';
import { formatMinutes, formatPercent, tRep } from './messages';

type Key = keyof Figures;
/** Whether a rise is good news (colour only; the arrow and the words carry the meaning). */
const GOOD_WHEN_UP: Partial<Record<Key, boolean>> = { answered: true, answeredOnTime: true, onTimeShare: true, overdue: false, averageMinutes: false, p90Minutes: false };
const CARDS: Key[] = ['captured', 'answered', 'answeredOnTime', 'onTimeShare', 'overdue', 'notSubject', 'appeal', 'averageMinutes', 'p90Minutes'];

function value(key: Key, v: number | null): string {
  if (v === null) return '—';
  if (key === 'onTimeShare') return formatPercent(v);
  if (key === 'averageMinutes' || key === 'p90Minutes') return formatMinutes(v);
  return String(v);
}

function Trend({ metric, change }: { metric: Key; change: Change }) {
  if (change.delta === null) return <span class="report-trend ui-muted">—</span>;
  if (change.delta === 0) return <span class="report-trend ui-muted">= {tRep('same')}</span>;
  const up = change.delta > 0;
  const good = GOOD_WHEN_UP[metric];
  const tone = good === undefined ? '' : good === up ? ' report-trend--good' : ' report-trend--bad';
  const amount = change.relative === null ? tRep('noPrevious') : `${up ? '+' : '−'}${formatPercent(Math.abs(change.relative))}`;
  return (
    <span class={`report-trend${tone}`} title={tRep('vsPrevious')}>
      <span aria-hidden="true">{up ? '↑' : '↓'}</span> <span class="ui-visually-hidden">{up ? tRep('up') : tRep('down')}</span>
      {amount}
    </span>
  );
}

export function SummaryCards({ report }: { report: Report }) {
  return (
    <ul class="report-cards" data-testid="report-cards">
      {CARDS.map((key) => (
        <li key={key} class="report-card" data-testid={`report-card-${key}`}>
          <span class="report-card__label">{tReport(key)}</span>
          <span class="report-card__value ui-num">{value(key, report.summary[key])}</span>
          <Trend metric={key} change={report.dynamics[key]} />
          <span class="report-card__previous ui-muted">{value(key, report.previous[key])}</span>
        </li>
      ))}
    </ul>
  );
}
