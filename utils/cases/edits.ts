/**
 * `edited` events: correcting a captured field the page did not give (or gave wrongly), and the
 * classification (topic, location, importance) before or between routings. The event records
 * from/to, so the value as first captured can always be traced back through the timeline.
 */
import { z } from 'zod';
import { describeZodError } from '../validation/index';
import type { EditableField, EventData } from './events';
import { importanceLevels } from './events';
import { capturedText, epochMs, httpUrl, MAX_ID, shortText } from './fields';
import type { Case } from './schema';
import type { TimelineState } from './timeline';

type EditValue = string | number | null;

const networkId = z.string().max(MAX_ID);

/** What each field accepts; `null` clears an optional field. */
const valueSchemas: Record<EditableField, z.ZodType<EditValue>> = {
  'author.name': shortText.nullable(),
  'author.url': httpUrl.nullable(),
  'author.id': networkId.nullable(),
  postedAt: epochMs.nullable(),
  text: capturedText,
  threadUrl: httpUrl,
  topic: shortText.nullable(),
  location: shortText.nullable(),
  importance: z.enum(importanceLevels),
};

/** Labels of the editable fields, for the timeline («Исправлены данные: автор — имя»). */
export const editableFieldLabels: Record<EditableField, { ru: string; en: string }> = {
  'author.name': { ru: 'имя автора', en: "author's name" },
  'author.url': { ru: 'страница автора', en: "author's page" },
  'author.id': { ru: 'идентификатор автора', en: "author's id" },
  postedAt: { ru: 'время публикации', en: 'posted at' },
  text: { ru: 'текст сообщения', en: 'message text' },
  threadUrl: { ru: 'ссылка на ветку', en: 'thread link' },
  topic: { ru: 'тема', en: 'topic' },
  location: { ru: 'локация', en: 'location' },
  importance: { ru: 'категория важности', en: 'importance' },
};

/** The current value of a field (null when absent). */
export function currentValue(c: Case, s: TimelineState, field: EditableField): EditValue {
  switch (field) {
    case 'author.name':
      return c.author.name ?? null;
    case 'author.url':
      return c.author.url ?? null;
    case 'author.id':
      return c.author.id ?? null;
    case 'postedAt':
      return c.postedAt ?? null;
    case 'text':
      return c.text;
    case 'threadUrl':
      return c.threadUrl;
    case 'topic':
      return s.topic ?? null;
    case 'location':
      return s.location ?? null;
    case 'importance':
      return s.importance;
  }
}

/** Null when the edit may be applied, else a Russian sentence. */
export function editRefusal(c: Case, s: TimelineState, data: EventData<'edited'>): string | null {
  const label = editableFieldLabels[data.field].ru;
  const parsed = valueSchemas[data.field].safeParse(data.to);
  if (!parsed.success) return describeZodError(parsed.error, `Новое значение (${label})`);
  if (currentValue(c, s, data.field) !== data.from) {
    return `Поле «${label}» уже изменилось: обновите дело и повторите исправление.`;
  }
  if (data.from === data.to) return `Новое значение поля «${label}» совпадает с прежним.`;
  if (data.field === 'postedAt' && typeof data.to === 'number' && data.to > c.detectedAt) {
    return 'Сообщение не может быть опубликовано позже, чем его выявили.';
  }
  return null;
}

const missingName: Partial<Record<EditableField, string>> = {
  'author.name': 'author.name',
  'author.url': 'author.url',
  'author.id': 'author.id',
  postedAt: 'postedAt',
  text: 'text',
};

/** Applies a checked edit of a captured field to the case (classification edits are derived). */
export function applyCapturedEdit(c: Case, data: EventData<'edited'>): Case {
  const to = data.to;
  const next: Case = { ...c, author: { ...c.author } };
  const str = typeof to === 'string' ? to : undefined;
  switch (data.field) {
    case 'author.name':
      next.author.name = str;
      break;
    case 'author.url':
      next.author.url = str;
      break;
    case 'author.id':
      next.author.id = str;
      break;
    case 'postedAt':
      // The operator enters the time to the minute; the page's vaguer reading no longer applies.
      next.postedAt = typeof to === 'number' ? to : undefined;
      next.postedAtPrecision = typeof to === 'number' ? 'minute' : undefined;
      break;
    case 'text':
      next.text = str ?? '';
      break;
    case 'threadUrl':
      next.threadUrl = str ?? c.threadUrl;
      break;
    default:
      return c;
  }
  for (const key of ['name', 'url', 'id'] as const) if (next.author[key] === undefined) delete next.author[key];
  if (next.postedAt === undefined) delete next.postedAt;
  if (next.postedAtPrecision === undefined) delete next.postedAtPrecision;
  const name = missingName[data.field];
  if (name) {
    const filled = to !== null && to !== '';
    const without = c.missing.filter((m) => m !== name);
    next.missing = filled ? without : [...without, name];
  }
  return next;
}
