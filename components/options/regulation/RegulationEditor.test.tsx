// @vitest-environment happy-dom
/**
 * The stage-rule editor's validation inside the regulation editor: Russian messages next to the
 * field, an invalid copy cannot be saved, the live preview follows a valid change, and saving sends
 * the validated regulation to the background.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../../utils/i18n/index';
import { copyRegulation } from '../../../utils/regulation/io';
import { regulationPresets } from '../../../utils/regulation/presets/index';
import type { Regulation } from '../../../utils/regulation/schema';
import { parseLocalDateTime } from '../../../utils/worktime/zone';
import { RegulationEditor } from './RegulationEditor';
import { click, setValue } from '../../test-dom';

const request = vi.hoisted(() => vi.fn());
vi.mock('../../../utils/extension/messaging', () => ({ request }));

let root: HTMLElement;
beforeEach(() => {
  setLocale('ru');
  request.mockReset();
  request.mockResolvedValue({ id: 'korenovsk-copy', updatedAt: 1 });
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

const $ = <T extends Element = HTMLElement>(testId: string) => root.querySelector<T>(`[data-testid="${testId}"]`)!;
/** The error paragraph of the field that holds the control. */
const fieldError = (control: Element) => control.closest('.ui-field')!.querySelector('.ui-field__error')?.textContent ?? null;
const type = setValue;
const choose = setValue;

// Mon 16.03.2026 09:00 MSK: answer due 8 wh later at 18:00; with 6 wh at 16:00.
const NOW = parseLocalDateTime('2026-03-16 09:00', 'Europe/Moscow');

function mount(initial: Regulation = copyRegulation(regulationPresets.korenovsk, 'korenovsk-copy')) {
  const onSaved = vi.fn();
  act(() => render(<RegulationEditor initial={initial} isNew overrides={{}} timeZoneOverride={null} now={NOW} onSaved={onSaved} onDiscard={() => undefined} />, root));
  return { onSaved };
}

describe('the stage-rule editor', () => {
  it('shows every stage collapsed with its term, and the preview of the deadlines', () => {
    mount();
    expect($('stage-answer').hasAttribute('open')).toBe(false);
    expect($('stage-answer-toggle').textContent).toContain('8 часов рабочего времени, срок считается от выявления сообщения · п. 9');
    expect($('preview-answer-due').textContent).toBe('пн, 16.03.2026 18:00');
    expect($('preview-route-due').textContent).toBe('пн, 16.03.2026 09:30');
    expect($('preview-part-due').textContent).toBe('не применяется к примеру');
  });

  it('puts a Russian message next to a duration that is not a number and refuses to save', () => {
    mount();
    const duration = $<HTMLInputElement>('stage-answer-duration');
    type(duration, 'восемь');
    expect(fieldError(duration)).toBe('введите число');
    expect($('stage-answer').hasAttribute('open')).toBe(true);
    expect($<HTMLButtonElement>('regulation-save').disabled).toBe(true);
    expect($('regulation-invalid').textContent).toMatch(/^Исправьте 1 ошибку/);
    expect($('deadline-preview').textContent).toContain('Исправьте ошибки');
    type(duration, '0');
    expect(fieldError(duration)).toMatch(/^Слишком маленькое значение/);
    type(duration, '1,5');
    expect(fieldError(duration)).toBeNull();
  });

  it('refuses whole-number rules: minutes and working days in whole units, working days on the working clock', () => {
    mount();
    const unit = $<HTMLSelectElement>('stage-route-unit');
    const duration = $<HTMLInputElement>('stage-route-duration');
    type(duration, '2,5');
    expect(fieldError(duration)).toBe('нужно целое число');
    type(duration, '2');
    choose(unit, 'workingDays');
    choose($<HTMLSelectElement>('stage-route-clock'), 'calendar');
    expect(fieldError($('stage-route-clock'))).toBe('рабочие дни считаются только по рабочему времени («working»)');
    expect($<HTMLButtonElement>('regulation-save').disabled).toBe(true);
  });

  it('names a loop of «before» terms', () => {
    mount();
    choose($<HTMLSelectElement>('stage-answer-kind'), 'before');
    choose($<HTMLSelectElement>('stage-answer-before'), 'draft');
    expect(fieldError($('stage-answer-before'))).toMatch(/циклическая ссылка между этапами: (answer → draft → answer|draft → answer → draft)/);
    expect($<HTMLButtonElement>('regulation-save').disabled).toBe(true);
  });

  it('updates the live preview on a valid change and saves the validated copy', async () => {
    mount();
    type($<HTMLInputElement>('stage-answer-duration'), '6');
    expect($('preview-answer-due').textContent).toBe('пн, 16.03.2026 16:00');
    // The draft is due 3 wh before the answer: 13:00 → with the lunch break, 12:00.
    expect($('preview-draft-due').textContent).toBe('пн, 16.03.2026 12:00');
    choose($<HTMLSelectElement>('preview-importance'), 'high');
    // p. 17: 4 wh for high importance (the special term is not edited): 09:00–13:00, due at the lunch break.
    expect($('preview-answer-due').textContent).toBe('пн, 16.03.2026 13:00');
    const save = $<HTMLButtonElement>('regulation-save');
    expect(save.disabled).toBe(false);
    await act(async () => save.click());
    expect(request).toHaveBeenCalledTimes(1);
    const [type_, payload] = request.mock.calls[0]!;
    expect(type_).toBe('regulationSave');
    const answer = (payload.regulation as Regulation).stages.find((s) => s.id === 'answer')!;
    expect(answer.term).toEqual({ kind: 'after', duration: 6, unit: 'hours', clock: 'working' });
  });

  it('validates the copy’s id', () => {
    mount();
    type($<HTMLInputElement>('regulation-id'), 'Моя копия');
    expect(fieldError($('regulation-id'))).toBe('только строчные латинские буквы, цифры и дефис');
  });

  it('edits the event a stage counts from and who acts, and saves them', async () => {
    mount();
    const toggle = $('stage-route-toggle');
    choose($<HTMLSelectElement>('stage-route-from'), 'posted');
    expect(toggle.textContent).toContain('от публикации сообщения');
    choose($<HTMLSelectElement>('stage-route-actor'), 'executor');
    choose($<HTMLSelectElement>('stage-route-clock'), 'calendar');
    await act(async () => $<HTMLButtonElement>('regulation-save').click());
    const route = (request.mock.calls[0]![1].regulation as Regulation).stages.find((s) => s.id === 'route')!;
    expect(route).toMatchObject({ from: 'posted', actor: 'executor', term: { kind: 'after', duration: 30, unit: 'minutes', clock: 'calendar' } });
  });

  it('takes the sample’s detection time on the 24-hour clock', () => {
    mount();
    const time = $<HTMLInputElement>('preview-detected-time');
    expect(time.type).toBe('text');
    expect(time.value).toBe('09:00');
    type(time, '14');
    // Detected at 14:00: 4 working hours today (14:00–18:00), the other 4 end at 13:00 tomorrow.
    expect($('preview-answer-due').textContent).toBe('вт, 17.03.2026 13:00');
    type(time, '14:75');
    expect(fieldError(time)).toBe('Минуты — от 00 до 59');
    expect($('deadline-preview').textContent).toContain('Исправьте ошибки');
  });
});

