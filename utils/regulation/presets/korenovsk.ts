/**
 * Seed 003: Порядок организации работы с сообщениями в социальных сетях, затрагивающими вопросы
 * деятельности администрации Кореновского городского поселения Кореновского района (Krasnodar
 * krai), приложение № 2 к постановлению. Clause numbers are приложение № 2's unless marked «Прил. 1».
 * The only seed that writes every term in working time explicitly.
 */
import type { Regulation } from '../schema';
import { after, answerStyle, ANSWERED, before, commonNotSubject, DEFAULT_WEEK, event, label, law59Note, networks, PUBLISHED_ANYTHING, reading, unstatedBasics } from './common';

/** p. 18: after an interim answer the curator sets the terms of pp. 11–16, so none is computed. */
const beforeInterim = { afterInterim: false } as const;

export const korenovsk: Regulation = {
  formatVersion: 1,
  id: 'korenovsk',
  name: label('Кореновское городское поселение: сообщения в социальных сетях', 'Korenovsk town: messages in social networks'),
  municipality: label('Кореновское городское поселение Кореновского района', 'Korenovsk urban settlement, Korenovsky district'),
  region: label('Краснодарский край', 'Krasnodar krai'),
  timeZone: 'Europe/Moscow',
  week: DEFAULT_WEEK,
  networks: networks('ok', 'vk', 'telegram'),
  roles: [
    {
      id: 'curator',
      label: label('Куратор', 'Curator'),
      title: label('Начальник организационно-кадрового отдела администрации', 'Head of the organisational and personnel department'),
      duties: ['detect', 'route', 'reroute', 'approve'],
      clause: 'п. 4, 6, 10, 11, 14',
    },
    {
      id: 'executor',
      label: label('Исполнитель', 'Executor'),
      title: label('Должностное лицо, готовящее и размещающее ответы (подведомственное учреждение, отдел)', 'The official who drafts and publishes answers (a subordinate institution or department)'),
      duties: ['draft', 'publish'],
      clause: 'п. 8, 12, 16, 22',
    },
  ],
  detection: { by: 'curator', records: ['topic', 'location', 'importance'], clause: 'п. 2, 10' },
  operatorMayApprove: false,
  workingDayEnds: 'closing',
  stages: [
    {
      id: 'route',
      label: label('Направление исполнителю (всем исполнителям одновременно)', 'Routing to the executor (to all executors at once)'),
      from: 'captured',
      term: after(30, 'minutes'),
      actor: 'curator',
      doneBy: [event('routed')],
      clause: 'п. 10, 19',
    },
    {
      id: 'returnNotCompetent',
      label: label('Сообщить куратору, что вопрос не в полномочиях', 'Tell the curator the matter is outside competence'),
      from: 'routed',
      term: after(30, 'minutes'),
      actor: 'executor',
      appliesWhen: beforeInterim,
      optional: true,
      doneBy: [event('returnedNotCompetent')],
      clause: 'п. 11',
    },
    {
      id: 'reroute',
      label: label('Повторное направление в компетентный орган', 'Re-routing to the competent body'),
      from: 'returnedNotCompetent',
      term: after(30, 'minutes'),
      actor: 'curator',
      appliesWhen: beforeInterim,
      doneBy: [event('routed')],
      clause: 'п. 11',
    },
    {
      id: 'clarify',
      label: label('Запрос (уточнение) — куратору', 'Clarification request sent to the curator'),
      from: 'routed',
      term: after(1, 'hours'),
      actor: 'executor',
      appliesWhen: { afterInterim: false, draftKind: ['clarification'] },
      optional: true,
      doneBy: [event('draftSubmitted', 'clarification')],
      clause: 'п. 13',
    },
    {
      id: 'part',
      label: label('Информация исполнителя для сводного ответа', 'An executor’s part for the joint answer'),
      from: 'routed',
      term: after(2, 'hours'),
      actor: 'executor',
      appliesWhen: { severalExecutors: true },
      doneBy: [{ type: 'partSubmitted', everyExecutor: true }],
      clause: 'п. 19',
      inferred: [
        reading(
          'п. 19',
          'Часть нужна от каждого исполнителя, кроме того, кого куратор назначил готовить сводный проект.',
          'Сводный проект готовит назначенный исполнитель «с учётом информации, поступившей от всех исполнителей».',
        ),
      ],
    },
    {
      id: 'draft',
      label: label('Проект ответа (промежуточного ответа) — куратору', 'Draft answer (interim answer) sent to the curator'),
      from: 'routed',
      term: before('answer', 3, 'hours'),
      actor: 'executor',
      appliesWhen: beforeInterim,
      doneBy: [event('draftSubmitted', 'answer'), event('draftSubmitted', 'interim')],
      clause: 'п. 12',
      inferred: [
        reading(
          'п. 12',
          'Для инцидента повышенной важности «за 3 часа рабочего времени до истечения срока» считается от его срока (4 рабочих часа, п. 17), а не от 8 часов п. 9.',
          'Иначе срок проекта (5 рабочих часов) наступал бы позже срока самого ответа (4 рабочих часа).',
        ),
      ],
    },
    {
      id: 'approve',
      label: label('Согласование или возврат с указанием причины', 'Approval or return with a reason'),
      from: 'draftSubmitted',
      term: after(30, 'minutes'),
      actor: 'curator',
      appliesWhen: beforeInterim,
      doneBy: [event('approved'), event('returnedForRevision')],
      clause: 'п. 14',
    },
    {
      id: 'revise',
      label: label('Доработка и повторное согласование', 'Revision and resubmission'),
      from: 'returnedForRevision',
      term: after(1, 'hours'),
      actor: 'executor',
      appliesWhen: beforeInterim,
      doneBy: [event('draftSubmitted')],
      clause: 'п. 15',
    },
    {
      id: 'publish',
      label: label('Размещение согласованного ответа', 'Publishing the approved answer'),
      from: 'approved',
      term: after(30, 'minutes'),
      actor: 'executor',
      appliesWhen: beforeInterim,
      doneBy: PUBLISHED_ANYTHING,
      clause: 'п. 16',
    },
    {
      id: 'answer',
      label: label('Ответ размещён (общий срок)', 'Answer published (overall term)'),
      from: 'captured',
      term: after(8, 'hours'),
      variants: [{ when: { importance: 'high' }, term: after(4, 'hours'), clause: 'п. 17' }],
      actor: 'executor',
      doneBy: ANSWERED,
      clause: 'п. 9',
    },
    {
      id: 'final',
      label: label('Окончательный ответ после промежуточного', 'Final answer after an interim one'),
      from: 'interimPublished',
      term: after(7, 'workingDays'),
      actor: 'executor',
      doneBy: [event('finalPublished')],
      clause: 'п. 18',
    },
  ],
  notSubjectToAnswer: commonNotSubject('п. 21'),
  explanationGrounds: [],
  answerChecklist: [
    ...answerStyle('п. 20', true),
    { id: 'spelling', clause: 'п. 20', when: 'always', label: label('Без орфографических и пунктуационных ошибок', 'No spelling or punctuation errors') },
    {
      id: 'noBureaucratese',
      clause: 'Прил. 1 п. 10',
      when: 'always',
      label: label(
        'Разговорный стиль соцсетей: без канцеляризмов, не пресс-релиз, не больше двух цитат из нормативных актов',
        'Conversational social-network style: no bureaucratese, not a press release, at most two quotations of legal acts',
      ),
      inferred: [
        reading(
          'Прил. 1 п. 10',
          'Правило о разговорном стиле без канцеляризмов применено к ответам.',
          'Оно записано в Порядке ведения официальных страниц (Прил. 1) для публикаций; Порядок работы с сообщениями (Прил. 2 п. 20) требует формата общения соцсети и правописания — стиль Прил. 1 и есть этот формат.',
        ),
      ],
    },
  ],
  refusalReasons: [
    { id: 'notAnswering', clause: 'п. 14', label: label('Не соответствует сути вопроса, содержащегося в инциденте', 'Does not answer the question in the incident') },
    { id: 'wrongFormat', clause: 'п. 14', label: label('Не соответствует условиям пункта 20 (формат, суть, правописание)', 'Does not meet p. 20 (format, substance, spelling)') },
    { id: 'otherBody', clause: 'п. 14', label: label('Переадресация в другое подведомственное учреждение', 'To be redirected to another subordinate institution') },
    { id: 'spelling', clause: 'п. 14', label: label('Орфографические и пунктуационные ошибки', 'Spelling and punctuation errors') },
  ],
  notes: [
    law59Note('п. 3'),
    {
      id: 'numbering',
      topic: 'numbering',
      clause: 'Прил. 2',
      text: label(
        'Номера пунктов — приложения № 2 (Порядок работы с сообщениями); «Прил. 1» — Порядок ведения официальных страниц.',
        'Clause numbers are appendix 2’s (the procedure for messages); «Прил. 1» marks the procedure for official pages.',
      ),
    },
    {
      id: 'accounts',
      topic: 'accounts',
      clause: 'п. 2; Прил. 1 п. 1, 14',
      text: label(
        'Сети: «Одноклассники», «ВКонтакте», «Telegram». Инциденты выявляются специализированным ПО, публикации — мониторингом (координирует начальник отдела, пп. 5, 7). Комментарии со спамом, оскорблениями и нецензурной бранью удаляются (Прил. 1 п. 14).',
        'Networks: OK, VK, Telegram. Incidents are found by dedicated software, publications by monitoring (pp. 5, 7). Spam, insults and obscenities are deleted (Appendix 1 p. 14).',
      ),
    },
    {
      id: 'importance',
      topic: 'detection',
      clause: 'п. 2, 17',
      text: label(
        'Инцидент повышенной важности — социально и общественно значимый, требующий оперативного решения; ответ на него — не позднее 4 рабочих часов с выявления.',
        'A high-importance incident is socially significant and needs a quick solution; it is answered within 4 working hours of detection.',
      ),
    },
    {
      id: 'clarification',
      topic: 'clarification',
      clause: 'п. 9, 13',
      text: label(
        'Запрос (уточнение) исполнитель готовит в течение 1 рабочего часа после поступления инцидента; срок ответа (п. 9, п. 17) при этом не приостанавливается.',
        'The executor prepares a clarification request within 1 working hour of receiving the incident; the answer term (p. 9, p. 17) does not pause.',
      ),
    },
    {
      id: 'interim',
      topic: 'interim',
      clause: 'п. 12, 18',
      text: label(
        'Промежуточный ответ даётся, если вопрос нельзя решить в срок п. 9; окончательный — не позднее 7 рабочих дней, сроки действий пп. 11–16 для него определяет куратор, поэтому после промежуточного ответа они не рассчитываются.',
        'An interim answer is given when the matter cannot be solved within p. 9’s term; the final one within 7 working days, with the terms of pp. 11–16 set by the curator, so they are not computed after an interim answer.',
      ),
    },
    {
      id: 'severalExecutors',
      topic: 'severalExecutors',
      clause: 'п. 19',
      text: label(
        'Несколько исполнителей: куратор направляет инцидент всем одновременно в течение 30 минут с выявления, каждый готовит информацию за 2 рабочих часа, исполнителя сводного ответа назначает куратор; согласование и размещение — по пп. 14–16 в срок п. 9.',
        'Several executors: the curator sends the incident to all at once within 30 minutes of detection, each prepares its part within 2 working hours, the curator names who writes the joint answer; approval and publication follow pp. 14–16 within p. 9’s term.',
      ),
    },
    {
      id: 'style',
      topic: 'publicity',
      clause: 'п. 20; Прил. 1 п. 8, 10',
      text: label(
        'Требование о стиле без канцеляризмов и пресс-релизов записано в Прил. 1 (публикации на официальных страницах); к ответам оно применено по аналогии, обязательны для ответов орфография и пунктуация (п. 20).',
        'The no-bureaucratese rule is in appendix 1 (posts on official pages) and is applied to answers by analogy; spelling and punctuation are mandatory for answers (p. 20).',
      ),
    },
    {
      id: 'responsibility',
      topic: 'responsibility',
      clause: 'п. 22',
      text: label('За достоверность и полноту проекта ответа и за сроки его направления куратору отвечает исполнитель.', 'The executor is responsible for the draft’s truth, completeness and deadlines.'),
    },
  ],
  inferred: unstatedBasics('Краснодарский край живёт по московскому времени: Europe/Moscow.'),
  source: {
    file: '003_990dddf9be19443d.txt',
    title: 'Об организации работы администрацией Кореновского городского поселения Кореновского района с сообщениями в социальных сетях информационно-телекоммуникационной сети «Интернет»',
    adopted: null,
    number: null,
    issuer: 'Администрация Кореновского городского поселения Кореновского района',
  },
};
