/**
 * The rules of the procedure: which event may follow which. Each guard returns null when the event
 * is allowed, or one Russian sentence for the operator saying why not.
 *
 * - `stateGuards` depend only on the folded state (so allowedEvents can list valid actions);
 * - `dataGuards` also look at the event's data (the kind of a publication, who submits a part, ...).
 */
import type { CaseEvent, DraftKind, EventOf, EventType, RejectionReason } from './events';
import { draftKindLabels, rejectionReasons } from './labels';
import type { Case } from './schema';
import { isOpenStatus, isResolvedStatus } from './status';
import type { TimelineState } from './timeline';

/** What the regulation decides for the workflow (a subset of the regulation preset). */
export interface WorkflowPolicy {
  /**
   * The operator is also the approver (seed 001 p.3.2: the operator checks and publishes; small
   * administrations): publication needs no separate approval, routing is optional.
   */
  operatorMayApprove: boolean;
  /** Reasons the regulation allows for "not subject to an answer"; all six when absent. */
  rejectionReasons?: readonly RejectionReason[];
}

type Refusal = string | null;
type StateGuard = (s: TimelineState, policy: WorkflowPolicy) => Refusal;
type DataGuard<T extends EventType> = (s: TimelineState, event: EventOf<T>, c: Case, policy: WorkflowPolicy) => Refusal;

const CLOSED = 'Дело закрыто: можно только открыть его снова или добавить заметку.';

function mustBeOpen(s: TimelineState): Refusal {
  if (s.status === 'closed') return CLOSED;
  if (isResolvedStatus(s.status)) return 'По делу уже есть итог (ответ, отказ или обращение): сначала откройте его снова.';
  return null;
}

const notClosed: StateGuard = (s) => (s.status === 'closed' ? CLOSED : null);

/** Publishing a reply of one of `kinds`: needs an approved draft, or the operator may approve. */
function publication(kinds: readonly DraftKind[], what: string): StateGuard {
  return (s, policy) => {
    const open = mustBeOpen(s);
    if (open) return open;
    const draft = s.draft;
    if (!draft) {
      return policy.operatorMayApprove ? null : `Нет согласованного проекта: ${what} публикуется только после согласования.`;
    }
    if (!kinds.includes(draft.kind)) {
      return `Текущий проект — «${draftKindLabels[draft.kind].ru}», а не ${what}.`;
    }
    if (draft.state === 'returned') return 'Проект возвращён на доработку: сначала направьте исправленный проект.';
    if (draft.state === 'submitted' && !policy.operatorMayApprove) {
      return 'Проект ещё не согласован: по регламенту публикуется только согласованный ответ.';
    }
    return null;
  };
}

function matchesDraftKind(s: TimelineState, kind: DraftKind): Refusal {
  if (s.draft && s.draft.kind !== kind) {
    return `Текущий проект — «${draftKindLabels[s.draft.kind].ru}», а отмечается «${draftKindLabels[kind].ru}».`;
  }
  return null;
}

