/**
 * Seed 001 p.3.8: when a message cannot be dealt with quickly and documents or confidential data
 * are needed, it is sent — with the author's consent — to the administration's mailbox with the
 * citizen's full name, postal or e-mail address for the answer and phone, and registered in the
 * document system (СЭД) as an official appeal under 59-FZ. This builds that text (plain text).
 */
import type { EventData } from './events';
import { formatDateTimeRu } from './format-time';
import { networkNames } from './assignment-text';
import type { Case } from './schema';

export interface AppealTextOptions {
  timeZone: string;
  /** The administration's name for the heading, e.g. «администрация Идринского района». */
  administration?: string;
  /** The mailbox of seed 001 p.3.8 (the regulation's appealConversion.mailbox), for a mailto link. */
  mailbox?: string;
}

export interface AppealText {
  subject: string;
  body: string;
  /** `mailto:` link with subject and body, when a mailbox is known. */
  mailto?: string;
}

export type AppealData = EventData<'convertedToAppeal'> & { at?: number };

/** The latest conversion recorded on the case, with its time (consent time). */
export function latestAppeal(c: Case): AppealData | undefined {
  const event = c.events.findLast((e) => e.type === 'convertedToAppeal');
  return event?.type === 'convertedToAppeal' ? { ...event.data, at: event.at } : undefined;
}

export function appealText(c: Case, appeal: AppealData, options: AppealTextOptions): AppealText {
  const when = (ms: number) => formatDateTimeRu(ms, options.timeZone);
  const subject = `Обращение гражданина (59-ФЗ) из соцсети: ${appeal.name}`;
  const lines: string[] = [];
  lines.push(options.administration ? `В ${options.administration}` : 'В администрацию');
  lines.push('');
  lines.push(
    `Сообщение пользователя, поступившее через официальную страницу администрации в социальной сети «${networkNames[c.network]}», ` +
      'требует истребования дополнительных документов и информации. С согласия пользователя оно направляется для регистрации ' +
      'в системе электронного документооборота как официальное обращение гражданина и рассмотрения по нормам и срокам ' +
      'Федерального закона от 02.05.2006 № 59-ФЗ «О порядке рассмотрения обращений граждан Российской Федерации».',
  );
  lines.push('');
  lines.push(`Фамилия, имя, отчество: ${appeal.name}`);
  if (appeal.postalAddress?.trim()) lines.push(`Почтовый адрес для ответа: ${appeal.postalAddress}`);
  if (appeal.email) lines.push(`Адрес электронной почты для ответа: ${appeal.email}`);
  if (appeal.phone?.trim()) lines.push(`Телефон для оперативной связи: ${appeal.phone}`);
  lines.push(`Согласие пользователя получено${appeal.at !== undefined ? `: ${when(appeal.at)}` : ''}`);
  if (appeal.registration?.trim()) lines.push(`Регистрационный номер в СЭД: ${appeal.registration}`);
  lines.push('');
  lines.push('Текст сообщения:');
  lines.push(`«${c.text}»`);
  for (const a of c.attachments) lines.push(`Вложение: ${a.url}`);
  lines.push('');
  const author = [c.author.name, c.author.url].filter(Boolean).join(', ');
  if (author) lines.push(`Автор в соцсети: ${author}`);
  if (c.postedAt !== undefined) lines.push(`Опубликовано: ${when(c.postedAt)}`);
  else if (c.postedAtText) lines.push(`Опубликовано: ${c.postedAtText} (как указано на странице)`);
  lines.push(`Выявлено: ${when(c.detectedAt)}`);
  lines.push(`Ссылка на сообщение: ${c.url}`);
  lines.push(`Дело № ${c.id} в «Отклике»`);
  const body = lines.join('\n');
  const result: AppealText = { subject, body };
  if (options.mailbox) {
    result.mailto = `mailto:${encodeURIComponent(options.mailbox).replace('%40', '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }
  return result;
}
