import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../validation/index';
import type { CaseEventInput } from './events';
import type { Case } from './schema';
import { ev, MINUTE, newCase, T0 } from './test-fixtures';
import { allowedEvents, applyEvent, checkTimeline, publicationFor, type WorkflowPolicy } from './workflow';

const strict: WorkflowPolicy = { operatorMayApprove: false };
const operator: WorkflowPolicy = { operatorMayApprove: true };

function run(c: Case, policy: WorkflowPolicy, ...events: CaseEventInput[]): Case {
  return events.reduce((acc, e) => applyEvent(acc, e, policy, e.recordedAt), c);
}

function refusal(c: Case, event: CaseEventInput, policy = strict): string {
  try {
    applyEvent(c, event, policy, event.recordedAt);
  } catch (error) {
    expect(error).toBeInstanceOf(UserFacingError);
    return (error as Error).message;
  }
  throw new Error(`expected a refusal of ${event.type}`);
}

const at = (minutes: number) => T0 + minutes * MINUTE;
const route = (m: number, executors = ['ivanov']) => ev('routed', { executors, topic: 'ЖКХ', location: 'ул. Ленина' }, at(m));
const draft = (m: number, kind: 'answer' | 'interim' | 'clarification' | 'explanation' = 'answer', text = 'Фонарь починят завтра.') =>
  ev('draftSubmitted', { kind, text }, at(m), { actor: 'ivanov' });
const approve = (m: number) => ev('approved', {}, at(m));
const publish = (m: number, kind: 'answer' | 'explanation' = 'answer') =>
  ev('published', { kind, url: 'https://vk.com/wall-1_2?reply=9' }, at(m), { actor: 'ivanov' });

describe('the main path (seed 003 pp. 10-16)', () => {
  it('capture → route → draft → return → revise → approve → publish', () => {
    let c = newCase();
    expect(c.status).toBe('new');
    c = run(c, strict, route(10));
    expect(c).toMatchObject({ status: 'inWork', executors: ['ivanov'], topic: 'ЖКХ', location: 'ул. Ленина' });
    c = run(c, strict, draft(60));
    expect(c.status).toBe('onApproval');
    expect(c.draft).toMatchObject({ kind: 'answer', state: 'submitted', visibility: 'public', submittedAt: at(60) });
    c = run(c, strict, ev('returnedForRevision', { reason: 'spelling' }, at(80)));
    expect(c.status).toBe('returned');
    expect(c.draft?.state).toBe('returned');
    c = run(c, strict, draft(100, 'answer', 'Фонарь починят завтра, 28 ноября.'), approve(110));
    expect(c).toMatchObject({ status: 'approved', draft: { state: 'approved', text: 'Фонарь починят завтра, 28 ноября.' } });
    c = run(c, strict, publish(130));
    expect(c.status).toBe('answered');
    expect(c.draft).toBeUndefined();
    expect(c.reply).toMatchObject({ eventType: 'published', kind: 'answer', url: 'https://vk.com/wall-1_2?reply=9', text: 'Фонарь починят завтра, 28 ноября.' });
    expect(c.resolvedAt).toBe(at(130));
    expect(c.version).toBe(c.events.length);
    expect(c.version).toBe(7);
  });
});

