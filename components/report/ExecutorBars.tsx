/**
 * A hand-written SVG bar chart: one horizontal bar per executor, split into answers on time,
 * answers late and the rest (open, not subject, appeals), with the numbers written beside it.
 */
import type { GroupRow } from '../../utils/report/types';
import { tReport } from '../../utils/report/labels';
import { tRep } from './messages';

const ROW = 22;
const LABEL = 170;
const BAR = 300;

export function ExecutorBars({ rows }: { rows: GroupRow[] }) {
  const max = Math.max(1, ...rows.map((r) => r.captured));
  const height = rows.length * ROW + 28;
  return (
    <figure class="report-chart" data-testid="chart-executors">
      <figcaption>{tRep('executorsChart')}</figcaption>
      <svg viewBox={`0 0 ${LABEL + BAR + 90} ${height}`} width="100%" role="img" aria-label={tRep('executorsChart')}>
        {rows.map((r, i) => {
          const y = i * ROW + 4;
          const scale = BAR / max;
          const onTime = r.answeredOnTime * scale;
          const late = (r.answered - r.answeredOnTime) * scale;
          const rest = (r.captured - r.answered) * scale;
          const name = r.key === '' ? tReport('noExecutor') : r.label;
          return (
            <g key={r.key}>
              <text x={LABEL - 6} y={y + 13} text-anchor="end" class="report-chart__label">
                {name.length > 26 ? `${name.slice(0, 25)}…` : name}
              </text>
              <rect x={LABEL} y={y} width={onTime} height={ROW - 6} class="report-bar--ontime" />
              <rect x={LABEL + onTime} y={y} width={late} height={ROW - 6} class="report-bar--late" />
              <rect x={LABEL + onTime + late} y={y} width={rest} height={ROW - 6} class="report-bar--rest" />
              <text x={LABEL + onTime + late + rest + 6} y={y + 13} class="report-chart__value">
                {`${r.answeredOnTime}/${r.captured}`}
              </text>
            </g>
          );
        })}
        <g transform={`translate(${LABEL}, ${rows.length * ROW + 10})`} class="report-chart__legend">
          <rect width="10" height="10" class="report-bar--ontime" />
          <text x="14" y="9">{tRep('legendOnTime')}</text>
          <rect x="90" width="10" height="10" class="report-bar--late" />
          <text x="104" y="9">{tRep('legendLate')}</text>
          <rect x="200" width="10" height="10" class="report-bar--rest" />
          <text x="214" y="9">{tRep('legendOther')}</text>
        </g>
      </svg>
    </figure>
  );
}
