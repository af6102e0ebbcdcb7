/**
 * Repeated messages (seed 000 p. 12, 002 p. 16): the earlier case this one repeats, and the
 * earlier cases of the same author or thread offered for linking. A linked repeat adds the
 * checklist item «say what was done» and the {{repeatOf}} template variable.
 */
import { Alert, Button } from '../ui/index';
import { repeatReasonLabels } from '../../utils/cases/repeats';
import { statusLabels } from '../../utils/cases/status';
import { getLocale } from '../../utils/i18n/index';
import { useCaseAction, useWorkspace } from './context';
import { tAct } from './action-messages';
import { formatMoment } from './format';

export function RepeatsPanel({ now }: { now: number }) {
  const ws = useWorkspace();
  const { c } = ws;
  const action = useCaseAction();
  const locale = getLocale();
  const offers = ws.repeats.filter((r) => r.id !== c.repeatOf);
  if (!c.repeatOf && offers.length === 0) return null;
  return (
    <section class="case-form" data-testid="repeats">
      <h3>{tAct('repeatsTitle')}</h3>
      {c.repeatOf && (
        <div class="case-note" data-testid="repeat-of">
          <p>
            {tAct('repeatOf')}{' '}
            {ws.earlier ? (
              <button type="button" class="case-linkish" onClick={() => ws.openCase(c.repeatOf!)}>
                {formatMoment(ws.earlier.detectedAt, ws.timeZone, now)} — {ws.earlier.author.name ?? tAct('noAuthor')}, {statusLabels[ws.earlier.status][locale]}
              </button>
            ) : (
              <span class="ui-muted">{tAct('earlierGone', { id: c.repeatOf })}</span>
            )}
          </p>
          {ws.earlier && <p class="case-excerpt">{ws.earlier.text.slice(0, 200)}</p>}
        </div>
      )}
      {offers.length > 0 && ws.allowed.has('linkedRepeat') && (
        <ul class="case-offers">
          {offers.slice(0, 5).map((offer) => (
            <li key={offer.id} data-testid="repeat-offer" data-case-id={offer.id}>
              <p>
                <button type="button" class="case-linkish" onClick={() => ws.openCase(offer.id)}>
                  {formatMoment(offer.detectedAt, ws.timeZone, now)} — {offer.authorName ?? tAct('noAuthor')}
                </button>{' '}
                <span class="ui-muted">({offer.reasons.map((r) => repeatReasonLabels[r][locale]).join(', ')}; {statusLabels[offer.status][locale]})</span>
              </p>
              <p class="case-excerpt">{offer.excerpt}</p>
              <Button size="sm" onClick={() => void action.run(`link-${offer.id}`, () => ws.api.linkRepeat(c.id, offer.id, c.version))} loading={action.busy === `link-${offer.id}`} data-testid="link-repeat">
                {c.repeatOf ? tAct('relink') : tAct('link')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {action.error && <Alert tone="danger">{action.error}</Alert>}
    </section>
  );
}