describe('approval and publication guards', () => {
  const routed = run(newCase(), strict, route(5));
  it('no approval without a submitted draft', () => {
    expect(refusal(routed, approve(10))).toMatch(/Нет проекта/);
  });
  it('no second approval, no approval of a returned draft', () => {
    const approved = run(routed, strict, draft(10), approve(20));
    expect(refusal(approved, approve(30))).toMatch(/уже согласован/);
    const returned = run(routed, strict, draft(10), ev('returnedForRevision', { reason: 'notAnswering' }, at(20)));
    expect(refusal(returned, approve(30))).toMatch(/возвращён на доработку/);
  });
  it('no publication of an unapproved answer unless the operator may approve', () => {
    const submitted = run(routed, strict, draft(10));
    expect(refusal(submitted, publish(20))).toMatch(/не согласован/);
    expect(refusal(routed, publish(20))).toMatch(/Нет согласованного проекта/);
    expect(run(submitted, operator, publish(20)).status).toBe('answered');
    expect(run(routed, operator, publish(20)).status).toBe('answered');
  });
  it('a returned draft is never published, whatever the policy', () => {
    const returned = run(routed, strict, draft(10), ev('returnedForRevision', { reason: 'wrongFormat' }, at(20)));
    expect(refusal(returned, publish(30), operator)).toMatch(/возвращён на доработку/);
  });
  it('the publication must be of the kind of the draft', () => {
    const explanation = run(routed, strict, draft(10, 'explanation'), approve(20));
    expect(refusal(explanation, publish(30, 'answer'))).toMatch(/Разъяснение/);
    expect(run(explanation, strict, publish(30, 'explanation')).reply?.kind).toBe('explanation');
    const interim = run(routed, strict, draft(10, 'interim'), approve(20));
    expect(refusal(interim, publish(30))).toMatch(/Промежуточный ответ/);
    expect(allowedEvents(interim, strict)).toContain('interimPublished');
    expect(allowedEvents(interim, strict)).not.toContain('published');
  });
  it('a new draft after approval needs a new approval', () => {
    const approved = run(routed, strict, draft(10), approve(20));
    const replaced = run(approved, strict, draft(30, 'answer', 'Исправленный текст.'));
    expect(replaced.status).toBe('onApproval');
    expect(refusal(replaced, publish(40))).toMatch(/не согласован/);
  });
  it('an approval can be withdrawn by returning the draft', () => {
    const approved = run(routed, strict, draft(10), approve(20));
    const back = run(approved, strict, ev('returnedForRevision', { reason: 'other', comment: 'Добавьте фото' }, at(25)));
    expect(back.status).toBe('returned');
  });
});

describe('publicationFor: which event the reply in the thread records', () => {
  const routed = run(newCase(), strict, route(5));
  it('follows the approved draft and the interim stage', () => {
    expect(publicationFor(routed, strict)).toBeUndefined();
    expect(publicationFor(routed, operator)).toEqual({ type: 'published', kind: 'answer' });
    expect(publicationFor(run(routed, strict, draft(10)), strict)).toBeUndefined();
    expect(publicationFor(run(routed, strict, draft(10, 'explanation'), approve(20)), strict)).toEqual({ type: 'published', kind: 'explanation' });
    expect(publicationFor(run(routed, strict, draft(10, 'clarification'), approve(20)), strict)).toEqual({ type: 'clarificationRequested', kind: 'clarification' });
    const interimReady = run(routed, strict, draft(10, 'interim'), approve(20));
    expect(publicationFor(interimReady, strict)).toEqual({ type: 'interimPublished', kind: 'interim' });
    const interim = run(interimReady, strict, ev('interimPublished', {}, at(30)));
    expect(publicationFor(interim, strict)).toBeUndefined();
    expect(publicationFor(interim, operator)).toEqual({ type: 'finalPublished', kind: 'answer' });
    expect(publicationFor(run(interim, strict, draft(40), approve(50)), strict)).toEqual({ type: 'finalPublished', kind: 'answer' });
  });
});

describe('routing', () => {
  it('without routing a draft is refused unless the operator is the approver', () => {
    const c = newCase();
    expect(refusal(c, draft(10))).toMatch(/направьте сообщение исполнителю/);
    const small = run(c, operator, draft(10), approve(20), publish(30));
    expect(small.status).toBe('answered');
    expect(small.executors).toEqual([]);
  });
  it('re-routing keeps the latest classification and the work in progress', () => {
    let c = run(newCase(), strict, route(5), draft(10));
    c = run(c, strict, ev('routed', { executors: ['petrov', 'sidorov'], lead: 'petrov', importance: 'high' }, at(20)));
    expect(c).toMatchObject({ status: 'onApproval', executors: ['petrov', 'sidorov'], lead: 'petrov', importance: 'high', topic: 'ЖКХ' });
  });
  it('a lead outside the executors and duplicates are refused by the schema', () => {
    const c = newCase();
    expect(() => applyEvent(c, ev('routed', { executors: ['a'], lead: 'b' }, at(5)), strict, at(5))).toThrow(/ответственный/);
    expect(() => applyEvent(c, ev('routed', { executors: ['a', 'a'] }, at(5)), strict, at(5))).toThrow(/дважды/);
    expect(() => applyEvent(c, ev('routed', { executors: [] }, at(5)), strict, at(5))).toThrow(/хотя бы одного/);
  });
});

