/**
 * Seed 004: Положение об организации работы администрации Лужского муниципального района
 * Ленинградской области с сообщениями из открытых источников, постановление от 06.04.2020 № 1171.
 * Clause numbers are the Положение's; «пост.» marks the постановление itself. Here the regional
 * authority (уполномоченный ОИВ) detects, routes and approves; the administration drafts and publishes.
 */
import type { Regulation } from '../schema';
import {
  after,
  answerStyle,
  ANSWERED,
  commonNotSubject,
  DEFAULT_WEEK,
  event,
  label,
  law59Note,
  networks,
  PUBLISHED_ANYTHING,
  reading,
  unstatedBasics,
  workingClock,
} from './common';

const RECEIPT_FROM_REGION = reading(
  'п. 4',
  'Событие «направлено» в деле Луги — поступление сообщения из уполномоченного ОИВ в администрацию (к исполнителю); сроки исполнителя считаются от него.',
  'Направляет сообщения ОИВ (п. 4); своего этапа направления у администрации нет.',
);

export const luga: Regulation = {
  formatVersion: 1,
  id: 'luga',
  name: label('Лужский муниципальный район: сообщения из открытых источников', 'Luga district: messages from open sources'),
  municipality: label('Лужский муниципальный район', 'Luga municipal district'),
  region: label('Ленинградская область', 'Leningrad oblast'),
  timeZone: 'Europe/Moscow',
  week: DEFAULT_WEEK,
  networks: networks('vk', 'instagram'),
  roles: [
    {
      id: 'region',
      label: label('Уполномоченный ОИВ', 'Regional authority'),
      title: label(
        'Уполномоченный орган исполнительной власти Ленинградской области по координации работы в социальных сетях',
        'The Leningrad oblast executive body in charge of social-network work',
      ),
      duties: ['detect', 'route', 'approve'],
      clause: 'п. 4, 6, 7, 9',
    },
    {
      id: 'operator',
      label: label('Ответственный за взаимодействие с ОИВ', 'Liaison with the regional authority'),
      title: label('Главный специалист по связям с общественностью и СМИ администрации', 'Chief specialist for public relations and the media'),
      duties: [],
      clause: 'пост. п. 2',
    },
    {
      id: 'executor',
      label: label('Исполнитель', 'Executor'),
      title: label('Исполнитель администрации, готовящий и размещающий ответ', 'The administration’s executor who drafts and publishes the answer'),
      duties: ['draft', 'publish'],
      clause: 'п. 5, 7, 9, 13',
    },
    {
      id: 'head',
      label: label('Глава администрации', 'Head of the administration'),
      title: label('Глава администрации Лужского муниципального района', 'Head of the Luga district administration'),
      duties: ['control'],
      clause: 'пост. п. 4',
    },
  ],
  detection: { by: 'region', records: [], clause: 'п. 4, 6' },
  operatorMayApprove: false,
  workingDayEnds: 'closing',
  stages: [
    {
      id: 'returnNotCompetent',
      label: label('Возврат в ОИВ не по компетенции администрации', 'Return to the regional authority as outside competence'),
      from: 'routed',
      term: after(30, 'minutes'),
      actor: 'executor',
      optional: true,
      doneBy: [event('returnedNotCompetent')],
      clause: 'п. 5',
      inferred: [workingClock('п. 5', 'в течение 30 минут'), RECEIPT_FROM_REGION],
    },
    {
      id: 'draft',
      label: label('Проект ответа (промежуточного ответа) или запроса — на согласование в ОИВ', 'Draft answer (interim answer) or request sent to the regional authority'),
      from: 'routed',
      term: after(5, 'hours'),
      actor: 'executor',
      doneBy: [event('draftSubmitted')],
      clause: 'п. 7',
      inferred: [RECEIPT_FROM_REGION],
    },
    {
      id: 'revise',
      label: label('Доработка и повторное согласование в ОИВ', 'Revision and resubmission to the regional authority'),
      from: 'returnedForRevision',
      term: after(1, 'hours'),
      actor: 'executor',
      doneBy: [event('draftSubmitted')],
      clause: 'п. 8',
      inferred: [workingClock('п. 8', 'в течение 1 часа')],
    },
    {
      id: 'publish',
      label: label('Размещение согласованного ответа', 'Publishing the approved answer'),
      from: 'approved',
      term: after(30, 'minutes'),
      actor: 'executor',
      doneBy: PUBLISHED_ANYTHING,
      clause: 'п. 9',
      inferred: [workingClock('п. 9', 'в течение 30 минут')],
    },
    {
      id: 'answer',
      label: label('Ответ размещён (общий срок)', 'Answer published (overall term)'),
      from: 'captured',
      term: after(9, 'hours'),
      actor: 'executor',
      doneBy: ANSWERED,
      clause: 'п. 6',
      inferred: [
        reading(
          'п. 6',
          'Срок считается от выявления сообщения уполномоченным ОИВ: момент выявления в деле должен быть моментом ОИВ, а не моментом, когда сообщение взяли в работу в администрации.',
          '«Не позднее 9 рабочих часов с момента выявления … уполномоченным ОИВ».',
        ),
      ],
    },
    {
      id: 'final',
      label: label('Окончательный ответ после промежуточного', 'Final answer after an interim one'),
      from: 'interimPublished',
      term: after(7, 'workingDays'),
      actor: 'executor',
      doneBy: [event('finalPublished')],
      clause: 'п. 10',
      inferred: [
        reading(
          'п. 10',
          '«Срок … для направления окончательного проекта ответа … не более 7 рабочих дней со дня направления промежуточного ответа» — считаем сроком окончательного ответа автору.',
          'Тот же оборот в п. 14 Порядка Благовещенска (сид 002) может означать только срок самого ответа. Можно сделать сроком проекта (событие «проект направлен»).',
        ),
      ],
    },
  ],
  notSubjectToAnswer: commonNotSubject('п. 12'),
  explanationGrounds: [],
  answerChecklist: answerStyle('п. 11'),
  refusalReasons: [],
  notes: [
    law59Note('п. 2'),
    {
      id: 'accounts',
      topic: 'accounts',
      clause: 'п. 3',
      text: label('Сети: «ВКонтакте» и «Instagram».', 'Networks: VK and Instagram.'),
    },
    {
      id: 'regionRoutes',
      topic: 'routing',
      clause: 'п. 4; пост. п. 2',
      text: label(
        'Сообщения выявляет и направляет в администрацию уполномоченный ОИВ Ленинградской области, он же согласует проекты; взаимодействие с ним ведёт главный специалист по связям с общественностью и СМИ. Сроки согласования ОИВ документ не устанавливает.',
        'The regional authority detects messages, sends them to the administration and approves drafts; the chief PR specialist is the liaison. The document sets no approval term for the authority.',
      ),
    },
    {
      id: 'returnToRegion',
      topic: 'routing',
      clause: 'п. 5',
      text: label(
        'Сообщение не по компетенции администрации возвращается в ОИВ — после возврата дело закрывается; если ОИВ направит его снова, дело открывается заново и направляется повторно.',
        'A message outside the administration’s competence goes back to the regional authority: the case is then closed; if the authority sends it again, the case is reopened and routed again.',
      ),
    },
    {
      id: 'clarification',
      topic: 'clarification',
      clause: 'п. 6, 7',
      text: label(
        'Запрос (уточнение) готовится и согласуется как проект ответа; срок ответа (9 рабочих часов) при этом не приостанавливается.',
        'A clarification request is drafted and approved like an answer; the 9-working-hour answer term does not pause.',
      ),
    },
    {
      id: 'responsibility',
      topic: 'responsibility',
      clause: 'п. 13',
      text: label('За достоверность и полноту проекта ответа и за сроки его представления в ОИВ отвечает исполнитель.', 'The executor is responsible for the draft’s truth, completeness and deadlines.'),
    },
    {
      id: 'control',
      topic: 'control',
      clause: 'пост. п. 4',
      text: label('Контроль за исполнением постановления глава администрации оставил за собой.', 'The head of the administration supervises the procedure personally.'),
    },
  ],
  inferred: unstatedBasics('Ленинградская область живёт по московскому времени: Europe/Moscow.'),
  source: {
    file: '004_0f168ec24192a36f.txt',
    title: 'Об утверждении Положения об организации работы администрации Лужского муниципального района Ленинградской области с сообщениями из открытых источников',
    adopted: '2020-04-06',
    number: '1171',
    issuer: 'Администрация Лужского муниципального района Ленинградской области',
  },
};
