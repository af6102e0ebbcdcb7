// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calendarFor, computeDeadlines } from '../../utils/cases/deadlines';
import { regulationPresets } from '../../utils/regulation/index';
import { UserFacingError } from '../../utils/validation/index';
import type { CaseApi } from './api';
import { CaseWorkspace } from './CaseWorkspace';
import { addPerson, byTestId, click, db, dbApi, memoryStorage, mount, resetDatabase, seedCase, setValue, waitFor } from './test-support';

let view: ReturnType<typeof mount> | undefined;
/** What the workspace put on the clipboard during the test. */
let copied: string[] = [];
beforeEach(() => {
  copied = [];
});
afterEach(() => view?.unmount());

function open(caseId: string, api: CaseApi = dbApi(), storage = memoryStorage()) {
  const openUrl = vi.fn();
  view = mount(<CaseWorkspace caseId={caseId} api={api} copy={async (text) => { copied.push(text); return true; }} storage={storage} openCase={vi.fn()} openUrl={openUrl} />);
  return { root: view.root, openUrl, storage };
}
const statusOf = (root: HTMLElement) => byTestId(root, 'case')?.getAttribute('data-status');
const waitStatus = (root: HTMLElement, status: string) => waitFor(() => statusOf(root) === status);
const stored = async (id: string) => (await db.cases.get(id))!;

