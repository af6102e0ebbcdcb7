// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CasePicker } from './CasePicker';
import { CaseWorkspace } from './CaseWorkspace';
import { addPerson, byTestId, click, db, dbApi, memoryStorage, mount, resetDatabase, seedCase, setValue, waitFor } from './test-support';

let view: ReturnType<typeof mount> | undefined;
afterEach(() => view?.unmount());

function open(caseId: string, storage = memoryStorage()) {
  const openCase = vi.fn();
  view = mount(<CaseWorkspace caseId={caseId} api={dbApi()} copy={async () => true} storage={storage} openCase={openCase} openUrl={vi.fn()} />);
  return { root: view.root, openCase, storage };
}
const waitStatus = (root: HTMLElement, status: string) => waitFor(() => byTestId(root, 'case')?.getAttribute('data-status') === status);
const stored = async (id: string) => (await db.cases.get(id))!;
const openMore = (root: HTMLElement) => ((byTestId(root, 'more-actions') as HTMLDetailsElement).open = true);
const append = (id: string, type: string, data: unknown, version: number) => dbApi().appendEvent(id, { type: type as 'note', data }, version);

beforeEach(async () => {
  await resetDatabase();
  await addPerson('ivanova', 'Мария Иванова', { email: 'ivanova@example.org' });
  await addPerson('petrov', 'Пётр Петров');
  await addPerson('sidorova', 'Анна Сидорова');
});

describe('CasePicker', () => {
  it('tells how to capture when nothing is open, then lists open cases to pick from', async () => {
    const onOpen = vi.fn();
    view = mount(<CasePicker onOpen={onOpen} />);
    await waitFor(() => byTestId(view!.root, 'picker-empty'));
    expect(view.root.textContent).toContain('Взять в работу');
    const id = await seedCase({ text: 'Первая строка\nвторая' });
    const item = await waitFor(() => byTestId(view!.root, 'picker-case'));
    expect(item.textContent).toContain('Первая строка');
    expect(item.textContent).toContain('раб.');
    click(item);
    expect(onOpen).toHaveBeenCalledWith(id);
  });
});

