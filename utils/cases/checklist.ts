/**
 * The answer checklist the side panel shows beside the draft editor. The regulation preset carries
 * its own list (`answerChecklist`, items `when: 'always' | 'repeat'`); without one, the style rules
 * common to the seeds apply. A case linked to an earlier one (repeatOf) always gets the reminder
 * that the answer must say what was done or how the matter stands (seed 000 p.12, 002 p.16) —
 * reading: added even where the regulation has no such item, since it is never wrong to say it.
 */
import type { Label } from './labels';
import type { Case } from './schema';

/** The shape of one item of a regulation's `answerChecklist` (utils/regulation/schema.ts). */
export interface RegulationChecklistItem {
  id: string;
  label: Label;
  clause: string;
  when: 'always' | 'repeat';
}

export interface ChecklistItem {
  id: string;
  label: Label;
  /** Where the rule comes from, e.g. «000 п. 13» or the regulation's own clause. */
  clause: string;
  /** True for the reminder that only a repeated message needs. */
  forRepeat: boolean;
}

export const REPEAT_ITEM_ID = 'repeatSaysWhatWasDone';

const repeatItem: ChecklistItem = {
  id: REPEAT_ITEM_ID,
  label: {
    ru: 'Повторное сообщение: в ответе — принятые меры или ход решения вопроса',
    en: 'Repeated message: the answer says what was done or how the matter stands',
  },
  clause: '000 п. 12; 002 п. 16',
  forRepeat: true,
};

/** Seeds 000 p.13, 002 p.17, 003 p.20, 004 p.11 — the same sentence in four regulations. */
const defaultItems: ChecklistItem[] = [
  { id: 'toThePoint', label: { ru: 'Ответ по существу заданного вопроса', en: 'The answer addresses the question asked' }, clause: '000 п. 13', forRepeat: false },
  { id: 'networkFormat', label: { ru: 'Ответ в формате общения соцсети', en: "The answer is in the network's tone" }, clause: '000 п. 13', forRepeat: false },
  {
    id: 'proofAttached',
    label: { ru: 'Приложены подтверждающие фото или видео (если есть)', en: 'Photo or video proof is attached (if any)' },
    clause: '000 п. 13',
    forRepeat: false,
  },
];

export function answerChecklist(c: Pick<Case, 'repeatOf'>, regulationChecklist?: readonly RegulationChecklistItem[]): ChecklistItem[] {
  const isRepeat = c.repeatOf !== undefined;
  const items: ChecklistItem[] = regulationChecklist
    ? regulationChecklist
        .filter((item) => item.when === 'always' || isRepeat)
        .map((item) => ({ id: item.id, label: item.label, clause: item.clause, forRepeat: item.when === 'repeat' }))
    : defaultItems.map((item) => ({ ...item }));
  if (isRepeat && !items.some((item) => item.forRepeat)) items.push({ ...repeatItem });
  return items;
}
