/**
 * Shared zod building blocks for cases and their events: limits on every text field (so a 10 MB
 * field is refused with a Russian message instead of being stored), epoch-ms timestamps and
 * http(s)-only links (a `javascript:` link in a captured author URL must never become a clickable
 * href in an extension page).
 */
import { z } from 'zod';
import '../validation/index';

/** Captured message text (a long VK post fits easily). */
export const MAX_CAPTURED_TEXT = 100_000;
/** Drafts, notes, reasons, comments, co-executors' parts. */
export const MAX_NOTE_TEXT = 20_000;
/** Names, topics, locations, addresses, phone numbers. */
export const MAX_SHORT_TEXT = 500;
/** Ids of cases, events and people; network ids. */
export const MAX_ID = 200;
export const MAX_URL = 4_096;
/** Upper bound of any timestamp we accept (year 2286 in ms), so a garbage number is refused. */
export const MAX_EPOCH_MS = 9_999_999_999_999;

const grouped = (n: number) => n.toLocaleString('ru-RU').replace(/\s/g, ' ');

function boundedText(max: number) {
  return z.string().max(max, { error: `слишком длинный текст: не больше ${grouped(max)} знаков` });
}

function nonBlank<T extends z.ZodString>(schema: T) {
  return schema.refine((s) => s.trim().length > 0, { error: 'не может быть пустым' });
}

/** Optional free text (may be empty). */
export const noteText = boundedText(MAX_NOTE_TEXT);
/** Required free text: a draft, a reason, a note. */
export const requiredNoteText = nonBlank(boundedText(MAX_NOTE_TEXT));
export const capturedText = boundedText(MAX_CAPTURED_TEXT);
export const shortText = boundedText(MAX_SHORT_TEXT);
export const requiredShortText = nonBlank(boundedText(MAX_SHORT_TEXT));

export const idString = nonBlank(boundedText(MAX_ID));
/** A person from the directory (people table of the database). */
export const personId = idString;

export const epochMs = z
  .number({ error: 'ожидалось время (число миллисекунд)' })
  .int({ error: 'время должно быть целым числом миллисекунд' })
  .min(0, { error: 'время не может быть отрицательным' })
  .max(MAX_EPOCH_MS, { error: 'время вне допустимого диапазона' });

/** True for an absolute http(s) URL. Other schemes (javascript:, data:, file:) are refused. */
export function isHttpUrl(value: string): boolean {
  if (value.length > MAX_URL) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const httpUrl = z
  .string()
  .max(MAX_URL, { error: `слишком длинная ссылка: не больше ${grouped(MAX_URL)} знаков` })
  .refine(isHttpUrl, { error: 'нужна ссылка, начинающаяся с http:// или https://' });

export const emailAddress = z.email({ error: 'неверный адрес электронной почты' }).max(MAX_SHORT_TEXT);
