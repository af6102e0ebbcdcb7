// @vitest-environment happy-dom
/**
 * The parts of the case workspace issue 6 names that the flow tests do not look at closely: the
 * captured message's links and times, the checklist that advises and never blocks, a private
 * answer (seed 001 p. 3.4), a clarification request (seed 003 p. 13), the executor's stand-in
 * (seed 002 p. 6), and moments typed on the 24-hour clock.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { putDirectoryRecord } from '../../utils/db/directory';
import { setLocale } from '../../utils/i18n/index';
import { zonedTimeToInstant } from '../../utils/worktime/zone';
import { CaseWorkspace } from './CaseWorkspace';
import { formatMoment, toLocalInput } from './format';
import { addPerson, byTestId, click, db, dbApi, memoryStorage, mount, resetDatabase, seedCase, setValue, waitFor } from './test-support';
import { fieldError } from '../test-dom';

const ZONE = 'Europe/Moscow'; // Korenovsk, the default regulation
let view: ReturnType<typeof mount> | undefined;
afterEach(() => view?.unmount());

function open(caseId: string) {
  view = mount(<CaseWorkspace caseId={caseId} api={dbApi()} copy={async () => true} storage={memoryStorage()} openCase={vi.fn()} openUrl={vi.fn()} />);
  return view.root;
}
const waitStatus = (root: HTMLElement, status: string) => waitFor(() => byTestId(root, 'case')?.getAttribute('data-status') === status);
const stored = async (id: string) => (await db.cases.get(id))!;
const append = (id: string, type: string, data: unknown, version: number) => dbApi().appendEvent(id, { type: type as 'note', data }, version);
const blur = (el: Element | null) => el?.dispatchEvent(new FocusEvent('blur'));

beforeEach(async () => {
  setLocale('ru');
  await resetDatabase();
  await addPerson('petrov', 'Пётр Петров');
  await addPerson('ivanova', 'Мария Иванова', { department: 'Отдел ЖКХ' });
});

describe('the captured message', () => {
  it('links the author’s profile, the item and the thread, and gives the posted and detected times in the administration’s zone', async () => {
    const id = await seedCase();
    const root = open(id);
    await waitFor(() => byTestId(root, 'captured-text'));
    const c = await stored(id);
    expect(byTestId(root, 'author-link')!.getAttribute('href')).toBe('https://vk.com/id42');
    expect(byTestId(root, 'author-link')!.textContent).toContain('Иван Петров');
    expect(byTestId(root, 'item-link')!.getAttribute('href')).toBe(c.url);
    expect(byTestId(root, 'thread-link')!.getAttribute('href')).toBe('https://vk.com/wall-1_2');
    const now = Date.now();
    expect(byTestId(root, 'posted-at')!.textContent).toBe(`«20 минут назад» (${formatMoment(c.postedAt!, ZONE, now)})`);
    expect(byTestId(root, 'detected-at')!.textContent).toBe(formatMoment(c.detectedAt, ZONE, now));
    expect(root.querySelector('[data-testid="captured"]')!.textContent).toContain('Выявлено');
  });

  it('takes a missing posting time as a date and a 24-hour time, refusing a time that is not one', async () => {
    const id = await seedCase({ postedAt: undefined, postedAtText: undefined, missing: ['postedAt'] });
    const root = open(id);
    click(await waitFor(() => byTestId(root, 'fill-missing')));
    const c = await stored(id);
    const day = toLocalInput(c.detectedAt - 24 * 3600_000, ZONE).slice(0, 10);
    setValue(byTestId(root, 'fill-postedAt'), day);
    expect(fieldError(byTestId(root, 'fill-postedAt-time'))).toBe('Укажите время в формате ЧЧ:ММ, например 09:00');
    expect((byTestId(root, 'fill-submit') as HTMLButtonElement).disabled).toBe(true);
    setValue(byTestId(root, 'fill-postedAt-time'), '9:75');
    blur(byTestId(root, 'fill-postedAt-time'));
    await waitFor(() => fieldError(byTestId(root, 'fill-postedAt-time')) === 'Минуты — от 00 до 59');
    expect((byTestId(root, 'fill-submit') as HTMLButtonElement).disabled).toBe(true);
    setValue(byTestId(root, 'fill-postedAt-time'), '9:05');
    expect((byTestId(root, 'fill-submit') as HTMLButtonElement).disabled).toBe(false);
    click(byTestId(root, 'fill-submit'));
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    await waitFor(async () => (await stored(id)).postedAt !== undefined);
    expect((await stored(id)).postedAt).toBe(zonedTimeToInstant({ year: y, month: m, day: d, hour: 9, minute: 5 }, ZONE));
  });
});

describe('drafting', () => {
  it('lists the regulation’s checklist and submits with nothing ticked: it advises, never blocks', async () => {
    const id = await seedCase();
    await append(id, 'routed', { executors: ['ivanova'] }, 1);
    const root = open(id);
    const checklist = await waitFor(() => byTestId(root, 'draft-checklist'));
    const items = [...checklist.querySelectorAll('input[data-testid^="check-"]')].map((el) => el.getAttribute('data-testid'));
    expect(items).toEqual(expect.arrayContaining(['check-toThePoint', 'check-networkFormat', 'check-proofAttached', 'check-spelling']));
    expect(items).not.toContain('check-whatWasDone');
    setValue(byTestId(root, 'draft-text'), 'Фонарь заменим до пятницы.');
    expect(root.textContent).toContain(`не отмечено пунктов: ${items.length}`);
    click(byTestId(root, 'check-toThePoint'));
    expect(root.textContent).toContain(`не отмечено пунктов: ${items.length - 1}`);
    click(byTestId(root, 'submit-draft'));
    await waitStatus(root, 'onApproval');
  });

  it('answers a private message privately: no insertion into a thread, the text to send by hand', async () => {
    const id = await seedCase({ kind: 'message', itemKey: 'im-1', ref: { ownerId: '-1', peerId: '42' } as never, url: 'https://vk.com/im?sel=42', threadUrl: 'https://vk.com/im?sel=42' });
    await append(id, 'routed', { executors: ['ivanova'] }, 1);
    const root = open(id);
    await waitFor(() => byTestId(root, 'draft-text'));
    expect((byTestId(root, 'draft-visibility-private') as HTMLInputElement).checked).toBe(true);
    setValue(byTestId(root, 'draft-text'), 'Здравствуйте! Ответили вам в личных сообщениях.');
    click(byTestId(root, 'submit-draft'));
    await waitStatus(root, 'onApproval');
    click(byTestId(root, 'approve'));
    await waitStatus(root, 'approved');
    expect(byTestId(root, 'insert-answer')).toBeNull();
    expect(byTestId(root, 'copy-answer')).not.toBeNull();
    expect(byTestId(root, 'publish')!.textContent).toContain('Ответ в личных сообщениях');
    expect((await stored(id)).draft).toMatchObject({ visibility: 'private' });
  });

  it('a case recorded from a selection offers no «Вставить в ветку», only copying and marking published', async () => {
    const id = await seedCase({ network: 'telegram', kind: 'message', itemKey: 'sel-1', markup: 'selection', url: 'https://web.telegram.org/a/#-100', threadUrl: 'https://web.telegram.org/a/#-100' });
    await append(id, 'routed', { executors: ['ivanova'] }, 1);
    const root = open(id);
    await waitFor(() => byTestId(root, 'draft-text'));
    const visibility = byTestId(root, 'draft-visibility-public') as HTMLInputElement | null;
    if (visibility && !visibility.checked) click(visibility);
    setValue(byTestId(root, 'draft-text'), 'Здравствуйте! Яму на Садовой заделают до пятницы.');
    click(byTestId(root, 'submit-draft'));
    await waitStatus(root, 'onApproval');
    click(byTestId(root, 'approve'));
    await waitStatus(root, 'approved');
    expect(byTestId(root, 'insert-answer')).toBeNull();
    expect(byTestId(root, 'copy-answer')).not.toBeNull();
    expect(byTestId(root, 'no-thread-note')!.textContent).toContain('вставить ответ в ветку нельзя');
    expect(byTestId(root, 'mark-published')).not.toBeNull();
  });

  it('a comment is answered publicly by default, and a public answer to a private message is flagged', async () => {
    const id = await seedCase();
    await append(id, 'routed', { executors: ['ivanova'] }, 1);
    const root = open(id);
    await waitFor(() => byTestId(root, 'draft-text'));
    expect((byTestId(root, 'draft-visibility-public') as HTMLInputElement).checked).toBe(true);
    view!.unmount();
    const message = await seedCase({ kind: 'message', itemKey: 'im-2', url: 'https://vk.com/im?sel=43', threadUrl: 'https://vk.com/im?sel=43' });
    await append(message, 'routed', { executors: ['ivanova'] }, 1);
    const other = open(message);
    click(await waitFor(() => byTestId(other, 'draft-visibility-public')));
    expect(other.querySelector('.case-visibility')!.textContent).toContain('личн');
  });

  it('publishes an approved clarification request and waits for the author (seed 003 p. 13)', async () => {
    const id = await seedCase();
    await append(id, 'routed', { executors: ['ivanova'] }, 1);
    const root = open(id);
    setValue(await waitFor(() => byTestId(root, 'draft-kind')), 'clarification');
    setValue(byTestId(root, 'draft-text'), 'Уточните, пожалуйста, номер дома.');
    click(byTestId(root, 'submit-draft'));
    await waitStatus(root, 'onApproval');
    click(byTestId(root, 'approve'));
    await waitStatus(root, 'approved');
    expect(byTestId(root, 'publish')!.getAttribute('data-publication')).toBe('clarificationRequested');
    click(byTestId(root, 'mark-published'));
    await waitStatus(root, 'awaitingAuthor');
    expect((await stored(id)).events.at(-1)).toMatchObject({ type: 'clarificationRequested' });
  });

  it('records the reply’s time typed on the 24-hour clock, and refuses a half-typed one', async () => {
    const at = (minutesAgo: number) => Date.now() - minutesAgo * 60_000;
    const id = await seedCase({ postedAt: at(30), detectedAt: at(20) });
    await dbApi().appendEvent(id, { type: 'routed', data: { executors: ['ivanova'] }, at: at(10) }, 1);
    await dbApi().appendEvent(id, { type: 'draftSubmitted', data: { kind: 'answer', text: 'Фонарь заменим.' }, at: at(8) }, 2);
    await dbApi().appendEvent(id, { type: 'approved', data: {}, at: at(5) }, 3);
    const root = open(id);
    const when = at(2);
    const local = toLocalInput(when, ZONE);
    setValue(await waitFor(() => byTestId(root, 'published-at')), local.slice(0, 10));
    expect((byTestId(root, 'mark-published') as HTMLButtonElement).disabled).toBe(true);
    setValue(byTestId(root, 'published-at-time'), '25:00');
    expect(fieldError(byTestId(root, 'published-at-time'))).toBe('Часы — от 00 до 23');
    expect((byTestId(root, 'mark-published') as HTMLButtonElement).disabled).toBe(true);
    setValue(byTestId(root, 'published-at-time'), local.slice(11).replace(/^0/, ''));
    expect((byTestId(root, 'mark-published') as HTMLButtonElement).disabled).toBe(false);
    click(byTestId(root, 'mark-published'));
    await waitStatus(root, 'answered');
    expect((await stored(id)).reply!.replyAt).toBe(Math.floor(when / 60_000) * 60_000);
  });
});

describe('«Задание исполнителю»', () => {
  it('takes «what is asked» from a template of that kind, with its variables filled in; the draft editor does not offer it', async () => {
    await putDirectoryRecord(db, 'templates', { id: 'visit', name: 'Выезд на место', kind: 'assignment', body: '{{executor}}, прошу выехать на место и сообщить, что сделано.' }, Date.now());
    const id = await seedCase();
    await append(id, 'routed', { executors: ['ivanova'] }, 1);
    const root = open(id);
    const draftTemplates = await waitFor(() => byTestId(root, 'draft-template') as HTMLSelectElement);
    expect([...draftTemplates.options].map((o) => o.value)).not.toContain('visit');
    setValue(byTestId(root, 'assignment-template'), 'visit');
    expect((byTestId(root, 'assignment-request') as HTMLTextAreaElement).value).toBe('Мария Иванова, прошу выехать на место и сообщить, что сделано.');
    expect((byTestId(root, 'assignment-text') as HTMLTextAreaElement).value).toContain('Мария Иванова, прошу выехать на место и сообщить, что сделано.');
  });
});

describe('the executor’s stand-in (seed 002 p. 6)', () => {
  it('says who stands in for an absent executor and routes to the stand-in in one click', async () => {
    const back = Date.now() + 3 * 86_400_000;
    await addPerson('sidorova', 'Анна Сидорова', { substituteId: 'petrov', absentUntil: back });
    const id = await seedCase();
    const root = open(id);
    const select = await waitFor(() => byTestId(root, 'route-executor') as HTMLSelectElement);
    const option = [...select.options].find((o) => o.value === 'sidorova')!;
    const lastDay = toLocalInput(back - 1, ZONE).slice(0, 10).split('-').reverse().join('.');
    expect(option.textContent).toBe(`Анна Сидорова (отсутствует по ${lastDay} включительно)`);
    setValue(select, 'sidorova');
    const note = await waitFor(() => byTestId(root, 'route-absent'));
    expect(note.textContent).toContain('Замещает: Пётр Петров');
    click(byTestId(root, 'route-stand-in'));
    expect((byTestId(root, 'route-executor') as HTMLSelectElement).value).toBe('petrov');
    expect(byTestId(root, 'route-absent')).toBeNull();
    click(byTestId(root, 'route-submit'));
    await waitStatus(root, 'inWork');
    expect((await stored(id)).executors).toEqual(['petrov']);
  });

  it('marks an assigned executor who is away, and says when nobody stands in', async () => {
    await addPerson('sidorova', 'Анна Сидорова', { substituteId: 'petrov' });
    await addPerson('smirnov', 'Олег Смирнов', { absentUntil: Date.now() + 86_400_000 });
    const id = await seedCase();
    await append(id, 'routed', { executors: ['sidorova'] }, 1);
    await db.people.update('sidorova', { absentUntil: Date.now() + 86_400_000 });
    const root = open(id);
    await waitFor(() => byTestId(root, 'routing-summary')!.textContent!.includes('замещает Пётр Петров'));
    click(byTestId(root, 'route-edit'));
    setValue(await waitFor(() => byTestId(root, 'route-executor')), 'smirnov');
    expect((await waitFor(() => byTestId(root, 'route-absent'))).textContent).toContain('Замещающий в справочнике не назначен');
    expect(byTestId(root, 'route-stand-in')).toBeNull();
  });
});
