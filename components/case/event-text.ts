/**
 * What each timeline event says, in words: its data as labelled lines (executors by name, reasons
 * in the regulation's wording, times in the administration's zone) and, for drafts, parts and
 * notes, the text itself. Captured and typed text stays text: the view renders it as JSX text.
 */
import type { CaseEvent } from '../../utils/cases/events';
import { editableFieldLabels } from '../../utils/cases/edits';
import { draftKindLabels, rejectionReasons, revisionReasons } from '../../utils/cases/labels';
import { defineMessages, getLocale } from '../../utils/i18n/index';
import { formatMoment } from './format';

const { t } = defineMessages({
  ru: {
    executors: 'Исполнители',
    executor: 'Исполнитель',
    lead: 'Общий ответ готовит',
    topic: 'Тема',
    location: 'Локация',
    importance: 'Важность',
    high: 'повышенная',
    normal: 'обычная',
    reason: 'Причина',
    comment: 'Замечание',
    kind: 'Вид',
    visibility: 'Ответ',
    public: 'публичный (в ветке)',
    private: 'в личных сообщениях',
    link: 'Ссылка',
    replyAt: 'Появился в ветке',
    siteUrl: 'Ответ на сайте',
    name: 'ФИО',
    postal: 'Почтовый адрес',
    email: 'Эл. почта',
    phone: 'Телефон',
    registration: 'Рег. номер в СЭД',
    consent: 'Согласие автора получено',
    earlier: 'Прежнее дело',
    changed: (p: { field: string }) => `Изменено: ${p.field}`,
    empty: '(пусто)',
  },
  en: {
    executors: 'Executors',
    executor: 'Executor',
    lead: 'Joint answer by',
    topic: 'Topic',
    location: 'Location',
    importance: 'Importance',
    high: 'high',
    normal: 'normal',
    reason: 'Reason',
    comment: 'Remark',
    kind: 'Kind',
    visibility: 'Answer',
    public: 'public (in the thread)',
    private: 'in private messages',
    link: 'Link',
    replyAt: 'Appeared in the thread',
    siteUrl: 'Answer on the site',
    name: 'Full name',
    postal: 'Postal address',
    email: 'E-mail',
    phone: 'Phone',
    registration: 'Document system no.',
    consent: "The author's consent is recorded",
    earlier: 'Earlier case',
    changed: (p: { field: string }) => `Changed: ${p.field}`,
    empty: '(empty)',
  },
});

export interface EventLine {
  label: string;
  value: string;
  /** The value is an http(s) link to show as one. */
  link?: boolean;
}

export interface EventDescription {
  lines: EventLine[];
  /** A text written by a person (a draft, a part, a note), shown as a block with line breaks. */
  body?: string;
}

export interface DescribeContext {
  name: (personId: string) => string;
  timeZone: string;
  now: number;
}

export function describeEvent(event: CaseEvent, ctx: DescribeContext): EventDescription {
  const locale = getLocale();
  const lines: EventLine[] = [];
  const add = (label: string, value: string | undefined, link = false) => {
    if (value !== undefined && value !== '') lines.push(link ? { label, value, link } : { label, value });
  };
  const moment = (ms: number) => formatMoment(ms, ctx.timeZone, ctx.now);
  switch (event.type) {
    case 'routed': {
      const d = event.data;
      add(d.executors.length > 1 ? t('executors') : t('executor'), d.executors.map(ctx.name).join(', '));
      if (d.lead !== undefined && d.executors.length > 1) add(t('lead'), ctx.name(d.lead));
      add(t('topic'), d.topic);
      add(t('location'), d.location);
      if (d.importance !== undefined) add(t('importance'), t(d.importance));
      return { lines };
    }
    case 'returnedNotCompetent':
      if (event.data.executor !== undefined) add(t('executor'), ctx.name(event.data.executor));
      add(t('reason'), event.data.reason);
      return { lines };
    case 'clarificationRequested':
      add(t('link'), event.data.url, true);
      return { lines, body: event.data.text || undefined };
    case 'draftSubmitted':
      add(t('kind'), draftKindLabels[event.data.kind][locale]);
      if (event.data.visibility !== undefined) add(t('visibility'), t(event.data.visibility));
      return { lines, body: event.data.text };
    case 'returnedForRevision':
      add(t('reason'), revisionReasons[event.data.reason][locale]);
      add(t('comment'), event.data.comment);
      return { lines };
    case 'published':
    case 'interimPublished':
    case 'finalPublished':
      add(t('link'), event.data.url, true);
      if (event.data.replyAt !== undefined) add(t('replyAt'), moment(event.data.replyAt));
      return { lines, body: event.data.text || undefined };
    case 'partSubmitted':
      add(t('executor'), ctx.name(event.data.executor));
      return { lines, body: event.data.text };
    case 'rejected':
      add(t('reason'), rejectionReasons[event.data.reason][locale]);
      add(t('siteUrl'), event.data.siteUrl, true);
      return { lines };
    case 'convertedToAppeal': {
      const d = event.data;
      lines.push({ label: t('consent'), value: moment(event.at) });
      add(t('name'), d.name);
      add(t('postal'), d.postalAddress);
      add(t('email'), d.email);
      add(t('phone'), d.phone);
      add(t('registration'), d.registration);
      return { lines };
    }
    case 'closed':
      add(t('reason'), event.data.reason);
      return { lines };
    case 'reopened':
      add(t('reason'), event.data.reason);
      return { lines };
    case 'note':
      return { lines, body: event.data.text };
    case 'linkedRepeat':
      add(t('earlier'), event.data.caseId);
      return { lines };
    case 'edited': {
      const { field, from, to } = event.data;
      const show = (value: string | number | null) =>
        value === null || value === '' ? t('empty') : field === 'postedAt' && typeof value === 'number' ? moment(value) : field === 'importance' ? t(value === 'high' ? 'high' : 'normal') : String(value);
      add(t('changed', { field: editableFieldLabels[field][locale] }), `${show(from)} → ${show(to)}`);
      return { lines };
    }
    case 'captured':
    case 'approved':
      return { lines };
  }
}
