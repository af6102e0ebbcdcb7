/**
 * Hostile input: HTML and script in every text field stay plain strings through the schema and the
 * workflow; a 10 MB value in any text field is refused with a Russian message naming the field.
 */
import { describe, expect, it } from 'vitest';
import { describeZodError } from '../validation/index';
import { caseSchema, type Case } from './schema';
import { ev, MINUTE, newCase, T0 } from './test-fixtures';
import { applyEvent } from './workflow';

const HTML = '<img src=x onerror="alert(1)"><script>document.cookie</script>&lt;b&gt;';
const HUGE = 'ж'.repeat(10 * 1024 * 1024);
const at = (m: number) => T0 + m * MINUTE;

/** A case whose every event type with text carries HTML. */
function hostileCase(): Case {
  const policy = { operatorMayApprove: true };
  const base = newCase({
    text: HTML,
    author: { name: HTML, id: HTML, url: 'https://vk.com/id1?q=<script>' },
    postedAtText: HTML,
    pageTitle: HTML,
    markup: HTML.slice(0, 90),
    ref: { ownerId: HTML, postId: HTML, commentId: HTML, threadId: HTML, topicId: HTML },
    missing: [HTML.slice(0, 90)],
  });
  const events = [
    ev('routed', { executors: [HTML, 'b'], lead: HTML, topic: HTML, location: HTML }, at(1), { note: HTML, actor: HTML }),
    ev('partSubmitted', { executor: 'b', text: HTML }, at(2)),
    ev('draftSubmitted', { kind: 'clarification', text: HTML }, at(3)),
    ev('returnedForRevision', { reason: 'other', comment: HTML }, at(4)),
    ev('draftSubmitted', { kind: 'clarification', text: HTML }, at(5)),
    ev('clarificationRequested', { text: HTML }, at(6)),
    ev('note', { text: HTML }, at(7)),
    ev('edited', { field: 'location', from: HTML, to: `${HTML}!` }, at(8)),
    ev('draftSubmitted', { kind: 'answer', text: HTML }, at(9)),
    ev('approved', {}, at(10)),
    ev('published', { kind: 'answer', text: HTML }, at(11)),
    ev('closed', { reason: HTML }, at(12)),
    ev('reopened', { reason: HTML }, at(13)),
    ev('convertedToAppeal', { consent: true, name: HTML, postalAddress: HTML, phone: HTML, registration: HTML }, at(14)),
  ];
  return events.reduce((c, e) => applyEvent(c, e, policy, e.recordedAt), base);
}

describe('HTML and script are data', () => {
  it('survive the workflow and the schema byte for byte', () => {
    const c = hostileCase();
    expect(c.status).toBe('appeal');
    expect(caseSchema.parse(structuredClone(c))).toEqual(c);
    const strings = JSON.stringify(c).match(/<script>document\.cookie<\/script>/g) ?? [];
    expect(strings.length).toBeGreaterThan(25);
    expect(c.text).toBe(HTML);
    expect(c.location).toBe(`${HTML}!`);
    expect(c.reply?.text).toBe(HTML);
  });
});

describe('10 MB in any text field is refused in Russian', () => {
  const c = hostileCase();
  const paths: Array<Array<string | number>> = [
    ['id'],
    ['itemKey'],
    ['text'],
    ['markup'],
    ['pageTitle'],
    ['postedAtText'],
    ['regulationId'],
    ['author', 'name'],
    ['author', 'id'],
    ['ref', 'ownerId'],
    ['missing', 0],
    ['topic'],
    ['location'],
    ['lead'],
    ['executors', 0],
    ['repeatOf'],
    ['url'],
    ['events', 1, 'id'],
    ['events', 1, 'actor'],
    ['events', 1, 'note'],
    ['events', 1, 'data', 'topic'],
    ['events', 2, 'data', 'text'],
    ['events', 4, 'data', 'comment'],
    ['events', 8, 'data', 'to'],
    ['events', 12, 'data', 'reason'],
    ['events', 14, 'data', 'name'],
    ['events', 14, 'data', 'registration'],
  ];
  it.each(paths.map((p) => [p.join('.'), p] as const))('%s', (_label, path) => {
    const copy = structuredClone(c) as unknown as Record<string | number, unknown>;
    let target = copy;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
    target[path.at(-1)!] = HUGE;
    const result = caseSchema.safeParse(copy);
    expect(result.success).toBe(false);
    const message = describeZodError(result.error!, 'Дело');
    expect(message).toMatch(/[А-Яа-я]/);
    expect(result.error!.issues[0]!.path.slice(0, path.length)).toEqual(path.map((p) => p));
  });
});
