/** A hand-written SVG line chart: messages detected and answers given per week of the period. */
import type { WeekPoint } from '../../utils/report/types';
import { tRep } from './messages';

const W = 560;
const H = 180;
const PAD = { left: 32, right: 12, top: 12, bottom: 34 };

export function WeeklyLine({ weeks }: { weeks: WeekPoint[] }) {
  const max = Math.max(1, ...weeks.flatMap((w) => [w.captured, w.answered]));
  const x = (i: number) => PAD.left + (weeks.length <= 1 ? 0 : (i * (W - PAD.left - PAD.right)) / (weeks.length - 1));
  const y = (v: number) => H - PAD.bottom - (v * (H - PAD.top - PAD.bottom)) / max;
  const line = (key: 'captured' | 'answered') => weeks.map((w, i) => `${x(i).toFixed(1)},${y(w[key]).toFixed(1)}`).join(' ');
  const every = Math.max(1, Math.ceil(weeks.length / 8));
  return (
    <figure class="report-chart" data-testid="chart-weekly">
      <figcaption>{tRep('weeklyChart')}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={tRep('weeklyChart')}>
        <line x1={PAD.left} y1={y(0)} x2={W - PAD.right} y2={y(0)} class="report-axis" />
        <line x1={PAD.left} y1={y(max)} x2={W - PAD.right} y2={y(max)} class="report-grid" />
        <text x={PAD.left - 4} y={y(max) + 4} text-anchor="end" class="report-chart__value">
          {max}
        </text>
        <text x={PAD.left - 4} y={y(0) + 4} text-anchor="end" class="report-chart__value">
          0
        </text>
        <polyline points={line('captured')} class="report-line--captured" />
        <polyline points={line('answered')} class="report-line--answered" />
        {weeks.map((w, i) => (
          <g key={w.monday}>
            <circle cx={x(i)} cy={y(w.captured)} r="2.5" class="report-dot--captured" />
            <circle cx={x(i)} cy={y(w.answered)} r="2.5" class="report-dot--answered" />
            {i % every === 0 && (
              <text x={x(i)} y={H - PAD.bottom + 14} text-anchor="middle" class="report-chart__label">
                {`${w.monday.slice(8, 10)}.${w.monday.slice(5, 7)}`}
              </text>
            )}
          </g>
        ))}
        <g transform={`translate(${PAD.left}, ${H - 10})`} class="report-chart__legend">
          <line x2="14" y1="-4" y2="-4" class="report-line--captured" />
          <text x="18">{tRep('legendCaptured')}</text>
          <line x1="110" x2="124" y1="-4" y2="-4" class="report-line--answered" />
          <text x="128">{tRep('legendAnswered')}</text>
        </g>
      </svg>
    </figure>
  );
}
