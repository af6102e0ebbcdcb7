import { describe, expect, it } from 'vitest';
import { parseOrThrow, UserFacingError } from '../validation/index';
import { caseEventSchema, eventTypes } from './events';
import { eventLabels, revisionReasons, rejectionReasons } from './labels';
import { caseSchema, createCaseFromCapture } from './schema';
import { caseStatuses, statusLabels } from './status';
import { capturedComment, newCase, T0 } from './test-fixtures';

const ctx = { id: 'case-9', eventId: 'e-9', actor: 'operator', regulationId: 'luga', now: T0 + 1_000 };
const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>';

describe('createCaseFromCapture', () => {
  it('records everything the page gave and one captured event', () => {
    const c = createCaseFromCapture(capturedComment(), ctx);
    expect(c).toMatchObject({
      id: 'case-9',
      network: 'vk',
      kind: 'comment',
      itemKey: 'wall-1_2?reply=3',
      status: 'new',
      executors: [],
      importance: 'normal',
      regulationId: 'luga',
      version: 1,
      createdAt: T0 + 1_000,
      updatedAt: T0 + 1_000,
      detectedAt: T0,
    });
    expect(c.events).toEqual([{ id: 'e-9', type: 'captured', at: T0, recordedAt: T0 + 1_000, actor: 'operator', data: {} }]);
    expect(caseSchema.parse(c)).toEqual(c);
  });

  it('keeps what the page did not give as missing, never guessed', () => {
    const c = createCaseFromCapture(
      capturedComment({ author: { name: 'Аноним' }, postedAt: undefined, postedAtText: undefined, missing: ['author.id', 'author.url', 'postedAt'] }),
      ctx,
    );
    expect(c.postedAt).toBeUndefined();
    expect(c.author).toEqual({ name: 'Аноним' });
    expect(c.missing).toEqual(['author.id', 'author.url', 'postedAt']);
  });

  it('drops a javascript: link instead of storing it, and says so in missing', () => {
    const c = createCaseFromCapture(
      capturedComment({
        author: { name: 'x', url: 'javascript:alert(1)' },
        attachments: [
          { type: 'photo', url: 'https://sun9-1.userapi.com/a.jpg', preview: 'data:text/html,<script>1</script>' },
          { type: 'link', url: 'javascript:alert(2)' },
        ],
      }),
      ctx,
    );
    expect(c.author.url).toBeUndefined();
    expect(c.attachments).toEqual([{ type: 'photo', url: 'https://sun9-1.userapi.com/a.jpg' }]);
    expect(c.missing).toEqual(expect.arrayContaining(['author.url', 'attachments', 'attachments.preview']));
  });

  it('keeps HTML and script in every text field as plain strings', () => {
    const c = createCaseFromCapture(
      capturedComment({ text: HOSTILE, author: { name: HOSTILE, id: HOSTILE }, postedAtText: HOSTILE, pageTitle: HOSTILE, markup: 'vk-react' }),
      ctx,
    );
    expect(c.text).toBe(HOSTILE);
    expect(c.author.name).toBe(HOSTILE);
    expect(c.postedAtText).toBe(HOSTILE);
    expect(c.pageTitle).toBe(HOSTILE);
  });

  it('refuses a 10 MB text with a Russian message naming the field', () => {
    const huge = 'а'.repeat(10 * 1024 * 1024);
    expect(() => createCaseFromCapture(capturedComment({ text: huge }), ctx)).toThrow(UserFacingError);
    expect(() => createCaseFromCapture(capturedComment({ text: huge }), ctx)).toThrow(/«text» — слишком длинный текст: не больше 100 000 знаков/);
    expect(createCaseFromCapture(capturedComment({ text: 'а'.repeat(100_000) }), ctx).text).toHaveLength(100_000);
  });

  it('refuses a permalink that is not http(s)', () => {
    expect(() => createCaseFromCapture(capturedComment({ url: 'javascript:alert(1)' }), ctx)).toThrow(/«url» — нужна ссылка/);
  });
});

describe('caseSchema on stored data', () => {
  const stored = () => structuredClone(newCase());

  it('refuses an unknown status', () => {
    const c = { ...stored(), status: 'lost' };
    expect(() => parseOrThrow(caseSchema, c, 'Дело')).toThrow(/Дело: поле «status»/);
  });
  it('refuses an unknown event type in the timeline', () => {
    const c = stored();
    const events = [...c.events, { ...c.events[0]!, id: 'x', type: 'hacked' }];
    expect(() => parseOrThrow(caseSchema, { ...c, events, version: 2 })).toThrow(/events\[1\]\.type» — неизвестный тип события/);
  });
  it('refuses a version that is not the number of events', () => {
    expect(() => parseOrThrow(caseSchema, { ...stored(), version: 5 })).toThrow(/версия/);
  });
  it('refuses a timeline that does not start with the detection, repeats ids or goes back in time', () => {
    const c = stored();
    const note = { id: 'n', type: 'note', at: T0, recordedAt: T0 - 1, actor: 'a', data: { text: 'x' } };
    expect(() => parseOrThrow(caseSchema, { ...c, events: [note], version: 1 })).toThrow(/первое событие/);
    expect(() => parseOrThrow(caseSchema, { ...c, events: [...c.events, note], version: 2 })).toThrow(/порядке записи/);
    const dup = { ...note, id: c.events[0]!.id, recordedAt: T0 };
    expect(() => parseOrThrow(caseSchema, { ...c, events: [...c.events, dup], version: 2 })).toThrow(/повторяется/);
  });
  it('refuses a 10 MB note in a stored event and a non-integer time', () => {
    const c = stored();
    const big = { id: 'n', type: 'note', at: T0, recordedAt: T0, actor: 'a', data: { text: 'x'.repeat(10_000_000) } };
    expect(() => parseOrThrow(caseSchema, { ...c, events: [...c.events, big], version: 2 })).toThrow(/не больше 20 000 знаков/);
    expect(caseEventSchema.safeParse({ ...c.events[0], at: 1.5 }).success).toBe(false);
    expect(caseEventSchema.safeParse({ ...c.events[0], at: Number.NaN }).success).toBe(false);
  });
});

describe('labels as data', () => {
  it('every event type, status and reason has a Russian and an English label', () => {
    for (const type of eventTypes) expect(eventLabels[type].ru && eventLabels[type].en).toBeTruthy();
    for (const status of caseStatuses) expect(statusLabels[status].ru).toMatch(/[А-Яа-я]/);
    for (const r of Object.values(revisionReasons)) expect(r.ru).toMatch(/[А-Яа-я]/);
    for (const r of Object.values(rejectionReasons)) expect(r.source).toMatch(/\d{3} п\./);
    expect(Object.keys(eventLabels).sort()).toEqual([...eventTypes].sort());
  });
});
