/** Everything the parts of the case workspace share: the case, its regulation and clock, the directory, the API. */
import { createContext } from 'preact';
import { useCallback, useContext, useState } from 'preact/hooks';
import type { EventType } from '../../utils/cases/events';
import type { WorkflowPolicy } from '../../utils/cases/workflow';
import type { CaseRow } from '../../utils/db/case-row';
import type { EventDraft, RepeatOffer } from '../../utils/db/cases';
import type { Location, Person, Template, Topic } from '../../utils/directory/schema';
import type { WorkClock } from '../../utils/queue/types';
import type { Regulation } from '../../utils/regulation/index';
import type { WorkCalendar } from '../../utils/worktime/index';
import type { CaseApi, CopyText } from './api';

export interface Workspace {
  c: CaseRow;
  regulation: Regulation | undefined;
  /** The administration's zone: every time in the panel is shown in it. */
  timeZone: string;
  /** The work calendar of the regulation with the administration's own overrides. */
  calendar: WorkCalendar | undefined;
  clock: WorkClock | undefined;
  policy: WorkflowPolicy;
  allowed: ReadonlySet<EventType>;
  people: readonly Person[];
  topics: readonly Topic[];
  locations: readonly Location[];
  templates: readonly Template[];
  /** The earlier case this one repeats (linkedRepeat), when linked and still stored. */
  earlier: CaseRow | undefined;
  /** Earlier cases of the same author or thread, offered for linking as repeats. */
  repeats: readonly RepeatOffer[];
  name: (personId: string) => string;
  currentUserId: string;
  api: CaseApi;
  copy: CopyText;
  /** Opens another case in this panel (an earlier case of a repeat). */
  openCase: (caseId: string) => void;
  /** Opens a link of the case: focuses the tab already showing the thread, or opens a new one. */
  openUrl: (url: string) => void;
}

export const WorkspaceContext = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const ws = useContext(WorkspaceContext);
  if (!ws) throw new Error('useWorkspace outside of a case workspace');
  return ws;
}

export interface CaseAction {
  /** The key of the action running now (to show its spinner), or null. */
  busy: string | null;
  /** The background's Russian message of the last refused action. */
  error: string | null;
  clearError: () => void;
  /** Runs `fn` as action `key`: true when it succeeded; a refusal is kept in `error`, nothing changes. */
  run: (key: string, fn: () => Promise<unknown>) => Promise<boolean>;
  /** Appends one event to the case (with the version this panel shows). */
  append: (key: string, event: EventDraft) => Promise<boolean>;
}

export function useCaseAction(): CaseAction {
  const ws = useWorkspace();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (key: string, fn: () => Promise<unknown>) => {
    setBusy(key);
    setError(null);
    try {
      await fn();
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    } finally {
      setBusy(null);
    }
  }, []);
  const append = (key: string, event: EventDraft) => run(key, () => ws.api.appendEvent(ws.c.id, event, ws.c.version));
  return { busy, error, clearError: () => setError(null), run, append };
}

export const isAllowed = (ws: Pick<Workspace, 'allowed'>, type: EventType) => ws.allowed.has(type);