describe('returned as outside competence (000 p.7, 002 p.8, 003 p.11, 004 p.5)', () => {
  it('needs a routed case and a reason; the curator re-routes', () => {
    const c = newCase();
    expect(refusal(c, ev('returnedNotCompetent', { reason: 'Это дорожники' }, at(5)))).toMatch(/направленное исполнителю/);
    const routed = run(c, strict, route(5));
    expect(() => applyEvent(routed, ev('returnedNotCompetent', { reason: '  ' }, at(10)), strict, at(10))).toThrow(/пустым/);
    const back = run(routed, strict, ev('returnedNotCompetent', { reason: 'Это дорожники' }, at(10), { actor: 'ivanov' }));
    expect(back).toMatchObject({ status: 'notCompetent', executors: [] });
    expect(allowedEvents(back, strict)).toContain('routed');
    expect(run(back, strict, route(20, ['roads'])).status).toBe('inWork');
  });
  it('one of several executors returning leaves the others', () => {
    const c = run(newCase(), strict, ev('routed', { executors: ['a', 'b'], lead: 'a' }, at(5)));
    const back = run(c, strict, ev('returnedNotCompetent', { reason: 'не наше', executor: 'a' }, at(10)));
    expect(back).toMatchObject({ status: 'inWork', executors: ['b'] });
    expect(back.lead).toBeUndefined();
    expect(refusal(c, ev('returnedNotCompetent', { reason: 'x', executor: 'z' }, at(10)))).toMatch(/только исполнитель/);
  });
  it('not once the draft is on approval', () => {
    const c = run(newCase(), strict, route(5), draft(10));
    expect(refusal(c, ev('returnedNotCompetent', { reason: 'x' }, at(20)))).toMatch(/пока проект не направлен/);
  });
});

describe('interim and final answers (000 p.11, 002 p.14, 003 p.18, 004 p.10)', () => {
  const interim = run(newCase(), strict, route(5), draft(10, 'interim', 'Разбираемся, ответим до 5 декабря.'), approve(20),
    ev('interimPublished', { url: 'https://vk.com/wall-1_2?reply=7' }, at(30)));
  it('opens the final stage and stays in the queue', () => {
    expect(interim).toMatchObject({ status: 'interim', interimAt: at(30), reply: { eventType: 'interimPublished', kind: 'interim' } });
    expect(interim.resolvedAt).toBeUndefined();
  });
  it('only a final answer closes the stage', () => {
    expect(refusal(interim, publish(40))).toMatch(/окончательный/);
    expect(refusal(interim, draft(40, 'interim'))).toMatch(/уже опубликован/);
    const ready = run(interim, strict, draft(40, 'answer', 'Фонарь заменили.'), approve(50));
    expect(ready.interimAt).toBe(at(30));
    const done = run(ready, strict, ev('finalPublished', { url: 'https://vk.com/wall-1_2?reply=8' }, at(60)));
    expect(done).toMatchObject({ status: 'answered', reply: { eventType: 'finalPublished', text: 'Фонарь заменили.' }, resolvedAt: at(60) });
    expect(done.interimAt).toBeUndefined();
  });
  it('finalPublished only after interimPublished', () => {
    const approved = run(newCase(), strict, route(5), draft(10), approve(20));
    expect(refusal(approved, ev('finalPublished', {}, at(30)))).toMatch(/только после промежуточного/);
    expect(allowedEvents(approved, strict)).not.toContain('finalPublished');
  });
});

describe('clarification (003 p.13)', () => {
  it('an approved request is published, then the answer follows', () => {
    let c = run(newCase(), strict, route(5), draft(10, 'clarification', 'Уточните адрес, пожалуйста.'), approve(20));
    c = run(c, strict, ev('clarificationRequested', { url: 'https://vk.com/wall-1_2?reply=5' }, at(25)));
    expect(c).toMatchObject({ status: 'awaitingAuthor', reply: { kind: 'clarification', text: 'Уточните адрес, пожалуйста.' } });
    expect(c.draft).toBeUndefined();
    c = run(c, strict, draft(90), approve(95), publish(100));
    expect(c.status).toBe('answered');
  });
  it('an answer draft cannot be published as a clarification', () => {
    const c = run(newCase(), strict, route(5), draft(10), approve(20));
    expect(refusal(c, ev('clarificationRequested', {}, at(25)))).toMatch(/Ответ/);
  });
});

