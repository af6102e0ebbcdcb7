/** A stage rule's conditions and completion in words, for the editor and the read-only view. */
import { eventLabels } from '../../../utils/cases/labels';
import { getLocale } from '../../../utils/i18n/index';
import type { Condition, EventRef } from '../../../utils/regulation/schema';
import type { DraftKind } from '../../../utils/regulation/vocabulary';
import { tReg } from './messages';

const kinds = (list: DraftKind[]) =>
  list
    .map((kind) => tReg(kind === 'answer' ? 'draftAnswer' : kind === 'interim' ? 'draftInterim' : kind === 'clarification' ? 'draftClarification' : 'draftExplanation'))
    .join(', ');

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

/** «Проект направлен (ответ), Опубликован ответ». */
export function doneByText(refs: readonly EventRef[]): string {
  const locale = getLocale();
  return refs
    .map((ref) => {
      const label = (eventLabels as Record<string, { ru: string; en: string }>)[ref.type]?.[locale] ?? ref.type;
      return ref.kind ? `${label} (${kinds([ref.kind as DraftKind])})` : label;
    })
    .join(', ');
}