export const stateGuards: Record<EventType, StateGuard> = {
  captured: () => 'Сообщение уже зарегистрировано: выявление — только первое событие дела.',
  routed: (s) => mustBeOpen(s),
  returnedNotCompetent: (s) => {
    const open = mustBeOpen(s);
    if (open) return open;
    if (s.executors.length === 0) return 'Вернуть как не по компетенции можно только дело, направленное исполнителю.';
    if (s.status !== 'inWork' && s.status !== 'returned') {
      return 'Вернуть как не по компетенции можно, пока проект не направлен на согласование.';
    }
    return null;
  },
  clarificationRequested: publication(['clarification'], 'запрос (уточнение)'),
  draftSubmitted: (s, policy) => {
    const open = mustBeOpen(s);
    if (open) return open;
    if (s.executors.length === 0 && !policy.operatorMayApprove) {
      return 'Сначала направьте сообщение исполнителю: проект готовит назначенный исполнитель.';
    }
    return null;
  },
  returnedForRevision: (s) => {
    if (s.status === 'closed') return CLOSED;
    if (s.draft?.state === 'submitted' || s.draft?.state === 'approved') return null;
    return 'Нет проекта на согласовании: возвращать на доработку нечего.';
  },
  approved: (s) => {
    if (s.status === 'closed') return CLOSED;
    if (!s.draft) return 'Нет проекта: согласовать можно только направленный проект.';
    if (s.draft.state === 'approved') return 'Этот проект уже согласован.';
    if (s.draft.state === 'returned') return 'Проект возвращён на доработку: согласовать можно исправленный проект.';
    return null;
  },
  published: (s, policy) => {
    if (s.interimAt !== undefined && s.status !== 'closed') {
      return 'Дан промежуточный ответ: теперь отмечается окончательный ответ.';
    }
    return publication(['answer', 'explanation'], 'ответ')(s, policy);
  },
  interimPublished: (s, policy) => {
    if (s.interimAt !== undefined && s.status !== 'closed') return 'Промежуточный ответ уже опубликован: ждём окончательного.';
    return publication(['interim'], 'промежуточный ответ')(s, policy);
  },
  finalPublished: (s, policy) => {
    if (s.interimAt === undefined && isOpenStatus(s.status)) {
      return 'Окончательный ответ бывает только после промежуточного: отметьте публикацию ответа.';
    }
    return publication(['answer', 'explanation'], 'окончательный ответ')(s, policy);
  },
  partSubmitted: (s) => {
    const open = mustBeOpen(s);
    if (open) return open;
    if (s.executors.length < 2) return 'Части общего ответа присылают соисполнители: назначьте нескольких исполнителей.';
    return null;
  },
  rejected: (s) => mustBeOpen(s),
  convertedToAppeal: (s) => mustBeOpen(s),
  closed: notClosed,
  reopened: (s) =>
    s.status === 'closed' || isResolvedStatus(s.status) ? null : 'Дело и так в работе: открывать снова нечего.',
  note: () => null,
  linkedRepeat: notClosed,
  edited: notClosed,
};

export const dataGuards: { [T in EventType]?: DataGuard<T> } = {
  returnedNotCompetent: (s, event) => {
    const who = event.data.executor;
    if (who !== undefined && !s.executors.includes(who)) return 'Вернуть может только исполнитель, которому направлено дело.';
    return null;
  },
  clarificationRequested: (s) => matchesDraftKind(s, 'clarification'),
  draftSubmitted: (s, event) => {
    if (event.data.kind === 'interim' && s.interimAt !== undefined) {
      return 'Промежуточный ответ уже опубликован: теперь готовится окончательный ответ.';
    }
    return null;
  },
  published: (s, event) => matchesDraftKind(s, event.data.kind),
  interimPublished: (s) => matchesDraftKind(s, 'interim'),
  partSubmitted: (s, event) => {
    const who = event.data.executor;
    if (!s.executors.includes(who)) return 'Часть общего ответа может прислать только назначенный соисполнитель.';
    if (who === s.lead) return 'Ответственный исполнитель готовит общий ответ, а не часть: направьте проект.';
    return null;
  },
  rejected: (_s, event, _c, policy) => {
    const allowed = policy.rejectionReasons;
    if (allowed && !allowed.includes(event.data.reason)) {
      return `Регламент не предусматривает причину «${rejectionReasons[event.data.reason].ru}».`;
    }
    return null;
  },
  closed: (s, event) => {
    if (isOpenStatus(s.status) && !(event.data.reason ?? '').trim()) {
      return 'Чтобы закрыть дело без ответа, укажите причину.';
    }
    return null;
  },
  linkedRepeat: (s, event, c) => {
    if (event.data.caseId === c.id) return 'Дело нельзя связать само с собой.';
    if (event.data.caseId === s.repeatOf) return 'Дело уже связано с этим сообщением.';
    return null;
  },
};

/** Runs the state guard, then the data guard, of one event. */
export function refusalOf(s: TimelineState, event: CaseEvent, c: Case, policy: WorkflowPolicy): Refusal {
  const byState = stateGuards[event.type](s, policy);
  if (byState) return byState;
  const guard = dataGuards[event.type] as DataGuard<EventType> | undefined;
  return guard ? guard(s, event, c, policy) : null;
}
