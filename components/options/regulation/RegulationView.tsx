/**
 * A regulation read-only (a built-in preset): every stage with the event it counts from, its
 * term, who acts, when it applies, the clause of the document and the readings the preset made.
 */
import { getLocale } from '../../../utils/i18n/index';
import type { Regulation } from '../../../utils/regulation/schema';
import { Readings } from './Readings';
import { RegulationProvisions } from './RegulationProvisions';
import { tReg } from './messages';
import { conditionText, doneByText } from './rule-text';
import { termText } from './term-text';

export function RegulationView({ regulation }: { regulation: Regulation }) {
  const locale = getLocale();
  const roleName = (id: string) => regulation.roles.find((r) => r.id === id)?.label[locale] ?? id;
  return (
    <div class="options-regulation-view" data-testid="regulation-view">
      <p class="ui-muted">
        {regulation.municipality[locale]} · {regulation.region[locale]} · {regulation.timeZone}
      </p>
      <p class="ui-muted">{tReg('source', { title: regulation.source.title, file: regulation.source.file })}</p>
      <h3>{tReg('stages')}</h3>
      <ol class="options-stage-list">
        {regulation.stages.map((rule) => (
          <li key={rule.id} data-testid={`view-stage-${rule.id}`}>
            <p>
              <strong>{rule.label[locale]}</strong> <span class="options-readings__clause">{rule.clause}</span>
            </p>
            <p>
              {termText(rule.term, regulation)} — {tReg('from').toLowerCase()} {tReg('anchor', { anchor: rule.from })}; {tReg('actor').toLowerCase()}: {roleName(rule.actor)}
            </p>
            {rule.variants?.map((variant, i) => (
              <p key={i}>
                {tReg('variants')}: {conditionText(variant.when).replace(/^[^:]+: /, '')} — {termText(variant.term, regulation)}{' '}
                <span class="options-readings__clause">{variant.clause}</span>
              </p>
            ))}
            <p class="ui-muted">
              {conditionText(rule.appliesWhen)}. {tReg('doneBy')}: {doneByText(rule.doneBy)}
              {rule.reopenedBy?.length ? `. ${tReg('reopenedBy')}: ${doneByText(rule.reopenedBy)}` : ''}
            </p>
            <Readings readings={rule.inferred} />
            {rule.variants?.map((variant, i) => <Readings key={i} readings={variant.inferred} />)}
          </li>
        ))}
      </ol>
      <RegulationReadings regulation={regulation} />
      <RegulationProvisions regulation={regulation} />
    </div>
  );
}

/** The readings about the whole regulation (schedule, clock, time zone). */
export function RegulationReadings({ regulation }: { regulation: Regulation }) {
  if (regulation.inferred.length === 0) return null;
  return (
    <section>
      <h3>{tReg('readings')}</h3>
      <p class="ui-muted">{tReg('readingsHint')}</p>
      <Readings readings={regulation.inferred} />
    </section>
  );
}
