/** A stage rule's conditions and completion in words, for the editor and the read-only view. */
import { eventLabels } from '../../../utils/cases/labels';
import { getLocale } from '../../../utils/i18n/index';
import type { Condition, EventRef } from '../../../utils/regulation/schema';
import type { DraftKind } from '../../../utils/regulation/vocabulary';
import { tReg } from './messages';

/** «ответ», «промежуточный ответ»…: a draft kind (a published kind is one of them) in words. */
export const draftKindLabel = (kind: DraftKind) =>
  tReg(kind === 'answer' ? 'draftAnswer' : kind === 'interim' ? 'draftInterim' : kind === 'clarification' ? 'draftClarification' : 'draftExplanation');

const kinds = (list: DraftKind[]) => list.map(draftKindLabel).join(', ');

/** An event type in the words of the case timeline. */
export const eventTypeLabel = (type: string): string => (eventLabels as Record<string, { ru: string; en: string }>)[type]?.[getLocale()] ?? type;

/** «только повышенная важность; несколько исполнителей» or «всегда». */
export function conditionText(condition: Condition | undefined): string {
  const parts: string[] = [];
  if (condition?.importance) parts.push(tReg(condition.importance === 'high' ? 'importanceHigh' : 'importanceNormal'));
  if (condition?.severalExecutors !== undefined) parts.push(`${tReg('severalExecutors')}: ${tReg(condition.severalExecutors ? 'severalYes' : 'severalNo')}`);
  if (condition?.afterInterim !== undefined) parts.push(tReg(condition.afterInterim ? 'afterInterimYes' : 'afterInterimNo'));
  if (condition?.draftKind) parts.push(`${tReg('draftKind')}: ${kinds(condition.draftKind)}`);
  if (condition?.notDraftKind) parts.push(`${tReg('notDraftKind')}: ${kinds(condition.notDraftKind)}`);
  return parts.length ? `${tReg('appliesWhen')}: ${parts.join('; ')}` : `${tReg('appliesWhen')}: ${getLocale() === 'ru' ? 'всегда' : 'always'}`;
}

/** «Проект направлен на согласование (ответ), Соисполнитель прислал свою часть (от каждого исполнителя)». */
export function doneByText(refs: readonly EventRef[]): string {
  return refs
    .map((ref) => {
      const details = [ref.kind ? kinds([ref.kind as DraftKind]) : undefined, ref.everyExecutor ? tReg('everyExecutorShort') : undefined].filter(Boolean);
      const label = eventTypeLabel(ref.type);
      return details.length ? `${label} (${details.join(', ')})` : label;
    })
    .join(', ');
}
