/**
 * Building blocks the five presets share: the default schedule, network names, the «not subject
 * to an answer» grounds and the answer-style items that several seeds word identically, and the
 * readings every preset must make because no seed states them (schedule, end of a working day).
 * Each helper takes the clause of the preset's own seed, so every item still points at its text.
 */
import type { EventRef, Label, Reading, Regulation, Term } from '../schema';
import type { DurationUnit } from '../schema';
import type { NetworkId, StageId } from '../vocabulary';

export const label = (ru: string, en: string): Label => ({ ru, en });

export const reading = (clause: string, text: string, why: string): Reading => ({ clause, reading: text, why });

const WORKING_CLOCK_WHY =
  'Сроки этого документа установлены в рабочем времени; отсчёт в календарных минутах ночью и в выходные сделал бы ' +
  'срок невыполнимым. Правило продукта: срок без слова «рабочих» считается по рабочему времени, пока пресет не скажет иначе. ' +
  'Можно переключить на календарное время.';

/** A term written without the word «рабочих» that the preset counts in working time. */
export const workingClock = (clause: string, quote: string): Reading =>
  reading(clause, `«${quote}» без слова «рабочих» — считаем по рабочему времени.`, WORKING_CLOCK_WHY);

/** A term whose text names no start: counted from the moment the executor received the message. */
export const fromRouting = (clause: string, quote: string): Reading =>
  reading(
    clause,
    `«${quote}»: начало отсчёта в тексте не названо — считаем с момента, когда сообщение поступило исполнителю (последнее направление).`,
    'Исполнитель может действовать только после того, как сообщение ему направлено; при повторном направлении срок начинается заново.',
  );

export const after = (duration: number, unit: DurationUnit, clock: 'working' | 'calendar' = 'working'): Term => ({
  kind: 'after',
  duration,
  unit,
  clock,
});

export const before = (stage: StageId, duration: number, unit: DurationUnit): Term => ({
  kind: 'before',
  stage,
  duration,
  unit,
  clock: 'working',
});

export const event = (type: EventRef['type'], kind?: EventRef['kind']): EventRef => (kind ? { type, kind } : { type });

/** Any reply in the thread completes the publication of an approved draft, a request included. */
export const PUBLISHED_ANYTHING: EventRef[] = [
  event('published'),
  event('interimPublished'),
  event('finalPublished'),
  event('clarificationRequested'),
];
/** The answer term is met by the answer or by an interim answer (the final one then has 7 working days). */
export const ANSWERED: EventRef[] = [event('published'), event('interimPublished')];

/** Mon–Fri 09:00–18:00 with a 13:00–14:00 lunch break: 8 working hours a day. */
export const DEFAULT_WEEK: Regulation['week'] = {
  mon: [['09:00', '13:00'], ['14:00', '18:00']],
  tue: [['09:00', '13:00'], ['14:00', '18:00']],
  wed: [['09:00', '13:00'], ['14:00', '18:00']],
  thu: [['09:00', '13:00'], ['14:00', '18:00']],
  fri: [['09:00', '13:00'], ['14:00', '18:00']],
};

const NETWORK_LABELS: Record<NetworkId, Label> = {
  vk: label('ВКонтакте', 'VK'),
  ok: label('Одноклассники', 'Odnoklassniki'),
  telegram: label('Telegram', 'Telegram'),
  instagram: label('Instagram', 'Instagram'),
  facebook: label('Facebook', 'Facebook'),
  blogs: label('Блоги и микроблоги', 'Blogs and microblogs'),
  videoHosting: label('Видеоблоги на видеохостингах', 'Video blogs on video hosting sites'),
  forums: label('Русскоязычные интернет-форумы', 'Russian-language forums'),
  messengers: label('Мессенджеры', 'Messengers'),
  reviewSites: label('Сайты-отзовики', 'Review sites'),
  other: label('Другие площадки', 'Other platforms'),
};

export const networks = (...ids: NetworkId[]): Regulation['networks'] => ids.map((id) => ({ id, label: NETWORK_LABELS[id] }));

/** The three grounds seeds 000 p. 14, 001 p. 3.6, 002 p. 18, 003 p. 21 and 004 p. 12 share word for word. */
export function commonNotSubject(clause: string): Regulation['notSubjectToAnswer'] {
  return [
    { id: 'harm', clause, label: label('Сведения о намерении причинить вред другому лицу', 'States an intent to harm another person') },
    { id: 'obscene', clause, label: label('Нецензурные либо оскорбительные выражения', 'Obscene or offensive language') },
    {
      id: 'threats',
      clause,
      label: label(
        'Угрозы жизни, здоровью и имуществу должностного лица, а также членов его семьи',
        "Threats to the life, health or property of an official or of the official's family",
      ),
    },
  ];
}

/** «формату общения в социальной сети … по существу … фото- или видеоматериалов при их наличии». */
export function answerStyle(clause: string, proofWhenNeeded = false): Regulation['answerChecklist'] {
  return [
    { id: 'networkFormat', clause, when: 'always', label: label('Ответ в формате общения соцсети', "The answer is in the network's tone") },
    { id: 'toThePoint', clause, when: 'always', label: label('Ответ по существу заданного вопроса', 'The answer addresses the question asked') },
    {
      id: 'proofAttached',
      clause,
      when: 'always',
      label: proofWhenNeeded
        ? label('При необходимости приложены подтверждающие фото или видео (если есть)', 'Where needed, photo or video proof is attached (if any)')
        : label('Приложены подтверждающие фото или видео (если есть)', 'Photo or video proof is attached (if any)'),
    },
  ];
}

/** Seeds 000 p. 12 and 002 p. 16: the answer to a repeated message says what was done. */
export const repeatChecklistItem = (clause: string): Regulation['answerChecklist'][number] => ({
  id: 'repeatSaysWhatWasDone',
  clause,
  when: 'repeat',
  label: label(
    'Повторное сообщение: в ответе — принятые меры или ход решения вопроса',
    'Repeated message: the answer says what was done or how the matter stands',
  ),
});

export const law59Note = (clause: string): Regulation['notes'][number] => ({
  id: 'law59NotApplied',
  topic: 'law59fz',
  clause,
  text: label(
    'Федеральный закон № 59-ФЗ «О порядке рассмотрения обращений граждан» к этим сообщениям не применяется.',
    'Federal law 59-FZ on citizens’ appeals does not apply to these messages.',
  ),
});

/** The readings every preset makes about things no seed states. */
export function unstatedBasics(timeZoneWhy: string): Reading[] {
  return [
    reading(
      '—',
      'Режим работы в документе не указан: понедельник–пятница 09:00–18:00, обед 13:00–14:00 (8 рабочих часов), ' +
        'с праздниками, переносами и сокращёнными предпраздничными днями по производственному календарю РФ.',
      'Обычный режим органов местного самоуправления (ТК РФ ст. 91, 95, 112); режим администрации задаётся в настройках.',
    ),
    reading(
      '—',
      'Срок «N рабочих дней» отсчитывается со следующего дня и истекает в момент окончания последнего рабочего дня (18:00), а не в 24:00.',
      'ГК РФ ст. 191 и 193; по ст. 194 п. 1 срок для действия в организации истекает в час окончания в ней рабочего дня.',
    ),
    reading('—', 'Часовой пояс в документе не указан и выведен из субъекта РФ.', timeZoneWhy),
  ];
}
