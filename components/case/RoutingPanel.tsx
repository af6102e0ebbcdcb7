/**
 * Routing: the executor (and co-executors with a lead for a joint answer, seed 002 p. 15, 003 p. 19),
 * topic, location and importance. A changed importance shows the new deadlines at once (Korenovsk
 * p. 17: a high-importance incident is answered within 4 working hours). Changing only the
 * classification of a routed case records `edited` events, so the routing clock does not restart;
 * naming other executors re-routes. Where the operator approves (seed 001), an executor is optional.
 */
import { Fragment } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { Alert, Button, IconButton, Select, TextField } from '../ui/index';
import { CloseIcon } from '../ui/icons';
import { computeDeadlines } from '../../utils/cases/deadlines';
import type { Importance } from '../../utils/cases/events';
import { absenceOf, type Absence } from '../../utils/directory/stand-in';
import { getLocale } from '../../utils/i18n/index';
import { useCaseAction, useWorkspace } from './context';
import { formatDue, toLocalInput } from './format';
import { NotCompetentForm } from './NotCompetentForm';
import { t } from './messages';

interface Draft {
  executors: string[];
  lead: string;
  topic: string;
  location: string;
  importance: Importance;
}

export function RoutingPanel({ now }: { now: number }) {
  const ws = useWorkspace();
  const { c } = ws;
  const canRoute = ws.allowed.has('routed');
  const needsRouting = c.status === 'new' || c.status === 'notCompetent';
  const [open, setOpen] = useState(false);
  const expanded = canRoute && (needsRouting || open);
  // The form starts over when the routing itself changes (here or in another window), not on every write.
  const routingKey = [c.status, c.executors.join(','), c.lead, c.topic, c.location, c.importance].join('|');
  return (
    <section class="case-block" data-testid="routing" aria-labelledby="routing-title">
      <h2 id="routing-title">{t('routing')}</h2>
      <RoutingSummary now={now} />
      {expanded ? <RoutingForm now={now} onDone={() => setOpen(false)} key={routingKey} /> : canRoute && (
        <Button size="sm" variant="ghost" onClick={() => setOpen(true)} data-testid="route-edit">
          {t('changeRouting')}
        </Button>
      )}
      {ws.allowed.has('returnedNotCompetent') && <NotCompetentForm />}
    </section>
  );
}

/** «20.03.2026» — the last day away (absentUntil is the midnight after it); «отключён» for an inactive person. */
function lastDayAway(absence: Absence, timeZone: string): string {
  if (!Number.isFinite(absence.until)) return t('inactive');
  const [year, month, day] = toLocalInput(absence.until - 1, timeZone).slice(0, 10).split('-');
  return t('absentUntil', { date: `${day}.${month}.${year}` });
}

function RoutingSummary({ now }: { now: number }) {
  const { c, name, people, timeZone } = useWorkspace();
  const who = (id: string) => {
    const notes = id === c.lead && c.executors.length > 1 ? [t('leadShort')] : [];
    const away = absenceOf(people, id, now);
    if (away) notes.push(away.standIn ? t('awayStandIn', { when: lastDayAway(away, timeZone), name: away.standIn.name }) : lastDayAway(away, timeZone));
    return notes.length ? `${name(id)} (${notes.join('; ')})` : name(id);
  };
  const facts = [
    [t('executor'), c.executors.length ? c.executors.map(who).join(', ') : t('notAssigned')],
    [t('topic'), c.topic],
    [t('location'), c.location],
  ].filter(([, value]) => value);
  return (
    <dl class="case-facts" data-testid="routing-summary">
      {facts.map(([label, value]) => [<dt key={`${label}-t`}>{label}</dt>, <dd key={`${label}-d`}>{value}</dd>])}
    </dl>
  );
}