describe('the events that complete and reopen a stage', () => {
  const stageOf = (call: number, id: string) => (request.mock.calls[call]![1].regulation as Regulation).stages.find((s) => s.id === id)!;

  it('edits doneBy: type, kind, every executor, adding and removing rows; the reading follows and the save holds exactly those events', async () => {
    mount();
    expect($('stage-draft-done-text').textContent).toBe('Выполнен, когда: Проект направлен на согласование (ответ), Проект направлен на согласование (промежуточный ответ)');
    // A kind the new type also has is kept; one it lacks falls back to «любой вид».
    choose($<HTMLSelectElement>('stage-draft-done-0-type'), 'published');
    expect($<HTMLSelectElement>('stage-draft-done-0-kind').value).toBe('answer');
    choose($<HTMLSelectElement>('stage-draft-done-1-type'), 'published');
    expect($<HTMLSelectElement>('stage-draft-done-1-kind').value).toBe('');
    choose($<HTMLSelectElement>('stage-draft-done-1-kind'), 'explanation');
    expect([...$<HTMLSelectElement>('stage-draft-done-1-kind').options].map((o) => o.textContent)).toEqual(['любой вид', 'ответ', 'разъяснение']);
    // A type without kinds has no kind select.
    click($('stage-draft-done-add'));
    expect($<HTMLSelectElement>('stage-draft-done-2-type').value).toBe('draftSubmitted');
    choose($<HTMLSelectElement>('stage-draft-done-2-type'), 'partSubmitted');
    expect($('stage-draft-done-2-kind')).toBeNull();
    click($('stage-draft-done-2-every'));
    expect($<HTMLInputElement>('stage-draft-done-2-every').checked).toBe(true);
    click($('stage-draft-done-0-remove'));
    expect($('stage-draft-done-text').textContent).toBe('Выполнен, когда: Ответ опубликован (разъяснение), Соисполнитель прислал свою часть (от каждого исполнителя)');
    expect($('regulation-invalid')).toBeNull();
    await act(async () => $<HTMLButtonElement>('regulation-save').click());
    expect(stageOf(0, 'draft').doneBy).toEqual([{ type: 'published', kind: 'explanation' }, { type: 'partSubmitted', everyExecutor: true }]);
  });

  it('keeps the last doneBy event, says why, and stops adding at 8', () => {
    mount();
    const remove = $<HTMLButtonElement>('stage-route-done-0-remove');
    expect(remove.disabled).toBe(true);
    const hint = $('stage-route-done-last-hint');
    expect(hint.textContent).toMatch(/^Этап должен выполняться хотя бы одним событием/);
    expect(remove.getAttribute('aria-describedby')).toBe(hint.id);
    // Of two, either can go; then the one left is kept.
    expect($('stage-approve-done-last-hint')).toBeNull();
    click($('stage-approve-done-0-remove'));
    expect($<HTMLButtonElement>('stage-approve-done-0-remove').disabled).toBe(true);
    expect($<HTMLSelectElement>('stage-approve-done-0-type').value).toBe('returnedForRevision');
    for (let i = 1; i < 8; i++) click($('stage-route-done-add'));
    expect($<HTMLButtonElement>('stage-route-done-add').disabled).toBe(true);
    expect($('stage-route-done').textContent).toContain('Не больше 8 событий.');
    expect($('regulation-invalid')).toBeNull();
  });

  it('adds a reopenedBy event and removes it: an empty list leaves the field out of the saved rule', async () => {
    mount();
    expect($('stage-draft-reopened-text').textContent).toBe('Снова открыт, когда: не открывается снова');
    click($('stage-draft-reopened-add'));
    expect($('stage-draft-reopened-0-every')).toBeNull();
    // An event that already completes the stage cannot open it again (it would never complete it).
    choose($<HTMLSelectElement>('stage-draft-reopened-0-type'), 'draftSubmitted');
    choose($<HTMLSelectElement>('stage-draft-reopened-0-kind'), 'interim');
    expect($('stage-draft-reopened-0').textContent).toContain('событие «draftSubmitted (interim)» уже выполняет этот этап и не может открывать его снова');
    expect($<HTMLButtonElement>('regulation-save').disabled).toBe(true);
    choose($<HTMLSelectElement>('stage-draft-reopened-0-type'), 'returnedForRevision');
    expect($('stage-draft-reopened-text').textContent).toBe('Снова открыт, когда: Проект возвращён на доработку');
    expect($<HTMLButtonElement>('stage-draft-reopened-0-remove').disabled).toBe(false);
    await act(async () => $<HTMLButtonElement>('regulation-save').click());
    expect(stageOf(0, 'draft').reopenedBy).toEqual([{ type: 'returnedForRevision' }]);
    click($('stage-draft-reopened-0-remove'));
    expect($('stage-draft-reopened-0')).toBeNull();
    await act(async () => $<HTMLButtonElement>('regulation-save').click());
    expect('reopenedBy' in stageOf(1, 'draft')).toBe(false);
    expect(stageOf(1, 'draft').doneBy).toEqual(regulationPresets.korenovsk.stages.find((s) => s.id === 'draft')!.doneBy);
  });

  it('starts a new «opens again» row with an event that does not already complete the stage', () => {
    mount();
    click($('stage-approve-reopened-add'));
    const type = $<HTMLSelectElement>('stage-approve-reopened-0-type').value;
    expect(['approved', 'returnedForRevision']).not.toContain(type);
    expect($('stage-approve-reopened-0').querySelector('.ui-field__error')).toBeNull();
  });

  it('puts the schema’s message at a row whose kind does not belong to its type, and refuses to save until it is fixed', () => {
    const initial = copyRegulation(regulationPresets.korenovsk, 'korenovsk-copy');
    const route = initial.stages.find((s) => s.id === 'route')!;
    route.doneBy = [{ type: 'routed', kind: 'answer' }];
    route.reopenedBy = [{ type: 'published', kind: 'interim' }];
    mount(initial);
    expect($('stage-route').hasAttribute('open')).toBe(true);
    const kind = $<HTMLSelectElement>('stage-route-done-0-kind');
    expect(kind.value).toBe('answer');
    expect(fieldError(kind)).toBe('вид «answer» не бывает у события «routed»');
    expect(fieldError($('stage-route-reopened-0-kind'))).toBe('вид «interim» не бывает у события «published»');
    expect($<HTMLButtonElement>('regulation-save').disabled).toBe(true);
    expect($('regulation-invalid').textContent).toMatch(/^Исправьте 2 ошибки/);
    choose(kind, '');
    expect($('stage-route-done-0-kind')).toBeNull();
    choose($<HTMLSelectElement>('stage-route-reopened-0-kind'), 'answer');
    expect(fieldError($('stage-route-reopened-0-kind'))).toBeNull();
    expect($<HTMLButtonElement>('regulation-save').disabled).toBe(false);
  });

  it('names the events, kinds and buttons in English', () => {
    setLocale('en');
    mount();
    const type_ = $<HTMLSelectElement>('stage-part-done-0-type');
    expect(type_.closest('.ui-field')!.querySelector('label')!.textContent).toBe('Event');
    expect(type_.selectedOptions[0]!.textContent).toBe("Co-executor's part submitted");
    expect($('stage-part-done-0-every').closest('label')!.textContent).toBe('from every executor (except the lead)');
    expect($('stage-part-done-text').textContent).toBe("Done when: Co-executor's part submitted (from every executor)");
    expect($('stage-part-done-add').textContent).toBe('Add an event');
    expect($('stage-part-done-last-hint').textContent).toMatch(/^A stage needs at least one event/);
    expect([...$<HTMLSelectElement>('stage-draft-done-0-kind').options].map((o) => o.textContent)).toEqual(['any kind', 'answer', 'interim answer', 'clarification request', 'explanation']);
    expect($('stage-draft-reopened-text').textContent).toBe('Open again when: never reopened');
  });
});