describe('co-executors (002 p.15, 003 p.19)', () => {
  const joint = run(newCase(), strict, ev('routed', { executors: ['lead', 'co1', 'co2'], lead: 'lead' }, at(5)));
  it('parts come from routed co-executors only', () => {
    const c = run(joint, strict, ev('partSubmitted', { executor: 'co1', text: 'Свет: заменим лампу.' }, at(20), { actor: 'co1' }));
    expect(c.status).toBe('inWork');
    expect(refusal(joint, ev('partSubmitted', { executor: 'stranger', text: 'x' }, at(20)))).toMatch(/назначенный соисполнитель/);
    expect(refusal(joint, ev('partSubmitted', { executor: 'lead', text: 'x' }, at(20)))).toMatch(/Ответственный/);
    const single = run(newCase(), strict, route(5));
    expect(refusal(single, ev('partSubmitted', { executor: 'ivanov', text: 'x' }, at(20)))).toMatch(/нескольких/);
    expect(allowedEvents(single, strict)).not.toContain('partSubmitted');
  });
});

describe('not subject to an answer, 59-FZ, close, reopen', () => {
  const routed = run(newCase(), strict, route(5));
  it('rejection: a reason from the list, siteUrl for alreadyAnswered, limited by the regulation', () => {
    expect(run(routed, strict, ev('rejected', { reason: 'obscene' }, at(10))).status).toBe('notSubject');
    expect(() => applyEvent(routed, ev('rejected', { reason: 'boring' } as never, at(10)), strict, at(10))).toThrow(UserFacingError);
    expect(() => applyEvent(routed, ev('rejected', { reason: 'alreadyAnswered' }, at(10)), strict, at(10))).toThrow(/официального сайта/);
    const ok = run(routed, strict, ev('rejected', { reason: 'alreadyAnswered', siteUrl: 'https://idra-rayon.ru/otvety/1' }, at(10)));
    expect(ok.resolvedAt).toBe(at(10));
    const korenovsk: WorkflowPolicy = { operatorMayApprove: false, rejectionReasons: ['harm', 'obscene', 'threats'] };
    expect(refusal(routed, ev('rejected', { reason: 'unreadable' }, at(10)), korenovsk)).toMatch(/не предусматривает/);
  });
  it('59-FZ: consent and an address are required', () => {
    const base = { consent: true as const, name: 'Петров Иван Сергеевич' };
    expect(() => applyEvent(routed, ev('convertedToAppeal', base, at(10)), strict, at(10))).toThrow(/адрес/);
    expect(() => applyEvent(routed, ev('convertedToAppeal', { ...base, consent: false } as never, at(10)), strict, at(10))).toThrow(/согласие/);
    expect(run(routed, strict, ev('convertedToAppeal', { ...base, email: 'petrov@example.ru' }, at(10))).status).toBe('appeal');
  });
  it('after closed only reopened and note', () => {
    const answered = run(routed, strict, draft(10), approve(20), publish(30));
    const closed = run(answered, strict, ev('closed', {}, at(40)));
    expect(closed).toMatchObject({ status: 'closed', closedAt: at(40) });
    expect(allowedEvents(closed, strict).sort()).toEqual(['note', 'reopened']);
    expect(refusal(closed, route(50))).toMatch(/закрыто/);
    expect(run(closed, strict, ev('note', { text: 'Автор поблагодарил' }, at(50))).status).toBe('closed');
    const reopened = run(closed, strict, ev('reopened', { reason: 'Фонарь снова не горит' }, at(60)));
    expect(reopened).toMatchObject({ status: 'inWork', executors: ['ivanov'] });
    expect(reopened.resolvedAt).toBeUndefined();
    expect(reopened.closedAt).toBeUndefined();
  });
  it('closing an open case needs a reason; reopening restores the work in progress', () => {
    const onApproval = run(routed, strict, draft(10));
    expect(refusal(onApproval, ev('closed', {}, at(20)))).toMatch(/укажите причину/);
    const closed = run(onApproval, strict, ev('closed', { reason: 'Автор удалил комментарий' }, at(20)));
    const back = run(closed, strict, ev('reopened', { reason: 'Ошибочно закрыто' }, at(30)));
    expect(back).toMatchObject({ status: 'onApproval', draft: { state: 'submitted' } });
  });
  it('reopen is refused on an open case', () => {
    expect(refusal(routed, ev('reopened', { reason: 'x' }, at(10)))).toMatch(/в работе/);
  });
});

