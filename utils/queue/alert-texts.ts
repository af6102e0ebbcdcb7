/** Words of the toolbar title and the deadline notifications, and the notification ids. */
import { defineMessages, plural, type Locale } from '../i18n/index';
import { formatDueMoment, formatWorkingLeft } from './format';
import type { NotificationKey, PlannedNotification } from './notify';
import type { WorkClock } from './types';
import type { UrgencyCounts } from './urgency';

/** «4 700» (a no-break space between thousands), "4,700". */
function count(locale: Locale, n: number): string {
  return n.toLocaleString(locale === 'ru' ? 'ru-RU' : 'en-US');
}

const { t } = defineMessages({
  ru: {
    calm: 'Отклик: всё в срок',
    counts: (p: { overdue: number; soon: number }) => `Отклик: просрочено ${p.overdue}, меньше рабочего часа ${p.soon}`,
    overdueTitle: (p: { stage: string }) => `Просрочено: ${p.stage}`,
    soonTitle: (p: { left: string; stage: string }) => `Осталось ${p.left}: ${p.stage}`,
    provisional: ' (срок предварительный)',
    noAuthor: 'Автор не указан',
    summaryOverdue: (p: { n: number }) => `Просрочено ${count('ru', p.n)} ${plural('ru', p.n, ['обращение', 'обращения', 'обращений'])}`,
    summarySoon: (p: { n: number }) => `Меньше рабочего часа до срока у ${count('ru', p.n)} ${plural('ru', p.n, ['обращения', 'обращений', 'обращений'])}`,
    summaryAlsoSoon: (p: { n: number }) => `Ещё у ${count('ru', p.n)} ${plural('ru', p.n, ['обращения', 'обращений', 'обращений'])} меньше рабочего часа до срока.`,
    summaryOpen: 'Нажмите, чтобы открыть список.',
  },
  en: {
    calm: 'Otklik: everything on time',
    counts: (p: { overdue: number; soon: number }) => `Otklik: ${p.overdue} overdue, ${p.soon} under a working hour`,
    overdueTitle: (p: { stage: string }) => `Overdue: ${p.stage}`,
    soonTitle: (p: { left: string; stage: string }) => `${p.left} left: ${p.stage}`,
    provisional: ' (provisional deadline)',
    noAuthor: 'Author unknown',
    summaryOverdue: (p: { n: number }) => `${count('en', p.n)} ${plural('en', p.n, ['case is', 'cases are'])} overdue`,
    summarySoon: (p: { n: number }) => `${count('en', p.n)} ${plural('en', p.n, ['case is', 'cases are'])} due within a working hour`,
    summaryAlsoSoon: (p: { n: number }) => `${count('en', p.n)} more due within a working hour.`,
    summaryOpen: 'Click to open the list.',
  },
});

const MESSAGE_TEXT_LIMIT = 140;

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim())?.trim() ?? '';
  return line.length > MESSAGE_TEXT_LIMIT ? `${line.slice(0, MESSAGE_TEXT_LIMIT - 1)}…` : line;
}

export const alertTexts = {
  /** The toolbar button's tooltip. */
  title(counts: UrgencyCounts): string {
    return counts.overdue + counts.soon === 0 ? t('calm') : t('counts', counts);
  },

  /** One notification: what is due, for whom, and when (wall clock, administration's zone). */
  single(item: PlannedNotification, c: { author: { name?: string }; text: string }, stageLabel: string, now: number, clock: WorkClock): { title: string; message: string } {
    const title = item.left.overdue
      ? t('overdueTitle', { stage: stageLabel })
      : t('soonTitle', { left: formatWorkingLeft(item.left), stage: stageLabel });
    const who = c.author.name?.trim() || t('noAuthor');
    const what = firstLine(c.text);
    const when = formatDueMoment(item.dueAt, now, clock.timeZone) + (item.provisional ? t('provisional') : '');
    return { title, message: `${who}${what ? `: ${what}` : ''}\n${when}` };
  },

  /** The one notification that stands for many (after the browser was closed for a while); a click opens the list. */
  summary(folded: readonly PlannedNotification[]): { title: string; message: string } {
    // Counted in cases, not notifications (a case may have two stages due).
    const overdueCases = new Set(folded.filter((n) => n.left.overdue).map((n) => n.caseId));
    const soonCases = new Set(folded.filter((n) => !overdueCases.has(n.caseId)).map((n) => n.caseId));
    const overdue = overdueCases.size;
    const soon = soonCases.size;
    if (overdue === 0) return { title: t('summarySoon', { n: soon }), message: t('summaryOpen') };
    return { title: t('summaryOverdue', { n: overdue }), message: soon > 0 ? `${t('summaryAlsoSoon', { n: soon })} ${t('summaryOpen')}` : t('summaryOpen') };
  },
};

export const SUMMARY_NOTIFICATION = 'otklik|summary';
const PREFIX = 'otklik|case|';

export function notificationId(key: NotificationKey): string {
  return `${PREFIX}${encodeURIComponent(key.caseId)}|${encodeURIComponent(key.stage)}|${key.threshold}|${key.dueAt}`;
}

export function parseNotificationId(id: string): NotificationKey | undefined {
  if (!id.startsWith(PREFIX)) return undefined;
  const [caseId, stage, threshold, dueAt] = id.slice(PREFIX.length).split('|');
  if (caseId === undefined || stage === undefined || threshold === undefined || dueAt === undefined) return undefined;
  const key = { caseId: decodeURIComponent(caseId), stage: decodeURIComponent(stage), threshold: Number(threshold), dueAt: Number(dueAt) };
  return Number.isFinite(key.threshold) && Number.isFinite(key.dueAt) && key.caseId ? key : undefined;
}
