/**
 * A stage rule in words, as the side panel and the options page show it:
 * «8 рабочих часов с момента выявления; при повышенной важности — 4 рабочих часа».
 */
import { plural, type Locale } from '../i18n';
import type { Condition, StageRule, Term } from './schema';
import type { Anchor } from './vocabulary';

const ANCHOR_TEXT: Record<Anchor, Record<Locale, string>> = {
  posted: { ru: 'с момента размещения сообщения', en: 'from the moment the message was posted' },
  captured: { ru: 'с момента выявления', en: 'from detection' },
  routed: { ru: 'с момента поступления исполнителю', en: 'from the moment the executor received it' },
  returnedNotCompetent: { ru: 'с момента возврата не по компетенции', en: 'from the return as outside competence' },
  clarificationRequested: { ru: 'с момента запроса уточнения', en: 'from the clarification request' },
  draftSubmitted: { ru: 'с момента поступления проекта', en: 'from the moment the draft arrived' },
  returnedForRevision: { ru: 'с момента возврата на доработку', en: 'from the return for revision' },
  approved: { ru: 'с момента согласования', en: 'from approval' },
  published: { ru: 'с момента размещения ответа', en: 'from the publication of the answer' },
  interimPublished: { ru: 'со дня направления промежуточного ответа', en: 'from the day of the interim answer' },
};

const UNIT_FORMS = {
  ru: {
    working: { minutes: ['рабочая минута', 'рабочие минуты', 'рабочих минут'], hours: ['рабочий час', 'рабочих часа', 'рабочих часов'] },
    calendar: { minutes: ['минута', 'минуты', 'минут'], hours: ['час', 'часа', 'часов'] },
    workingDays: ['рабочий день', 'рабочих дня', 'рабочих дней'],
  },
  en: {
    working: { minutes: ['working minute', 'working minutes'], hours: ['working hour', 'working hours'] },
    calendar: { minutes: ['minute', 'minutes'], hours: ['hour', 'hours'] },
    workingDays: ['working day', 'working days'],
  },
} as const;

function amount(duration: number, unit: 'minutes' | 'hours' | 'workingDays', clock: 'working' | 'calendar', locale: Locale): string {
  const forms = unit === 'workingDays' ? UNIT_FORMS[locale].workingDays : UNIT_FORMS[locale][clock][unit];
  const number = locale === 'ru' ? String(duration).replace('.', ',') : String(duration);
  return `${number} ${plural(locale, duration, forms)}`;
}

/** The term alone, e.g. «не позднее чем за 3 рабочих часа до срока этапа «Ответ размещён»». */
export function describeTerm(term: Term, from: Anchor, locale: Locale, stageLabel: (id: string) => string = (id) => id): string {
  if (term.kind === 'after') return `${amount(term.duration, term.unit, term.clock, locale)} ${ANCHOR_TEXT[from][locale]}`;
  if (term.kind === 'before') {
    const span = amount(term.duration, term.unit, term.clock, locale);
    return locale === 'ru'
      ? `не позднее чем за ${span} до срока этапа «${stageLabel(term.stage)}»`
      : `no later than ${span} before the deadline of «${stageLabel(term.stage)}»`;
  }
  const hours = amount(term.calendarHours, 'hours', 'calendar', locale);
  const minimum = term.minimumWorkingHours > 0 ? amount(term.minimumWorkingHours, 'hours', 'working', locale) : '';
  if (locale === 'ru') {
    return `${hours} без учёта выходных и праздничных дней${minimum ? `, но не менее ${minimum}` : ''} ${ANCHOR_TEXT[from].ru}`;
  }
  return `${hours} not counting weekends and holidays${minimum ? `, but at least ${minimum}` : ''} ${ANCHOR_TEXT[from].en}`;
}

/** A condition in words: «при повышенной важности», «при нескольких исполнителях». */
export function describeCondition(condition: Condition, locale: Locale): string {
  const ru = locale === 'ru';
  const parts: string[] = [];
  if (condition.importance) parts.push(ru ? (condition.importance === 'high' ? 'при повышенной важности' : 'при обычной важности') : `${condition.importance} importance`);
  if (condition.severalExecutors !== undefined) parts.push(ru ? (condition.severalExecutors ? 'при нескольких исполнителях' : 'при одном исполнителе') : condition.severalExecutors ? 'several executors' : 'one executor');
  if (condition.afterInterim !== undefined) parts.push(ru ? (condition.afterInterim ? 'после промежуточного ответа' : 'до промежуточного ответа') : condition.afterInterim ? 'after an interim answer' : 'before an interim answer');
  if (condition.draftKind) parts.push(ru ? `если подготовлен проект вида: ${condition.draftKind.join(', ')}` : `when a draft of kind ${condition.draftKind.join(', ')} exists`);
  if (condition.notDraftKind) parts.push(ru ? `если нет проекта вида: ${condition.notDraftKind.join(', ')}` : `unless a draft of kind ${condition.notDraftKind.join(', ')} exists`);
  return parts.join(ru ? ', ' : ', ');
}

/** The whole rule: term, then each variant. */
export function describeStageRule(rule: StageRule, locale: Locale, stageLabel?: (id: string) => string): string {
  let text = describeTerm(rule.term, rule.from, locale, stageLabel);
  for (const variant of rule.variants ?? []) text += `; ${describeCondition(variant.when, locale)} — ${describeTerm(variant.term, rule.from, locale, stageLabel)}`;
  return text;
}