describe('timing of events', () => {
  const routed = run(newCase(), strict, route(30));
  it('a step cannot be dated before the previous step; a note can', () => {
    expect(refusal(routed, ev('draftSubmitted', { kind: 'answer', text: 'x' }, at(20), { recordedAt: at(40) }))).toMatch(/раньше предыдущего шага/);
    const backdated = run(routed, strict, ev('note', { text: 'Звонил автору' }, at(20), { recordedAt: at(40) }));
    expect(backdated.events.at(-1)).toMatchObject({ at: at(20), recordedAt: at(40) });
  });
  it('a backdated step is kept with both times', () => {
    const c = run(routed, strict, ev('draftSubmitted', { kind: 'answer', text: 'x' }, at(35), { recordedAt: at(90) }));
    expect(c.events.at(-1)).toMatchObject({ at: at(35), recordedAt: at(90) });
  });
  it('refuses an event recorded before the last one, in the future, before detection, or twice', () => {
    expect(refusal(routed, ev('note', { text: 'x' }, at(10), { recordedAt: at(10) }))).toMatch(/раньше последнего/);
    const future = ev('note', { text: 'x' }, at(100));
    expect(() => applyEvent(routed, future, strict, at(50))).toThrow(/в будущем/);
    expect(refusal(routed, ev('note', { text: 'x' }, at(-10), { recordedAt: at(40) }))).toMatch(/раньше, чем сообщение выявлено/);
    const note = ev('note', { text: 'x' }, at(40));
    expect(refusal(run(routed, strict, note), note)).toMatch(/уже записано/);
  });
});

describe('applyEvent as a function', () => {
  it('never mutates its input and refuses unknown event types in Russian', () => {
    const c = structuredClone(run(newCase(), strict, route(5)));
    const frozen = deepFreeze(structuredClone(c));
    const next = applyEvent(frozen, draft(10), strict, at(10));
    expect(frozen).toEqual(c);
    expect(next).not.toBe(frozen);
    expect(() => applyEvent(frozen, { ...draft(20), type: 'teleported' } as never, strict, at(20))).toThrow(/неизвестный тип события/);
  });
  it('keeps HTML and script in drafts and notes as plain strings', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const c = run(newCase(), strict, route(5), draft(10, 'answer', hostile), ev('note', { text: hostile }, at(11)));
    expect(c.draft?.text).toBe(hostile);
    expect(c.events.at(-1)).toMatchObject({ data: { text: hostile } });
  });
  it('refuses a 10 MB draft with a Russian message', () => {
    const c = run(newCase(), strict, route(5));
    expect(() => applyEvent(c, draft(10, 'answer', 'я'.repeat(10_000_000)), strict, at(10))).toThrow(/не больше 20 000 знаков/);
  });
  it('private messages get a private answer by default (001 p.3.4)', () => {
    const c = run(newCase({ kind: 'message', itemKey: 'im-1' }), strict, route(5), draft(10));
    expect(c.draft?.visibility).toBe('private');
    const publicOne = run(newCase(), strict, route(5), ev('draftSubmitted', { kind: 'answer', text: 'x', visibility: 'private' }, at(10)));
    expect(publicOne.draft?.visibility).toBe('private');
  });
});

describe('linked repeats and checkTimeline', () => {
  it('links to an earlier case, never to itself', () => {
    const c = run(newCase(), strict, ev('linkedRepeat', { caseId: 'case-0' }, at(5)));
    expect(c.repeatOf).toBe('case-0');
    expect(refusal(c, ev('linkedRepeat', { caseId: 'case-1' }, at(6)))).toMatch(/само с собой/);
    expect(refusal(c, ev('linkedRepeat', { caseId: 'case-0' }, at(6)))).toMatch(/уже связано/);
  });
  it('finds the first step the procedure does not allow', () => {
    const good = run(newCase(), strict, route(5), draft(10), approve(20), publish(30));
    expect(checkTimeline(good, strict)).toBeNull();
    const forged = { ...good, events: good.events.filter((e) => e.type !== 'approved'), version: good.version - 1 };
    expect(checkTimeline(forged, strict)).toEqual({ index: 3, message: expect.stringMatching(/не согласован/) });
    expect(checkTimeline(forged, operator)).toBeNull();
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
