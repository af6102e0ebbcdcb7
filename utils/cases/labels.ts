/**
 * Operator-facing labels (Russian first, English variant) for event types, reasons and draft kinds,
 * as data for the timeline and the pickers of the side panel.
 */
import type { DraftKind, EventType, RejectionReason, RevisionReason } from './events';

export interface Label {
  ru: string;
  en: string;
}

export const eventLabels: Record<EventType, Label> = {
  captured: { ru: 'Сообщение выявлено', en: 'Message detected' },
  routed: { ru: 'Направлено исполнителю', en: 'Routed to executor' },
  returnedNotCompetent: { ru: 'Возвращено: не по компетенции', en: 'Returned as outside competence' },
  clarificationRequested: { ru: 'Запрошено уточнение у автора', en: 'Clarification requested from the author' },
  draftSubmitted: { ru: 'Проект направлен на согласование', en: 'Draft submitted for approval' },
  returnedForRevision: { ru: 'Проект возвращён на доработку', en: 'Draft returned for revision' },
  approved: { ru: 'Проект согласован', en: 'Draft approved' },
  published: { ru: 'Ответ опубликован', en: 'Answer published' },
  interimPublished: { ru: 'Промежуточный ответ опубликован', en: 'Interim answer published' },
  finalPublished: { ru: 'Окончательный ответ опубликован', en: 'Final answer published' },
  partSubmitted: { ru: 'Соисполнитель прислал свою часть', en: "Co-executor's part submitted" },
  rejected: { ru: 'Не подлежит ответу', en: 'Not subject to an answer' },
  convertedToAppeal: { ru: 'Оформлено обращение по 59-ФЗ', en: 'Converted to an official appeal (59-FZ)' },
  closed: { ru: 'Закрыто', en: 'Closed' },
  reopened: { ru: 'Открыто снова', en: 'Reopened' },
  note: { ru: 'Заметка', en: 'Note' },
  linkedRepeat: { ru: 'Связано с ранее рассмотренным сообщением', en: 'Linked to an earlier message' },
  edited: { ru: 'Исправлены данные', en: 'Data corrected' },
};

export interface ReasonLabel extends Label {
  /** The clauses of the seeds the reason comes from. */
  source: string;
}

/** Korenovsk (seed 003) p.14: the only reasons to refuse approval, plus free text. */
export const revisionReasons: Record<RevisionReason, ReasonLabel> = {
  notAnswering: {
    ru: 'Не соответствует сути вопроса',
    en: 'Does not answer the question',
    source: '003 п. 14',
  },
  wrongFormat: {
    ru: 'Не соответствует формату общения в соцсети (не по существу, без подтверждений)',
    en: "Does not fit the network's format (not to the point, no proof)",
    source: '003 п. 14, 20',
  },
  otherBody: {
    ru: 'Нужно переадресовать в другое учреждение',
    en: 'Should go to another body',
    source: '003 п. 14',
  },
  spelling: {
    ru: 'Орфографические и пунктуационные ошибки',
    en: 'Spelling or punctuation errors',
    source: '003 п. 14',
  },
  other: { ru: 'Другое (укажите)', en: 'Other (specify)', source: '001 п. 3.2: замечания оператора' },
};

/** Reasons a message is not answered at all. */
export const rejectionReasons: Record<RejectionReason, ReasonLabel> = {
  harm: {
    ru: 'Намерение причинить вред другому лицу',
    en: 'Intent to harm another person',
    source: '000 п. 14; 001 п. 3.6; 002 п. 18; 003 п. 21; 004 п. 12',
  },
  obscene: {
    ru: 'Нецензурные либо оскорбительные выражения',
    en: 'Obscene or offensive language',
    source: '000 п. 14; 001 п. 3.6; 002 п. 18; 003 п. 21; 004 п. 12',
  },
  threats: {
    ru: 'Угрозы жизни, здоровью и имуществу должностного лица или его семьи',
    en: 'Threats to the life, health or property of an official or their family',
    source: '000 п. 14; 001 п. 3.6; 002 п. 18; 003 п. 21; 004 п. 12',
  },
  unreadable: { ru: 'Текст не поддаётся прочтению', en: 'The text cannot be read', source: '001 п. 3.6' },
  noSubstance: {
    ru: 'Из текста нельзя понять суть предложения, заявления или жалобы',
    en: 'No discernible substance',
    source: '001 п. 3.6',
  },
  alreadyAnswered: {
    ru: 'Ответ уже размещён на официальном сайте (сообщить автору адрес)',
    en: 'Already answered on the official site (give the author its address)',
    source: '001 п. 3.6',
  },
};

/** The three reasons common to all five seeds; the other three are Idrinsky's (001 p.3.6). */
export const commonRejectionReasons: readonly RejectionReason[] = ['harm', 'obscene', 'threats'];

export const draftKindLabels: Record<DraftKind, Label> = {
  answer: { ru: 'Ответ', en: 'Answer' },
  interim: { ru: 'Промежуточный ответ', en: 'Interim answer' },
  clarification: { ru: 'Запрос (уточнение) автору', en: 'Clarification request' },
  explanation: { ru: 'Разъяснение', en: 'Explanation' },
};
