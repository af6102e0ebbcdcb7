/** The readings a preset chose where its document is not explicit: what, why, and the clause. */
import type { Reading } from '../../../utils/regulation/schema';
import { tReg } from './messages';

export function Readings({ readings }: { readings?: readonly Reading[] }) {
  if (!readings || readings.length === 0) return null;
  return (
    <ul class="options-readings" data-testid="readings">
      {readings.map((r, i) => (
        <li key={i}>
          <span class="options-readings__clause">{r.clause}</span> <strong>{tReg('reading')}:</strong> {r.reading}{' '}
          <span class="ui-muted">
            {tReg('why')}: {r.why}
          </span>
        </li>
      ))}
    </ul>
  );
}
