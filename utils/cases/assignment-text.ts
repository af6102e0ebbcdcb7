/**
 * «Задание исполнителю» (issue 6): a plain-text message for a messenger or e-mail to an executor
 * who has no extension — the citizen's message, the links, what is asked, and every deadline as a
 * wall-clock time in the administration's zone. Plain text: nothing in it is ever markup.
 */
import { formatDateTimeRu, formatDueRu, zoneOffsetLabel } from './format-time';
import { draftKindLabels, revisionReasons } from './labels';
import type { Case } from './schema';

export interface AssignmentDeadline {
  label: string;
  due: number;
}

export interface AssignmentInput {
  case: Case;
  /** Pending deadlines of the case (from computeDeadlines), any order. */
  deadlines: readonly AssignmentDeadline[];
  /** The administration's IANA zone (the regulation's). */
  timeZone: string;
  /** Whom it is for (person id from case.executors), to tell a co-executor from the lead. */
  recipientId?: string;
  /** Display names of people, for the «Кому» line and the lead. */
  names?: Readonly<Record<string, string>>;
  /** What is asked, when the operator writes it; otherwise derived from the case. */
  request?: string;
  /** Now, to show the year only when a date is not in the current one. */
  now?: number;
}

export const networkNames: Record<Case['network'], string> = {
  vk: 'ВКонтакте',
  ok: 'Одноклассники',
  telegram: 'Telegram',
  other: 'интернет',
};

/** «где»: во ВКонтакте, в Одноклассниках. */
const networkWhere: Record<Case['network'], string> = {
  vk: 'во ВКонтакте',
  ok: 'в Одноклассниках',
  telegram: 'в Telegram',
  other: 'в интернете',
};

export const itemKindNames: Record<Case['kind'], string> = {
  post: 'публикация',
  comment: 'комментарий',
  message: 'личное сообщение',
};

/** What the executor is asked to do, from the case's state. */
export function defaultRequest(c: Case, recipientId?: string): string {
  const isCoExecutor = recipientId !== undefined && c.executors.length > 1 && recipientId !== c.lead;
  if (isCoExecutor) return 'Подготовьте информацию в своей части и пришлите её для общего ответа.';
  switch (c.status) {
    case 'returned': {
      const back = c.events.findLast((e) => e.type === 'returnedForRevision');
      const why = back?.type === 'returnedForRevision' ? revisionReasons[back.data.reason].ru : '';
      const comment = back?.type === 'returnedForRevision' && back.data.comment ? ` (${back.data.comment})` : '';
      const kind = c.draft ? draftKindLabels[c.draft.kind].ru.toLowerCase() : 'проект';
      return `Доработайте ${kind} и направьте его на повторное согласование. Замечание: ${why}${comment}.`;
    }
    case 'approved':
      return 'Проект согласован: опубликуйте его в ветке от имени официального аккаунта.';
    case 'onApproval':
      return 'Проект на согласовании: будьте готовы доработать его по замечаниям.';
    case 'interim':
      return 'Промежуточный ответ дан: подготовьте окончательный ответ и направьте его на согласование.';
    case 'awaitingAuthor':
      return 'Автору направлен запрос (уточнение): когда он ответит, подготовьте проект ответа.';
    default:
      return 'Подготовьте проект ответа (при необходимости — промежуточного ответа или запроса автору) и направьте его на согласование.';
  }
}

export function assignmentText(input: AssignmentInput): string {
  const c = input.case;
  const name = (id: string) => input.names?.[id] ?? id;
  const lines: string[] = [];
  lines.push(`Задание исполнителю: ${itemKindNames[c.kind]} ${networkWhere[c.network]}`);
  if (input.recipientId) lines.push(`Кому: ${name(input.recipientId)}`);
  if (c.executors.length > 1) {
    lines.push(`Исполнители: ${c.executors.map(name).join(', ')}${c.lead ? `; общий ответ готовит ${name(c.lead)}` : ''}`);
  }
  lines.push(`Что нужно: ${input.request?.trim() || defaultRequest(c, input.recipientId)}`);
  lines.push('');

  const author = [c.author.name ?? 'автор не указан', c.author.url ? `(${c.author.url})` : ''].filter(Boolean).join(' ');
  const posted = c.postedAt !== undefined ? `, опубликовано ${formatDateTimeRu(c.postedAt, input.timeZone)}` : c.postedAtText ? `, опубликовано «${c.postedAtText}»` : '';
  lines.push(`Сообщение: ${author}${posted}, выявлено ${formatDateTimeRu(c.detectedAt, input.timeZone)}`);
  lines.push(`«${c.text}»`);
  for (const a of c.attachments) lines.push(`Вложение: ${a.url}`);
  lines.push('');
  lines.push(`Ссылка на сообщение: ${c.url}`);
  if (c.threadUrl !== c.url) lines.push(`Ветка: ${c.threadUrl}`);
  const facts = [c.topic && `тема: ${c.topic}`, c.location && `локация: ${c.location}`, c.importance === 'high' && 'повышенная важность'].filter(Boolean);
  if (facts.length) lines.push(facts.join('; ').replace(/^./, (ch) => ch.toUpperCase()));
  if (c.kind === 'message') lines.push('Ответ — в личных сообщениях, не публично.');
  if (c.repeatOf) lines.push('Повторное сообщение: в ответе укажите принятые меры или ход решения вопроса.');

  const deadlines = [...input.deadlines].sort((a, b) => a.due - b.due);
  if (deadlines.length) {
    const zone = zoneOffsetLabel(deadlines[0]!.due, input.timeZone);
    lines.push('');
    lines.push(`Сроки (время администрации, ${zone}):`);
    for (const d of deadlines) lines.push(`— ${d.label}: до ${formatDueRu(d.due, input.timeZone, input.now)}`);
  }
  lines.push('');
  lines.push(`Дело № ${c.id} в «Отклике»`);
  return lines.join('\n');
}