describe('CaseWorkspace outcomes', () => {
  it('returns as outside competence with a reason, and the curator re-routes', async () => {
    const id = await seedCase();
    await append(id, 'routed', { executors: ['ivanova'] }, 1);
    const { root } = open(id);
    click(await waitFor(() => byTestId(root, 'not-competent-open')));
    setValue(byTestId(root, 'not-competent-reason'), 'Это вопрос МКУ «Благоустройство».');
    click(byTestId(root, 'not-competent-submit'));
    await waitStatus(root, 'notCompetent');
    const reroute = await waitFor(() => root.querySelector('[data-testid="deadline-row"][data-stage="reroute"]'));
    expect(reroute.getAttribute('data-state')).toBe('pending');
    setValue(await waitFor(() => byTestId(root, 'route-executor')), 'petrov');
    click(byTestId(root, 'route-submit'));
    await waitStatus(root, 'inWork');
    expect((await stored(id)).executors).toEqual(['petrov']);
  });

  it('collects co-executors’ parts and composes the lead’s joint draft from them', async () => {
    const id = await seedCase();
    const { root } = open(id);
    setValue(await waitFor(() => byTestId(root, 'route-executor')), 'ivanova');
    click(byTestId(root, 'route-add-coexecutor'));
    setValue(await waitFor(() => byTestId(root, 'route-coexecutor')), 'petrov');
    setValue(await waitFor(() => byTestId(root, 'route-lead')), 'ivanova');
    click(byTestId(root, 'route-submit'));
    await waitStatus(root, 'inWork');
    expect(await stored(id)).toMatchObject({ executors: ['ivanova', 'petrov'], lead: 'ivanova' });

    const part = await waitFor(() => root.querySelector('[data-testid="joint-part"][data-executor="petrov"]'));
    expect(part.getAttribute('data-state')).toBe('pending');
    setValue(byTestId(root, 'part-text'), 'Фонарь в плане замены на декабрь.');
    click(byTestId(root, 'submit-part'));
    await waitFor(() => root.querySelector('[data-testid="joint-part"][data-executor="petrov"][data-state="sent"]'));
    setValue(byTestId(root, 'draft-text'), 'Здравствуйте!');
    click(byTestId(root, 'compose-joint'));
    expect((byTestId(root, 'draft-text') as HTMLTextAreaElement).value).toBe('Здравствуйте!\n\nФонарь в плане замены на декабрь.');
  });

  it('rejects on Idrinsky’s «already answered on the site» only with the site’s address', async () => {
    await resetDatabase('idrinsky');
    const id = await seedCase();
    const { root } = open(id);
    await waitFor(() => byTestId(root, 'more-actions'));
    openMore(root);
    setValue(byTestId(root, 'reject-reason'), 'alreadyAnswered');
    expect((byTestId(root, 'reject') as HTMLButtonElement).disabled).toBe(true);
    expect(byTestId(root, 'reject-form')!.textContent).toContain('адрес');
    setValue(byTestId(root, 'reject-site-url'), 'https://idra.example/info/lights');
    click(byTestId(root, 'reject'));
    await waitStatus(root, 'notSubject');
    expect((await stored(id)).events.at(-1)).toMatchObject({ type: 'rejected', data: { reason: 'alreadyAnswered', siteUrl: 'https://idra.example/info/lights' } });
  });

  it('converts to a 59-FZ appeal only with consent and an address, then gives the text and the mailbox', async () => {
    await resetDatabase('idrinsky');
    const id = await seedCase();
    const { root } = open(id);
    await waitFor(() => byTestId(root, 'more-actions'));
    openMore(root);
    expect((byTestId(root, 'appeal-name') as HTMLInputElement).value).toBe('Иван Петров');
    setValue(byTestId(root, 'appeal-postal'), '662680, с. Идринское, ул. Мира, 1');
    expect((byTestId(root, 'convert-appeal') as HTMLButtonElement).disabled).toBe(true);
    click(byTestId(root, 'appeal-consent'));
    click(byTestId(root, 'convert-appeal'));
    await waitStatus(root, 'appeal');
    const text = (await waitFor(() => byTestId(root, 'appeal-text')) as HTMLTextAreaElement).value;
    expect(text).toContain('Почтовый адрес для ответа: 662680, с. Идринское, ул. Мира, 1');
    expect(text).toContain('«Когда починят фонарь?\nТемно уже неделю.»');
    expect(byTestId(root, 'appeal-mailto')!.getAttribute('href')).toMatch(/^mailto:pub59524@krasmail\.ru\?subject=/);
  });

  it('writes the assignment for the executor with every pending deadline in the administration’s time', async () => {
    const id = await seedCase();
    await append(id, 'routed', { executors: ['ivanova'] }, 1);
    const { root } = open(id);
    const text = ((await waitFor(() => byTestId(root, 'assignment-text'))) as HTMLTextAreaElement).value;
    expect(text).toContain('Кому: Мария Иванова');
    expect(text).toContain('Сроки (время администрации, GMT+3):');
    const pending = [...root.querySelectorAll('[data-testid="deadline-row"][data-state="pending"], [data-testid="deadline-row"][data-state="overdue"]')];
    expect(pending.length).toBeGreaterThan(0);
    for (const row of pending) expect(text).toContain(`${row.querySelector('.case-deadline__label')!.textContent}: до `);
    expect(root.querySelector('[data-testid="assignment"] a[href^="mailto:ivanova@example.org"]')).not.toBeNull();
  });

  it('offers an earlier case of the same author as a repeat and links it', async () => {
    const earlier = await seedCase({ text: 'Фонарь у школы не горит.' });
    const id = await seedCase({ text: 'Опять не горит фонарь у школы!' });
    await append(id, 'routed', { executors: ['ivanova'] }, 1);
    const { root } = open(id);
    await waitFor(() => byTestId(root, 'more-actions'));
    openMore(root);
    const offer = await waitFor(() => root.querySelector(`[data-testid="repeat-offer"][data-case-id="${earlier}"]`));
    click(offer.querySelector('[data-testid="link-repeat"]'));
    await waitFor(() => byTestId(root, 'repeat-of'));
    expect((await stored(id)).repeatOf).toBe(earlier);
    // The answer to a repeat must say what was done (seed 000 p. 12).
    expect(byTestId(root, 'draft-checklist')!.textContent).toContain('Повторное сообщение');
  });

  it('closes an answered case in one click and reopens it only with a reason', async () => {
    const id = await seedCase();
    await append(id, 'routed', { executors: ['ivanova'] }, 1);
    await append(id, 'draftSubmitted', { kind: 'answer', text: 'Заменим.' }, 2);
    await append(id, 'approved', {}, 3);
    await append(id, 'published', { kind: 'answer' }, 4);
    const { root } = open(id);
    await waitFor(() => byTestId(root, 'more-actions'));
    openMore(root);
    click(byTestId(root, 'close-case'));
    await waitStatus(root, 'closed');
    expect((byTestId(root, 'reopen-case') as HTMLButtonElement).disabled).toBe(true);
    setValue(byTestId(root, 'reopen-reason'), 'Автор пишет, что фонарь снова погас.');
    click(byTestId(root, 'reopen-case'));
    await waitStatus(root, 'inWork');
  });

  it('names actors from the directory in the timeline and adds notes', async () => {
    const id = await seedCase();
    const { root } = open(id);
    setValue(await waitFor(() => byTestId(root, 'note-text')), 'Позвонили автору.');
    click(byTestId(root, 'add-note'));
    const note = await waitFor(() => byTestId(root, 'timeline')!.querySelector('[data-event-type="note"]'));
    expect(note.textContent).toContain('Позвонили автору.');
    expect(note.textContent).toContain('Оператор');
  });

  it('keeps an unsent draft across a closed and reopened panel', async () => {
    const id = await seedCase();
    await append(id, 'routed', { executors: ['ivanova'] }, 1);
    const storage = memoryStorage();
    let { root } = open(id, storage);
    setValue(await waitFor(() => byTestId(root, 'draft-text')), 'Начатый ответ');
    setValue(byTestId(root, 'draft-kind'), 'clarification');
    view!.unmount();
    ({ root } = open(id, storage));
    expect(((await waitFor(() => byTestId(root, 'draft-text'))) as HTMLTextAreaElement).value).toBe('Начатый ответ');
    expect((byTestId(root, 'draft-kind') as HTMLSelectElement).value).toBe('clarification');
    expect(byTestId(root, 'draft-status')!.textContent).toContain('черновик сохранён');
  });
});
