/** The timeline: every event with its actor (a name from the directory), time in the administration's zone and data in words. */
import { eventLabels } from '../../utils/cases/labels';
import { getLocale } from '../../utils/i18n/index';
import { useWorkspace } from './context';
import { describeEvent } from './event-text';
import { ExternalLink } from './ExternalLink';
import { formatMoment } from './format';
import { NoteForm } from './LifecyclePanel';
import { t } from './messages';

/** An event entered this much later than it happened is shown with its entry time. */
const BACKDATED_MS = 60_000;

export function TimelinePanel({ now }: { now: number }) {
  const ws = useWorkspace();
  const ctx = { name: ws.name, timeZone: ws.timeZone, now };
  return (
    <section class="case-block" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timeline')}</h2>
      <ol class="case-timeline" data-testid="timeline">
        {ws.c.events.map((event) => {
          const { lines, body } = describeEvent(event, ctx);
          return (
            <li key={event.id} class={`case-event case-event--${event.type}`} data-event-type={event.type}>
              <div class="case-event__head">
                <span class="case-event__label">{eventLabels[event.type][getLocale()]}</span>
                <time class="ui-num ui-muted" dateTime={new Date(event.at).toISOString()}>
                  {formatMoment(event.at, ws.timeZone, now)}
                </time>
              </div>
              <div class="case-event__actor ui-muted">
                {ws.name(event.actor)}
                {event.recordedAt - event.at > BACKDATED_MS && ` · ${t('recordedAt', { when: formatMoment(event.recordedAt, ws.timeZone, now) })}`}
              </div>
              {lines.length > 0 && (
                <dl class="case-event__data">
                  {lines.map((line, i) => [
                    <dt key={`t${i}`}>{line.label}</dt>,
                    <dd key={`d${i}`}>{line.link ? <ExternalLink href={line.value}>{line.value}</ExternalLink> : line.value}</dd>,
                  ])}
                </dl>
              )}
              {body && <p class="case-event__body">{body}</p>}
              {event.note && <p class="case-event__body case-event__note">{event.note}</p>}
            </li>
          );
        })}
      </ol>
      <NoteForm />
    </section>
  );
}
