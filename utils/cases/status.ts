/**
 * Statuses of a case, derived from its timeline (timeline.ts) and stored only for indexing.
 *
 * Why this set (from the seeds):
 * - new: detected, not yet routed (000 p.6, 002 p.7, 003 p.10 — the curator must route it).
 * - inWork: routed, the executor prepares a draft.
 * - notCompetent: the executor returned it as outside its competence; the curator must re-route
 *   (000 p.7, 002 p.8, 003 p.11, 004 p.5) — its own status because it has its own deadline.
 * - onApproval: a draft (answer, interim answer, clarification request, explanation) awaits the
 *   approver's decision (002 p.11, 003 p.14).
 * - returned: the draft was returned for revision (002 p.12, 003 p.15, 004 p.8).
 * - approved: approved, awaiting publication (002 p.13, 003 p.16, 004 p.9).
 * - awaitingAuthor: a clarification request was published; waiting for the author (003 p.13).
 * - interim: an interim answer is published; the final answer is due in 7 working days
 *   (000 p.11, 002 p.14, 003 p.18, 004 p.10). A new draft for the final answer moves the case to
 *   onApproval/returned/approved again; `interimAt` on the case keeps the stage visible.
 * - answered: the answer (or explanation, 001 p.3.7, or final answer) is published.
 * - notSubject: not subject to an answer (000 p.14, 001 p.3.6, ...).
 * - appeal: converted to an official appeal under 59-FZ and handed over (001 p.3.8).
 * - closed: archived by a person (after one of the three outcomes above, or with a reason).
 */
import type { Label } from './labels';

export const caseStatuses = [
  'new',
  'inWork',
  'notCompetent',
  'onApproval',
  'returned',
  'approved',
  'awaitingAuthor',
  'interim',
  'answered',
  'notSubject',
  'appeal',
  'closed',
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** Statuses in the working queue: something is due. */
export const openStatuses: readonly CaseStatus[] = [
  'new',
  'inWork',
  'notCompetent',
  'onApproval',
  'returned',
  'approved',
  'awaitingAuthor',
  'interim',
];
/** Outcomes: nothing is due any more, the case may be closed or reopened. */
export const resolvedStatuses: readonly CaseStatus[] = ['answered', 'notSubject', 'appeal'];

export function isOpenStatus(status: CaseStatus): boolean {
  return openStatuses.includes(status);
}

export function isResolvedStatus(status: CaseStatus): boolean {
  return resolvedStatuses.includes(status);
}

export const statusLabels: Record<CaseStatus, Label> = {
  new: { ru: 'Новое', en: 'New' },
  inWork: { ru: 'В работе', en: 'In work' },
  notCompetent: { ru: 'Возвращено: не по компетенции', en: 'Returned: outside competence' },
  onApproval: { ru: 'На согласовании', en: 'Awaiting approval' },
  returned: { ru: 'На доработке', en: 'Returned for revision' },
  approved: { ru: 'Согласовано, ждёт публикации', en: 'Approved, awaiting publication' },
  awaitingAuthor: { ru: 'Ждём уточнения от автора', en: 'Awaiting the author' },
  interim: { ru: 'Дан промежуточный ответ', en: 'Interim answer given' },
  answered: { ru: 'Ответ опубликован', en: 'Answered' },
  notSubject: { ru: 'Не подлежит ответу', en: 'Not subject to an answer' },
  appeal: { ru: 'Обращение по 59-ФЗ', en: 'Official appeal (59-FZ)' },
  closed: { ru: 'Закрыто', en: 'Closed' },
};
