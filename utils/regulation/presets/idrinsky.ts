/**
 * Seed 001: Порядок работы с сообщениями пользователей, поступающими через официальные страницы
 * (аккаунты) администрации Идринского района (Krasnoyarsk krai), постановление от 30.11.2021
 * № 685-п. Clause numbers are the Порядок's; «пост.» marks the постановление itself.
 */
import type { Regulation } from '../schema';
import { after, commonNotSubject, DEFAULT_WEEK, event, label, networks, reading, unstatedBasics, workingClock } from './common';

const RECEIPT_IS_DETECTION = reading(
  'п. 3.3',
  '«С момента получения сообщения» — считаем с момента выявления сообщения оператором (взятия в работу), а не с момента его размещения автором.',
  'Пункты 3.1 и 3.7 говорят «с момента размещения/опубликования сообщения», п. 3.3 — иначе: «получения». Если оператор следит за страницей непрерывно, моменты совпадают. Можно переключить на «размещено».',
);

export const idrinsky: Regulation = {
  formatVersion: 1,
  id: 'idrinsky',
  name: label('Идринский район: сообщения пользователей на официальных страницах', 'Idrinsky district: users’ messages on the official pages'),
  municipality: label('Идринский район', 'Idrinsky district'),
  region: label('Красноярский край', 'Krasnoyarsk krai'),
  timeZone: 'Asia/Krasnoyarsk',
  week: DEFAULT_WEEK,
  networks: networks('instagram', 'vk', 'ok', 'facebook'),
  roles: [
    {
      id: 'operator',
      label: label('Оператор', 'Operator'),
      title: label(
        'Главный специалист по общественно-политической работе — оператор официальных страниц администрации района',
        'Chief specialist for public and political work, operator of the district administration’s official pages',
      ),
      duties: ['detect', 'route', 'approve', 'publish'],
      clause: 'пост. п. 1; п. 2.1',
    },
    {
      id: 'executor',
      label: label('Ответственная структура', 'Responsible body'),
      title: label(
        'Структурное подразделение, отраслевой (функциональный) орган администрации, муниципальное учреждение или предприятие',
        'A department or body of the administration, a municipal institution or enterprise',
      ),
      duties: ['draft'],
      clause: 'п. 2.7, 3.2, 4.1',
    },
    {
      id: 'supervisor',
      label: label('Контроль', 'Supervision'),
      title: label('Первый заместитель главы района, руководитель финансового управления', 'First deputy head of the district, head of the finance department'),
      duties: ['control'],
      clause: 'пост. п. 3; п. 4.2',
    },
  ],
  detection: { by: 'operator', records: [], clause: 'п. 2.1, 3.1' },
  operatorMayApprove: true,
  workingDayEnds: 'closing',
  stages: [
    {
      id: 'route',
      label: label('Проверка и направление в ответственную структуру', 'Check and route to the responsible body'),
      from: 'posted',
      term: after(3, 'hours'),
      actor: 'operator',
      doneBy: [event('routed')],
      clause: 'п. 3.1',
    },
    {
      id: 'draft',
      label: label('Обработка и направление ответа оператору', 'Processing and the answer sent to the operator'),
      from: 'routed',
      term: after(4, 'hours'),
      actor: 'executor',
      doneBy: [event('draftSubmitted')],
      clause: 'п. 3.2',
      inferred: [
        workingClock('п. 3.2', 'в срок, не превышающий 4-х часов'),
        reading(
          'п. 3.2',
          '«С момента поступления сообщения» в ответственную структуру — с момента направления ей сообщения оператором.',
          'Пункт описывает работу структуры; сообщение поступает к ней после направления по п. 3.1. При повторном направлении срок начинается заново.',
        ),
      ],
    },
    {
      id: 'revise',
      label: label('Доработка ответа по замечаниям оператора', 'Revision after the operator’s remarks'),
      from: 'returnedForRevision',
      term: after(3, 'hours'),
      actor: 'executor',
      doneBy: [event('draftSubmitted')],
      clause: 'п. 3.2',
      inferred: [workingClock('п. 3.2', 'в срок не превышающий 3-х часов')],
    },
    {
      id: 'prepare',
      label: label('Общий срок обработки, подготовки и доработки ответа структурой', 'Overall term of the body’s processing, drafting and revision'),
      from: 'captured',
      term: { kind: 'calendarSkippingNonWorkingDaysWithMinimumWorking', calendarHours: 23, minimumWorkingHours: 0 },
      actor: 'executor',
      doneBy: [event('draftSubmitted')],
      reopenedBy: [event('returnedForRevision')],
      clause: 'п. 3.2',
      inferred: [
        reading(
          'п. 3.2',
          '23 часа считаются так же, как 24 часа п. 3.3: от того же момента, календарными часами без выходных и праздничных дней (без требования о 8 рабочих часах). Срок выполнен последним проектом, после которого не было возврата на доработку.',
          '23 часа заканчиваются за час до 24-часового срока публикации и оставляют оператору час на проверку и размещение; способ счёта в п. 3.2 не указан, ближайший — п. 3.3.',
        ),
      ],
    },
    {
      id: 'answer',
      label: label('Публикация ответа оператором (24 часа)', 'The operator publishes the answer (24 hours)'),
      from: 'captured',
      term: { kind: 'calendarSkippingNonWorkingDaysWithMinimumWorking', calendarHours: 24, minimumWorkingHours: 8 },
      actor: 'operator',
      appliesWhen: { notDraftKind: ['explanation'] },
      doneBy: [event('published')],
      clause: 'п. 3.3',
      inferred: [
        RECEIPT_IS_DETECTION,
        reading(
          'п. 3.3',
          '«Не учитываются выходные и праздничные дни (в составе периода должно быть не менее 8-ми часов рабочего времени)» — срок равен более позднему из двух моментов: 24 часа без нерабочих дней или 8 рабочих часов.',
          'Оба условия должны выполняться; раньше позднего из моментов одно из них нарушено.',
        ),
        reading(
          'п. 3.7',
          'Когда вместо ответа даются разъяснения (п. 3.7), действует их срок — 12 рабочих часов с размещения сообщения, а этот этап не показывается.',
          'Разъяснения — это ответ на такие сообщения; два срока на одно действие противоречили бы друг другу.',
        ),
      ],
    },
    {
      id: 'explain',
      label: label('Разъяснения пользователю (вместо ответа)', 'Explanation to the user (instead of an answer)'),
      from: 'posted',
      term: after(12, 'hours'),
      actor: 'operator',
      appliesWhen: { draftKind: ['explanation'] },
      optional: true,
      doneBy: [event('published', 'explanation')],
      clause: 'п. 3.7',
      inferred: [
        reading(
          'п. 3.7',
          'Этап действует, когда структура направила проект разъяснений; до этого он показывается как возможный.',
          'Основания для разъяснений (п. 3.7) определяются по содержанию сообщения при его обработке.',
        ),
      ],
    },
  ],
  notSubjectToAnswer: [
    ...commonNotSubject('п. 3.6'),
    { id: 'unreadable', clause: 'п. 3.6', label: label('Текст сообщения не поддаётся прочтению', 'The text cannot be read') },
    {
      id: 'noSubstance',
      clause: 'п. 3.6',
      label: label('Текст не позволяет определить суть предложения, заявления или жалобы', 'The text does not reveal what is proposed, stated or complained of'),
    },
    {
      id: 'alreadyAnswered',
      clause: 'п. 3.6',
      label: label('Ответ на вопрос уже размещён на официальном сайте (ч. 4 ст. 10 59-ФЗ)', 'The answer is already published on the official site (59-FZ art. 10 part 4)'),
      instead: label('Сообщить автору электронный адрес сайта, где размещён ответ', 'Reply with the address of the page that holds the answer'),
    },
  ],
  explanationGrounds: [
    {
      id: 'notCompetent',
      clause: 'п. 3.7',
      label: label('Вопрос не относится к компетенции главы и администрации района', 'The matter is outside the competence of the head and the administration'),
      explains: label('Должностные лица и структуры, к чьей компетенции отнесены вопросы', 'Which officials and bodies are competent'),
    },
    {
      id: 'abuseOfRight',
      clause: 'п. 3.7',
      label: label('Требование действий в обход закона, злоупотребление правом', 'A demand to act around the law, abuse of right'),
      explains: label('Недопустимость злоупотребления правом', 'That abuse of right is not allowed'),
    },
    {
      id: 'courtRuling',
      clause: 'п. 3.7',
      label: label('Обжалование судебных актов', 'An appeal against a court ruling'),
      explains: label('Порядок обжалования судебных актов', 'How court rulings are appealed'),
    },
    {
      id: 'repeatedlyAnswered',
      clause: 'п. 3.7',
      label: label('По существу вопроса неоднократно давались письменные ответы', 'Written answers on the matter were given repeatedly'),
      explains: label('Неоднократное рассмотрение вопроса ранее', 'That the matter has been considered repeatedly'),
    },
  ],
  answerChecklist: [
    {
      id: 'informativeAndComplete',
      clause: 'п. 3.2',
      when: 'always',
      label: label('Ответ информативен, полон и соответствует изложенному в сообщении', 'The answer is informative, complete and matches what the message says'),
    },
    {
      id: 'publicOrPrivate',
      clause: 'п. 3.4',
      when: 'always',
      label: label('На комментарий — публичный ответ; на личное сообщение (direct) — в личных сообщениях', 'A comment gets a public answer; a direct message a private one'),
    },
    {
      id: 'generalInterestAsNews',
      clause: 'п. 3.5',
      when: 'always',
      label: label(
        'Ответ интересен многим (планы, анонсы, режим работы) — разместить также на официальных страницах и сайте в разделе «Информация для населения»',
        'An answer of general interest (plans, announcements, opening hours) is also posted on the official pages and in the site’s «Information for residents»',
      ),
    },
    {
      id: 'attachments',
      clause: 'п. 2.8',
      when: 'always',
      label: label('При необходимости приложены фото, видео, скан-образы документов', 'Where needed, photos, videos or document scans are attached'),
    },
  ],
  refusalReasons: [],
  appealConversion: {
    clause: 'п. 3.8',
    consentRequired: true,
    requiredFields: ['fullName', 'postalOrEmailAddress', 'phone'],
    mailbox: 'pub59524@krasmail.ru',
    text: label(
      'Если оперативно решить вопрос нельзя и нужны дополнительные документы или сведения (в том числе конфиденциальные), сообщение с согласия пользователя направляется на электронную почту администрации с ФИО, почтовым (электронным) адресом для ответа и телефоном, регистрируется в СЭД как обращение и рассматривается по 59-ФЗ.',
      'When the matter cannot be resolved quickly and documents or confidential data are needed, the message is sent, with the user’s consent, to the administration’s e-mail with the full name, a postal or e-mail address for the answer and a phone number, registered in the document system as an appeal and handled under 59-FZ.',
    ),
  },
  notes: [
    {
      id: 'law59Scope',
      topic: 'law59fz',
      clause: 'п. 1.2',
      text: label(
        'Порядок применяется к сообщениям без признаков обращений граждан по 59-ФЗ; сообщения с такими признаками переводятся в обращения (п. 3.8).',
        'The procedure covers messages without the features of a 59-FZ appeal; those with them become appeals (p. 3.8).',
      ),
    },
    {
      id: 'accounts',
      topic: 'accounts',
      clause: 'пост. п. 1; п. 2.2',
      text: label('Официальные страницы: «Инстаграм», «ВКонтакте», «Одноклассники», «Фейсбук».', 'Official pages: Instagram, VK, OK, Facebook.'),
    },
    {
      id: 'personalData',
      topic: 'personalData',
      clause: 'п. 1.4',
      text: label('Персональные данные пользователей хранятся и обрабатываются по законодательству о персональных данных.', 'Users’ personal data are kept and processed under the personal data law.'),
    },
    {
      id: 'noInterimNoClarification',
      topic: 'interim',
      clause: 'п. 3.2, 3.3',
      text: label(
        'Промежуточных ответов и запросов уточнения документ не предусматривает; оператор проверяет ответ и возвращает его на доработку или публикует сам, срока проверки нет.',
        'The document has no interim answers and no clarification requests; the operator checks the answer and returns or publishes it, with no separate term for the check.',
      ),
    },
    {
      id: 'weekends',
      topic: 'weekends',
      clause: 'п. 3.9',
      text: label(
        'При экстренных ситуациях и вопросах, способных нанести урон имиджу администрации, оператор отвечает и в выходные и праздничные дни; руководители структур назначают ответственных за официальные комментарии (с номерами телефонов).',
        'In emergencies and on image-critical matters the operator answers on weekends and holidays too; heads of bodies name the people (with phone numbers) who give official comments.',
      ),
    },
    {
      id: 'control',
      topic: 'control',
      clause: 'п. 4.1, 4.2',
      text: label(
        'Руководители ответственных структур лично отвечают за своевременность и качество; общий контроль — первый заместитель главы района.',
        'Heads of the responsible bodies answer personally for timeliness and quality; the first deputy head of the district supervises.',
      ),
    },
  ],
  inferred: unstatedBasics('Красноярский край живёт по красноярскому времени (UTC+7): Asia/Krasnoyarsk.'),
  source: {
    file: '001_066882ffd1a0e5ab.txt',
    title: 'Об организации работы с сообщениями пользователей, поступающими посредством социальных сетей информационно-телекоммуникационной сети «Интернет»',
    adopted: '2021-11-30',
    number: '685-п',
    issuer: 'Администрация Идринского района Красноярского края',
  },
};
