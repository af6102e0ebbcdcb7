/**
 * The live data of one case for the workspace: the case row, its regulation as the administration
 * applies it (the settings' zone override) with its work calendar, the directory and the settings.
 * Every read is a liveQuery: a write from this panel, another window or the background (a reply
 * detected on the page) re-renders the panel.
 */
import { useMemo } from 'preact/hooks';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { allowedEvents } from '../../utils/cases/workflow';
import type { CaseRow } from '../../utils/db/case-row';
import { findRepeats } from '../../utils/db/cases';
import { fromRow } from '../../utils/db/case-row';
import { getDatabase } from '../../utils/db/database';
import { loadDueContext, workflowPolicyOf, type DueContext } from '../../utils/db/due';
import { clockOf } from '../../utils/queue/clock';
import type { WorkCalendar } from '../../utils/worktime/index';
import type { Workspace } from './context';

export interface CaseData {
  /** undefined while loading; null when there is no such case. */
  row: CaseRow | null | undefined;
  due: DueContext | undefined;
  calendar: WorkCalendar | undefined;
  /** The workspace without what the page supplies (api, copy, openCase, openUrl). */
  workspace: Omit<Workspace, 'api' | 'copy' | 'openCase' | 'openUrl'> | undefined;
  error: unknown;
}

export function useCaseData(caseId: string): CaseData {
  const db = getDatabase();
  const row = useLiveQuery(async () => (await db.cases.get(caseId)) ?? null, [caseId]);
  const due = useLiveQuery(() => loadDueContext(db), []);
  const people = useLiveQuery(() => db.people.toArray(), []);
  const topics = useLiveQuery(() => db.topics.toArray(), []);
  const locations = useLiveQuery(() => db.locations.toArray(), []);
  const templates = useLiveQuery(() => db.templates.toArray(), []);
  const c = row.value ?? undefined;
  const earlierId = c?.repeatOf;
  const earlier = useLiveQuery(async () => (earlierId ? await db.cases.get(earlierId) : undefined), [earlierId]);
  const repeats = useLiveQuery(async () => (c ? findRepeats(db, fromRow(c)) : []), [c?.id, c?.author.name, c?.author.url, c?.threadUrl]);

  const regulation = c && due.value ? due.value.regulation(c.regulationId) : undefined;
  const calendar = useMemo(() => (regulation && due.value ? due.value.calendar(regulation) : undefined), [regulation, due.value]);

  const workspace = useMemo(() => {
    if (!c || !due.value || !people.value || !topics.value || !locations.value || !templates.value) return undefined;
    const policy = regulation ? workflowPolicyOf(regulation) : { operatorMayApprove: false };
    const names = new Map(people.value.map((p) => [p.id, p.name]));
    return {
      c,
      regulation,
      timeZone: regulation?.timeZone ?? due.value.settings.timeZone ?? 'Europe/Moscow',
      calendar,
      clock: calendar ? clockOf(calendar) : undefined,
      policy,
      allowed: new Set(allowedEvents(fromRow(c), policy)),
      people: people.value,
      topics: topics.value.filter((t) => t.active),
      locations: locations.value.filter((l) => l.active),
      templates: templates.value.filter((t) => t.active),
      earlier: earlier.value,
      repeats: repeats.value ?? [],
      name: (id: string) => names.get(id) ?? id,
      currentUserId: due.value.settings.currentUserId,
    };
  }, [c, due.value, people.value, topics.value, locations.value, templates.value, regulation, calendar, earlier.value, repeats.value]);

  return {
    row: row.value,
    due: due.value,
    calendar,
    workspace,
    error: row.error ?? due.error ?? people.error ?? topics.error ?? locations.error ?? templates.error,
  };
}