function RoutingForm({ now, onDone }: { now: number; onDone: () => void }) {
  const ws = useWorkspace();
  const { c } = ws;
  const action = useCaseAction();
  const [d, setD] = useState<Draft>({
    executors: c.executors.length ? [...c.executors] : [''],
    lead: c.lead ?? '',
    topic: c.topic ?? '',
    location: c.location ?? '',
    importance: c.importance,
  });
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setD((prev) => ({ ...prev, [key]: value }));
  const chosen = d.executors.filter(Boolean);
  const unique = [...new Set(chosen)];
  // A stand-in chosen here may hold another role (the curator's deputy): keep whoever is chosen listed.
  const candidates = ws.people.filter((p) => (p.active && (p.roles.includes('executor') || p.roles.includes('curator'))) || c.executors.includes(p.id) || chosen.includes(p.id));
  const optionLabel = (p: (typeof candidates)[number]) => {
    const label = p.department ? `${p.name} — ${p.department}` : p.name;
    const away = absenceOf(ws.people, p.id, now);
    return away ? `${label} (${lastDayAway(away, ws.timeZone)})` : label;
  };
  const options = (current: string) => [
    { value: '', label: t('chooseExecutor') },
    ...candidates.filter((p) => p.id === current || !chosen.includes(p.id)).map((p) => ({ value: p.id, label: optionLabel(p) })),
  ];
  /** Seed 002 p. 6: the executor's stand-in takes the place (once, if already chosen elsewhere). */
  const toStandIn = (index: number, standIn: string) =>
    setD((prev) => {
      const away = prev.executors[index];
      const executors = prev.executors.map((id, i) => (i === index ? standIn : id)).filter((id, i, all) => id === '' || all.indexOf(id) === i);
      return { ...prev, executors, lead: prev.lead === away ? standIn : prev.lead };
    });
  const executorsChanged = unique.join('\n') !== c.executors.join('\n') || (unique.length > 1 && d.lead !== (c.lead ?? ''));
  const classification = { topic: d.topic.trim(), location: d.location.trim(), importance: d.importance };
  const classificationChanged = classification.topic !== (c.topic ?? '') || classification.location !== (c.location ?? '') || d.importance !== c.importance;
  const needsRouting = c.status === 'new' || c.status === 'notCompetent';
  const route = unique.length > 0 && (executorsChanged || needsRouting);
  const lead = unique.length > 1 ? (unique.includes(d.lead) ? d.lead : unique[0]!) : undefined;

  const preview = useImportancePreview(d.importance, now);

  const submit = async () => {
    let ok: boolean;
    if (route) {
      const data: Record<string, unknown> = { executors: unique, importance: d.importance };
      if (lead) data.lead = lead;
      if (classification.topic) data.topic = classification.topic;
      if (classification.location) data.location = classification.location;
      ok = await action.append('route', { type: 'routed', data });
    } else {
      const changes: Record<string, string | null> = {};
      if (classification.topic !== (c.topic ?? '')) changes.topic = classification.topic || null;
      if (classification.location !== (c.location ?? '')) changes.location = classification.location || null;
      if (d.importance !== c.importance) changes.importance = d.importance;
      ok = await action.run('route', () => ws.api.updateCaseFields(c.id, changes, c.version));
    }
    if (ok) onDone();
  };
  const nothingToDo = !route && !classificationChanged;
  const blocked = unique.length === 0 && !ws.policy.operatorMayApprove && !classificationChanged;

  return (
    <form
      class="case-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {d.executors.map((id, index) => {
        const away = id ? absenceOf(ws.people, id, now) : undefined;
        return (
          <Fragment key={index}>
            <div class="case-executor">
              <Select
                label={index === 0 ? t('executor') : t('coExecutor')}
                value={id}
                onChange={(value) => set('executors', d.executors.map((old, i) => (i === index ? value : old)))}
                options={options(id)}
                selectProps={{ 'data-testid': index === 0 ? 'route-executor' : 'route-coexecutor' }}
                hint={index === 0 && ws.policy.operatorMayApprove ? t('executorOptional') : undefined}
              />
              {index > 0 && <IconButton label={t('removeCoExecutor')} icon={<CloseIcon />} size="sm" onClick={() => set('executors', d.executors.filter((_, i) => i !== index))} />}
            </div>
            {away && (
              <Alert tone="warning" data-testid="route-absent" data-executor={id}>
                <p>
                  {ws.name(id)}: {lastDayAway(away, ws.timeZone)}.{' '}
                  {away.standIn ? t('standInIs', { name: away.standIn.name }) : t('noStandIn')}
                </p>
                {away.standIn && (
                  <Button size="sm" onClick={() => toStandIn(index, away.standIn!.id)} data-testid="route-stand-in">
                    {t('routeToStandIn', { name: away.standIn.name })}
                  </Button>
                )}
              </Alert>
            )}
          </Fragment>
        );
      })}
      {chosen.length > 0 && (
        <Button size="sm" variant="ghost" onClick={() => set('executors', [...d.executors, ''])} data-testid="route-add-coexecutor">
          {t('addCoExecutor')}
        </Button>
      )}
      {unique.length > 1 && (
        <Select
          label={t('lead')}
          hint={t('leadHint')}
          value={lead ?? ''}
          onChange={(value) => set('lead', value)}
          options={unique.map((id) => ({ value: id, label: ws.name(id) }))}
          selectProps={{ 'data-testid': 'route-lead' }}
        />
      )}
      <div class="case-row2">
        <TextField label={t('topic')} value={d.topic} onInput={(v) => set('topic', v)} inputProps={{ list: 'case-topics', 'data-testid': 'route-topic', maxLength: 500 }} />
        <TextField label={t('location')} value={d.location} onInput={(v) => set('location', v)} inputProps={{ list: 'case-locations', 'data-testid': 'route-location', maxLength: 500 }} />
      </div>
      <datalist id="case-topics">
        {ws.topics.map((topic) => (
          <option key={topic.id} value={topic.name} />
        ))}
      </datalist>
      <datalist id="case-locations">
        {ws.locations.map((location) => (
          <option key={location.id} value={location.name} />
        ))}
      </datalist>
      <Select
        label={t('importance')}
        hint={t('importanceHint')}
        value={d.importance}
        onChange={(value) => set('importance', value === 'high' ? 'high' : 'normal')}
        options={[
          { value: 'normal', label: t('importanceNormal') },
          { value: 'high', label: t('importanceHigh') },
        ]}
        selectProps={{ 'data-testid': 'route-importance' }}
      />
      {preview.length > 0 && (
        <p class="case-preview" data-testid="importance-preview" role="status">
          {preview.map((p) => t('deadlineBecomes', { stage: p.label, due: p.due, was: p.was })).join(' ')}
        </p>
      )}
      {action.error && <Alert tone="danger">{action.error}</Alert>}
      <div class="case-actions">
        <Button type="submit" variant="primary" loading={action.busy === 'route'} disabled={nothingToDo || blocked} data-testid="route-submit">
          {route || (needsRouting && !classificationChanged) ? (c.executors.length && executorsChanged && !needsRouting ? t('reroute') : t('route')) : t('saveClassification')}
        </Button>
        {!needsRouting && (
          <Button variant="ghost" onClick={onDone}>
            {t('cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}

/** Stages whose due moment moves if the importance becomes `importance` now. */
function useImportancePreview(importance: Importance, now: number): { label: string; due: string; was: string }[] {
  const ws = useWorkspace();
  const { c, regulation } = ws;
  // Recomputed when the choice or the case changes, not on every tick.
  const minute = Math.floor(now / 60_000);
  return useMemo(() => {
    if (!regulation || importance === c.importance) return [];
    const at = Math.max(now, c.events[c.events.length - 1]!.at);
    const edit = { type: 'edited', at, data: { field: 'importance', from: c.importance, to: importance } };
    const before = computeDeadlines(c, regulation, ws.calendar);
    const after = computeDeadlines({ ...c, importance, events: [...c.events, edit] }, regulation, ws.calendar);
    return after.flatMap((stage) => {
      const old = before.find((b) => b.stage === stage.stage);
      if (!old || old.due === stage.due || stage.done !== undefined || stage.stopped !== undefined) return [];
      return [{ label: stage.label[getLocale()], due: formatDue(stage.due, ws.timeZone, now), was: formatDue(old.due, ws.timeZone, now) }];
    });
  }, [importance, c, regulation, minute]);
}
