/**
 * One case in the side panel: the captured message, routing, the answer (draft, approval,
 * publication), the deadlines of every stage, the assignment text, the other outcomes (not
 * subject, 59-FZ, repeats, notes, close/reopen) and the timeline. Reads live from the database;
 * writes through `api` (the background validates and may refuse with a Russian message).
 */
import { useMemo } from 'preact/hooks';
import { Alert, EmptyState } from '../ui/index';
import { useNow } from '../hooks/useNow';
import { computeDeadlines } from '../../utils/cases/deadlines';
import { isOpenStatus } from '../../utils/cases/status';
import type { DraftStorage } from '../../utils/drafting/draft-store';
import { AnswerSection } from './AnswerSection';
import type { CaseApi, CopyText } from './api';
import { AppealForm, AppealResult } from './AppealForm';
import { AssignmentPanel } from './AssignmentPanel';
import { CapturedMessage } from './CapturedMessage';
import { CaseHeader } from './CaseHeader';
import { useWorkspace, WorkspaceContext, type Workspace } from './context';
import { deadlineRows } from './deadline-rows';
import { DeadlinesPanel } from './DeadlinesPanel';
import { JointAnswerPanel } from './JointAnswerPanel';
import { CloseReopenForm } from './LifecyclePanel';
import { t } from './messages';
import { RejectForm } from './RejectForm';
import { RepeatsPanel } from './RepeatsPanel';
import { RoutingPanel } from './RoutingPanel';
import { TimelinePanel } from './TimelinePanel';
import { useCaseData } from './useCaseData';
import { useDraftState } from './useDraftState';

export interface CaseWorkspaceProps {
  caseId: string;
  api: CaseApi;
  copy: CopyText;
  /** Where drafts autosave (the page's localStorage); none in a context without storage. */
  storage?: DraftStorage;
  openCase: (caseId: string) => void;
  openUrl: (url: string) => void;
}

export function CaseWorkspace(props: CaseWorkspaceProps) {
  const data = useCaseData(props.caseId);
  const now = useNow();
  const ws: Workspace | undefined = useMemo(
    () => (data.workspace ? { ...data.workspace, api: props.api, copy: props.copy, openCase: props.openCase, openUrl: props.openUrl } : undefined),
    [data.workspace, props.api, props.copy, props.openCase, props.openUrl],
  );
  if (data.error !== undefined) {
    return (
      <Alert tone="danger" title={t('loadError')}>
        {data.error instanceof Error ? data.error.message : String(data.error)}
      </Alert>
    );
  }
  if (data.row === null) {
    return (
      <EmptyState title={t('notFound')} data-testid="case-not-found">
        <p>{t('notFoundHint')}</p>
      </EmptyState>
    );
  }
  if (!ws) return <p class="ui-muted case-loading">{t('loading')}</p>;
  return (
    <WorkspaceContext.Provider value={ws}>
      <Loaded now={now} storage={props.storage} key={ws.c.id} />
    </WorkspaceContext.Provider>
  );
}

function Loaded({ now, storage }: { now: number; storage?: DraftStorage }) {
  const ws = useWorkspace();
  const { c, regulation, calendar, clock } = ws;
  const draft = useDraftState(c, storage, now);
  const rows = useMemo(
    () => (regulation && calendar && clock ? deadlineRows(computeDeadlines(c, regulation, calendar, now), regulation, clock, now, isOpenStatus(c.status)) : []),
    [c, regulation, calendar, clock, now],
  );
  const hasOutcomes = ws.allowed.has('rejected') || ws.allowed.has('convertedToAppeal') || ws.allowed.has('closed') || ws.allowed.has('reopened') || ws.repeats.length > 0 || c.repeatOf;
  return (
    <div class="case" data-testid="case" data-case-id={c.id} data-status={c.status} data-version={c.version}>
      <CaseHeader rows={rows} />
      {!regulation && <Alert tone="warning">{t('noRegulation', { id: c.regulationId })}</Alert>}
      <CapturedMessage now={now} />
      <RoutingPanel now={now} />
      <JointAnswerPanel now={now} draftText={draft.text} onCompose={(text) => draft.update({ text })} />
      <AnswerSection draft={draft} now={now} />
      <AppealResult />
      <DeadlinesPanel rows={rows} now={now} />
      <AssignmentPanel rows={rows} now={now} />
      {hasOutcomes && (
        <details class="case-block case-details" data-testid="more-actions">
          <summary>{t('moreActions')}</summary>
          <RepeatsPanel now={now} />
          <RejectForm />
          <AppealForm />
          <CloseReopenForm />
        </details>
      )}
      <TimelinePanel now={now} />
    </div>
  );
}