describe('CaseWorkspace', () => {
  beforeEach(async () => {
    await resetDatabase();
    await addPerson('ivanova', 'Мария Иванова', { department: 'Отдел ЖКХ', phone: '+7 861 000-00-00' });
    await addPerson('petrov', 'Пётр Петров');
  });

  it('shows the captured message as text, line breaks kept, with missing fields filled by hand', async () => {
    const id = await seedCase({ text: '<img src=x onerror=alert(1)>\nвторая строка', author: {}, postedAt: undefined, postedAtText: undefined, missing: ['author.name', 'postedAt'] });
    const { root } = open(id);
    const text = await waitFor(() => byTestId(root, 'captured-text'));
    expect(text.textContent).toBe('<img src=x onerror=alert(1)>\nвторая строка');
    expect(text.querySelector('img')).toBeNull();
    expect(byTestId(root, 'missing-fields')!.textContent).toContain('имя автора, время публикации');

    click(byTestId(root, 'fill-missing'));
    setValue(byTestId(root, 'fill-author-name'), 'Анна Смирнова');
    click(byTestId(root, 'fill-submit'));
    await waitFor(() => byTestId(root, 'captured')!.textContent!.includes('Анна Смирнова'));
    const c = await stored(id);
    expect(c.events.at(-1)).toMatchObject({ type: 'edited', data: { field: 'author.name', from: null, to: 'Анна Смирнова' } });
    expect(c.missing).toEqual(['postedAt']);
  });

  it('lists every stage deadline of the regulation, as computeDeadlines gives it', async () => {
    const id = await seedCase();
    const { root } = open(id);
    await waitFor(() => byTestId(root, 'deadline-row'));
    const c = await stored(id);
    const expected = computeDeadlines(c, regulationPresets.korenovsk, calendarFor(regulationPresets.korenovsk));
    const rows = [...root.querySelectorAll('[data-testid="deadline-row"]')];
    expect(rows.map((r) => [r.getAttribute('data-stage'), Number(r.getAttribute('data-due'))])).toEqual(expected.map((d) => [d.stage, d.due]));
    expect(byTestId(root, 'next-deadline')!.getAttribute('data-stage')).toBe('route');
    expect(rows[0]!.textContent).toContain('Куратор');
  });

  it('routes with a high importance, previewing the shorter answer deadline first', async () => {
    const id = await seedCase();
    const { root } = open(id);
    await waitFor(() => byTestId(root, 'route-executor'));
    setValue(byTestId(root, 'route-executor'), 'ivanova');
    setValue(byTestId(root, 'route-importance'), 'high');
    const preview = await waitFor(() => byTestId(root, 'importance-preview'));
    expect(preview.textContent).toContain('Ответ размещён (общий срок)');
    click(byTestId(root, 'route-submit'));
    await waitStatus(root, 'inWork');
    const c = await stored(id);
    expect(c.events.at(-1)).toMatchObject({ type: 'routed', data: { executors: ['ivanova'], importance: 'high' } });
    expect(byTestId(root, 'routing-summary')!.textContent).toContain('Мария Иванова');
    expect(byTestId(root, 'case-important')).not.toBeNull();
  });

  it('offers only what the workflow allows: no draft before routing where the operator does not approve', async () => {
    const id = await seedCase();
    const { root } = open(id);
    await waitFor(() => byTestId(root, 'route-executor'));
    expect(byTestId(root, 'draft-text')).toBeNull();
    expect(byTestId(root, 'approve')).toBeNull();
    expect(byTestId(root, 'mark-published')).toBeNull();
  });

  it('drafts with hints and autosave, returns with a reason, and approves the revision', async () => {
    const id = await seedCase();
    const storage = memoryStorage();
    const { root } = open(id, dbApi(), storage);
    await waitFor(() => byTestId(root, 'route-executor'));
    setValue(byTestId(root, 'route-executor'), 'ivanova');
    click(byTestId(root, 'route-submit'));
    await waitStatus(root, 'inWork');

    const textarea = (await waitFor(() => byTestId(root, 'draft-text'))) as HTMLTextAreaElement;
    expect(textarea.getAttribute('lang')).toBe('ru');
    // happy-dom has no `spellcheck` property; a browser reflects it as the attribute.
    expect(textarea.spellcheck === true || textarea.getAttribute('spellcheck') === 'true').toBe(true);
    setValue(textarea, 'в целях ремонта данной дорoги  ждите');
    const hints = await waitFor(() => byTestId(root, 'draft-hints'));
    expect([...hints.querySelectorAll('[data-hint]')].map((h) => h.getAttribute('data-hint'))).toEqual(['capital', 'bureaucratese', 'bureaucratese', 'mixedScript', 'doubleSpace', 'finalPunctuation']);
    expect(JSON.parse(storage.map.get(`otklik:draft:${id}`)!)).toMatchObject({ text: 'в целях ремонта данной дорoги  ждите' });
    // A one-click fix for the Latin letter.
    const mixed = root.querySelector('[data-hint="mixedScript"] [data-testid="hint-fix"]');
    click(mixed);
    expect(textarea.value).toBe('в целях ремонта данной дороги  ждите');

    click(byTestId(root, 'submit-draft'));
    await waitStatus(root, 'onApproval');
    expect(storage.map.has(`otklik:draft:${id}`)).toBe(false);

    const returnButton = byTestId(root, 'return-draft') as HTMLButtonElement;
    expect(returnButton.disabled).toBe(true);
    setValue(byTestId(root, 'return-reason'), 'other');
    expect((byTestId(root, 'return-draft') as HTMLButtonElement).disabled).toBe(true); // «Другое» needs words
    setValue(byTestId(root, 'return-comment'), 'Уберите канцелярит.');
    click(byTestId(root, 'return-draft'));
    await waitStatus(root, 'returned');
    expect(byTestId(root, 'last-return')!.textContent).toContain('Уберите канцелярит.');
    expect(((await waitFor(() => byTestId(root, 'draft-text'))) as HTMLTextAreaElement).value).toBe('в целях ремонта данной дороги  ждите');

    setValue(byTestId(root, 'draft-text'), 'Фонарь заменим до пятницы.');
    click(byTestId(root, 'submit-draft'));
    await waitStatus(root, 'onApproval');
    click(byTestId(root, 'approve'));
    await waitStatus(root, 'approved');
    expect((await stored(id)).events.map((e) => e.type)).toEqual(['captured', 'routed', 'draftSubmitted', 'returnedForRevision', 'draftSubmitted', 'approved']);
  });

  it('shows a refused action’s Russian message and changes nothing', async () => {
    const id = await seedCase();
    const refusing: CaseApi = { ...dbApi(), appendEvent: () => Promise.reject(new UserFacingError('Дело изменено в другом окне.', 'conflict')) };
    const { root } = open(id, refusing);
    await waitFor(() => byTestId(root, 'route-executor'));
    setValue(byTestId(root, 'route-executor'), 'ivanova');
    click(byTestId(root, 'route-submit'));
    await waitFor(() => byTestId(root, 'routing')!.textContent!.includes('Дело изменено в другом окне.'));
    expect((await stored(id)).version).toBe(1);
    expect(statusOf(root)).toBe('new');
  });

  it('after approval: insertion failing gracefully, then «Отметить опубликованным» with the reply link', async () => {
    const id = await seedCase();
    await dbApi().appendEvent(id, { type: 'routed', data: { executors: ['ivanova'] } }, 1);
    await dbApi().appendEvent(id, { type: 'draftSubmitted', data: { kind: 'answer', text: 'Фонарь заменим до пятницы.' } }, 2);
    await dbApi().appendEvent(id, { type: 'approved', data: {} }, 3);
    const { root } = open(id);
    click(await waitFor(() => byTestId(root, 'insert-answer')));
    expect((await waitFor(() => byTestId(root, 'insert-error'))).textContent).toContain('Неизвестная команда «insertAnswer».');
    expect(statusOf(root)).toBe('approved');

    setValue(byTestId(root, 'published-url'), 'https://vk.com/wall-1_2?reply=77');
    click(byTestId(root, 'mark-published'));
    await waitStatus(root, 'answered');
    expect((await stored(id)).reply).toMatchObject({ eventType: 'published', url: 'https://vk.com/wall-1_2?reply=77', text: 'Фонарь заменим до пятницы.' });
    expect(byTestId(root, 'reply-info')!.textContent).toContain('Ответ опубликован');
    expect(byTestId(root, 'timeline')!.querySelectorAll('li')).toHaveLength(5);
  });

  it('shows what the on-page insertion reports', async () => {
    const id = await seedCase();
    await dbApi().appendEvent(id, { type: 'routed', data: { executors: ['ivanova'] } }, 1);
    await dbApi().appendEvent(id, { type: 'draftSubmitted', data: { kind: 'answer', text: 'Ответ.' } }, 2);
    await dbApi().appendEvent(id, { type: 'approved', data: {} }, 3);
    const insert = vi.fn(async () => ({ outcome: 'copied' as const, message: 'Поле ответа не найдено: текст скопирован.' }));
    const { root } = open(id, dbApi(insert));
    click(await waitFor(() => byTestId(root, 'insert-answer')));
    const result = (await waitFor(() => byTestId(root, 'insert-result'))).textContent;
    expect(result).toContain('Поле ответа не найдено: текст скопирован.');
    // The panel copied the approved text inside the click, before asking the page.
    expect(result).toContain('уже в буфере обмена');
    expect(copied).toEqual(['Ответ.']);
    expect(insert).toHaveBeenCalledWith(id);
  });

  it('where the operator approves (Idrinsky), drafts without an executor and publishes without a separate approval', async () => {
    await resetDatabase('idrinsky');
    const id = await seedCase();
    const { root } = open(id);
    const textarea = await waitFor(() => byTestId(root, 'draft-text'));
    expect(byTestId(root, 'route-executor')!.closest('.ui-field')!.textContent).toContain('Можно не указывать');
    setValue(byTestId(root, 'draft-kind'), 'explanation');
    await waitFor(() => byTestId(root, 'explanation-grounds'));
    setValue(textarea, 'Вопрос относится к ведению края: обратитесь в министерство.');
    click(byTestId(root, 'submit-draft'));
    await waitStatus(root, 'onApproval');
    setValue(await waitFor(() => byTestId(root, 'published-url')), 'https://vk.com/wall-1_2?reply=5');
    click(byTestId(root, 'mark-published'));
    await waitStatus(root, 'answered');
    expect((await stored(id)).events.at(-1)).toMatchObject({ type: 'published', data: { kind: 'explanation' } });
  });
});
