/**
 * Seed 000: Положение об организации работы администрации Большебейсугского сельского поселения
 * Брюховецкого района с сообщениями из открытых источников (Krasnodar krai). Clause numbers are the
 * Положение's.
 */
import type { Regulation } from '../schema';
import {
  after,
  answerStyle,
  ANSWERED,
  commonNotSubject,
  DEFAULT_WEEK,
  event,
  fromRouting,
  label,
  law59Note,
  networks,
  PUBLISHED_ANYTHING,
  reading,
  repeatChecklistItem,
  unstatedBasics,
  workingClock,
} from './common';

export const bolshoyBeysug: Regulation = {
  formatVersion: 1,
  id: 'bolshoy-beysug',
  name: label('Большебейсугское сельское поселение: сообщения из открытых источников', 'Bolshoy Beysug rural settlement: messages from open sources'),
  municipality: label('Большебейсугское сельское поселение Брюховецкого района', 'Bolshoy Beysug rural settlement, Bryukhovetsky district'),
  region: label('Краснодарский край', 'Krasnodar krai'),
  timeZone: 'Europe/Moscow',
  week: DEFAULT_WEEK,
  networks: networks('instagram'),
  roles: [
    {
      id: 'operator',
      label: label('Ответственный за ведение аккаунтов', 'Account keeper'),
      title: label('Ведущий специалист администрации, ответственный за ведение аккаунтов', 'Lead specialist of the administration in charge of the accounts'),
      duties: ['detect', 'route', 'publish', 'report'],
      clause: 'п. 5, 6, 10, 17',
    },
    {
      id: 'head',
      label: label('Глава администрации', 'Head of the administration'),
      title: label('Глава Большебейсугского сельского поселения Брюховецкого района', 'Head of the Bolshoy Beysug rural settlement'),
      duties: ['route', 'approve', 'control'],
      clause: 'п. 6, 9, 16',
    },
    {
      id: 'executor',
      label: label('Исполнитель', 'Executor'),
      title: label('Специалист администрации, к полномочиям которого отнесён вопрос', 'Specialist of the administration competent for the matter'),
      duties: ['draft'],
      clause: 'п. 6, 7, 9, 15',
    },
  ],
  detection: { by: 'operator', records: ['topic', 'location', 'importance'], clause: 'п. 6' },
  operatorMayApprove: false,
  workingDayEnds: 'closing',
  stages: [
    {
      id: 'returnNotCompetent',
      label: label('Возврат не по компетенции ответственному за аккаунты', 'Return as outside competence to the account keeper'),
      from: 'routed',
      term: after(30, 'minutes'),
      actor: 'executor',
      optional: true,
      doneBy: [event('returnedNotCompetent')],
      clause: 'п. 7',
      inferred: [workingClock('п. 7', 'в течение 30 минут'), fromRouting('п. 7', 'в течение 30 минут возвращает')],
    },
    {
      id: 'draft',
      label: label('Проект ответа (промежуточного ответа) или запроса — на согласование главе', 'Draft answer (interim answer) or request sent to the head for approval'),
      from: 'routed',
      term: after(6, 'hours'),
      actor: 'executor',
      doneBy: [event('draftSubmitted')],
      clause: 'п. 9',
      inferred: [fromRouting('п. 9', 'в течение 6 рабочих часов направляет его на согласование')],
    },
    {
      id: 'publish',
      label: label('Размещение ответа в соцсети', 'Publishing the answer in the network'),
      from: 'draftSubmitted',
      term: after(1, 'hours'),
      actor: 'operator',
      doneBy: PUBLISHED_ANYTHING,
      clause: 'п. 10',
      inferred: [
        workingClock('п. 10', 'в течение одного часа'),
        reading(
          'п. 10',
          'Час считается с момента, когда проект направлен (событие «проект направлен»), а не с согласования: согласование главой должно уложиться в этот же час.',
          'Текст: «в течение одного часа с момента поступления проекта ответа … размещает ответ»; по п. 5 ответственный за аккаунты сам ведёт согласование, проект поступает к нему. Можно перенести отсчёт на «согласовано».',
        ),
      ],
    },
    {
      id: 'answer',
      label: label('Ответ размещён (общий срок)', 'Answer published (overall term)'),
      from: 'captured',
      term: after(12, 'hours'),
      actor: 'operator',
      doneBy: ANSWERED,
      clause: 'п. 8',
    },
    {
      id: 'final',
      label: label('Окончательный ответ после промежуточного', 'Final answer after an interim one'),
      from: 'interimPublished',
      term: after(7, 'workingDays'),
      actor: 'executor',
      doneBy: [event('finalPublished')],
      clause: 'п. 11',
      inferred: [
        reading(
          'п. 11',
          '«Срок … для направления окончательного проекта ответа … не более семи рабочих дней со дня направления промежуточного ответа» — считаем сроком окончательного ответа автору.',
          'Тот же оборот в п. 14 Порядка Благовещенска (сид 002) может означать только срок самого ответа: его п. 10 требует направить проект за рабочий день до этого срока. Можно сделать сроком проекта (событие «проект направлен»).',
        ),
      ],
    },
  ],
  notSubjectToAnswer: commonNotSubject('п. 14'),
  explanationGrounds: [],
  answerChecklist: [...answerStyle('п. 13'), repeatChecklistItem('п. 12')],
  refusalReasons: [],
  notes: [
    law59Note('п. 2'),
    {
      id: 'accounts',
      topic: 'accounts',
      clause: 'п. 3, 4',
      text: label(
        'Работа ведётся в соцсети «Instagram»; ссылки на актуальные аккаунты — на сайте https://bigbeysug-adm.ru/. ВКонтакте и Одноклассники в документе не названы.',
        'The document names only Instagram; links to the current accounts are on https://bigbeysug-adm.ru/. VK and OK are not named.',
      ),
    },
    {
      id: 'routingByHead',
      topic: 'routing',
      clause: 'п. 6',
      text: label(
        'Ведущий специалист указывает тему, локацию и категорию важности и направляет сообщение главе; глава решает о необходимости и характере реагирования «в сокращённый срок» (числа нет) и указывает исполнителя. Срок направления поэтому не рассчитывается.',
        'The lead specialist records topic, location and importance and passes the message to the head, who decides «in a shortened time» (no number) and names the executor. No routing term is computed.',
      ),
    },
    {
      id: 'approver',
      topic: 'routing',
      clause: 'п. 5, 9',
      text: label(
        'По п. 9 проект направляется на согласование главе; по п. 5 согласование запросов и ответов «осуществляет» ведущий специалист. В пресете согласует глава, ведущий специалист организует согласование и размещает ответ. Срок согласования не установлен.',
        'P. 9 sends the draft to the head for approval; p. 5 says the lead specialist carries out the approval of requests and answers. The preset has the head approve and the lead specialist organise it and publish. No approval term is set.',
      ),
    },
    {
      id: 'clarification',
      topic: 'clarification',
      clause: 'п. 8, 9, 10',
      text: label(
        'Запрос (уточнение) автору готовится и размещается теми же этапами, что и ответ; срок ответа (12 рабочих часов) при этом не приостанавливается — документ такой паузы не предусматривает.',
        'A clarification request goes through the same stages as an answer; the 12-working-hour answer term does not pause, the document provides no pause.',
      ),
    },
    {
      id: 'repeat',
      topic: 'repeat',
      clause: 'п. 12',
      text: label(
        'Повторное сообщение по ранее рассмотренному вопросу направляется исполнителю заново и проходит пп. 7–11; ответ должен содержать принятые меры или ход решения вопроса.',
        'A repeated message on an earlier matter is routed again and goes through pp. 7–11; the answer must say what was done or how the matter stands.',
      ),
    },
    {
      id: 'responsibility',
      topic: 'responsibility',
      clause: 'п. 15',
      text: label(
        'За достоверность и полноту проекта ответа и за сроки отвечает специалист, подготовивший ответ.',
        'The specialist who prepared the answer is responsible for its truth, completeness and deadlines.',
      ),
    },
    {
      id: 'discipline',
      topic: 'control',
      clause: 'п. 16',
      text: label(
        'О недостатках в работе специалистов с сообщениями сообщается главе для решения о дисциплинарных мерах.',
        'Shortcomings in the specialists’ work are reported to the head, who decides on disciplinary measures.',
      ),
    },
    {
      id: 'quarterlyReport',
      topic: 'reporting',
      clause: 'п. 17',
      text: label(
        'Ежеквартально ответственный за аккаунт докладывает главе сводную информацию: своевременность работы специалистов, её качество и динамику сообщений.',
        'Every quarter the account keeper reports to the head on each specialist’s timeliness, the quality of the work and the dynamics of messages.',
      ),
    },
  ],
  inferred: unstatedBasics('Краснодарский край живёт по московскому времени: Europe/Moscow.'),
  source: {
    file: '000_14212b025e01effd.txt',
    title:
      'Об утверждении Положения об организации работы администрации Большебейсугского сельского поселения Брюховецкого района с сообщениями из открытых источников в информационно-телекоммуникационной сети «Интернет»',
    adopted: null,
    number: null,
    issuer: 'Администрация Большебейсугского сельского поселения Брюховецкого района',
  },
};
