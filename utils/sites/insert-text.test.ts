// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { insertText, normaliseEditorText, planInsertion, type EditingCommands } from './insert-text';

describe('planInsertion', () => {
  it('replaces an empty editor (it may hold a placeholder <br>)', () => {
    expect(planInsertion('', 'Добрый день.\nДорогу отремонтируют.')).toEqual({
      replaceAll: true,
      lines: ['Добрый день.', 'Дорогу отремонтируют.'],
      expected: 'Добрый день.\nДорогу отремонтируют.',
      done: false,
    });
  });

  it('keeps VK greeting "Иван, " and types after it', () => {
    expect(planInsertion('Иван,', 'добрый день.', true)).toEqual({
      replaceAll: false,
      lines: ['добрый день.'],
      expected: 'Иван, добрый день.',
      done: false,
    });
    expect(planInsertion('Анна Петрова,', 'здравствуйте.', false).lines).toEqual([' здравствуйте.']);
  });

  it('replaces the greeting when the answer already greets the same person', () => {
    const plan = planInsertion('Иван,', 'Иван, добрый день.');
    expect(plan.replaceAll).toBe(true);
    expect(plan.expected).toBe('Иван, добрый день.');
    expect(planInsertion('Иван,', 'Ивановская, 5 отремонтируют.').expected).toBe('Иван, Ивановская, 5 отремонтируют.');
  });

  it('replaces a restored draft instead of appending to it', () => {
    const plan = planInsertion('старый черновик ответа', 'Новый ответ');
    expect(plan.replaceAll).toBe(true);
    expect(plan.expected).toBe('Новый ответ');
  });

  it('does nothing when the editor already holds the answer (with or without greeting)', () => {
    expect(planInsertion('Новый ответ', 'Новый ответ').done).toBe(true);
    expect(planInsertion('Иван, новый ответ', 'новый ответ').done).toBe(true);
    expect(planInsertion('Иван, новый ответ', 'новый ответ').expected).toBe('Иван, новый ответ');
  });

  it('types the answer as approved, tidying only line endings and trailing blanks', () => {
    expect(planInsertion('', 'а\u00a0б\r\nв  г  \n\n').lines).toEqual(['а\u00a0б', 'в  г']);
    expect(normaliseEditorText(' а  б \n в ')).toBe('а б\nв');
  });
});

/** A browser-like execCommand over the current selection (what Chromium does for an uncontrolled editor). */
function fakeExec(log: string[]): NonNullable<EditingCommands['exec']> {
  return (command, value) => {
    log.push(value === undefined ? command : `${command}:${value}`);
    const range = getSelection()!.getRangeAt(0);
    range.deleteContents();
    const node = command === 'insertText' ? document.createTextNode(value ?? '') : document.createElement('br');
    range.insertNode(node);
    range.setStartAfter(node);
    range.collapse(true);
    return true;
  };
}

const settle = () => Promise.resolve();

describe('insertText', () => {
  let editor: HTMLDivElement;
  let pasted: string[];
  beforeEach(() => {
    document.body.innerHTML = '<div id="ed" contenteditable="true"></div>';
    editor = document.getElementById('ed') as HTMLDivElement;
    pasted = [];
  });

  /** An editor that takes pastes into its own model and renders from it (like VK's onEditablePaste). */
  function acceptPastes(): void {
    editor.addEventListener('paste', (event) => {
      const text = (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
      pasted.push(text);
      event.preventDefault();
      editor.replaceChildren();
      text.split('\n').forEach((line, index) => {
        if (index > 0) editor.append(document.createElement('br'));
        editor.append(line);
      });
    });
  }

  it('types line by line with line breaks between, never a raw newline', async () => {
    const log: string[] = [];
    const result = await insertText(editor, 'Добрый день.\nЯму засыпали.', { exec: fakeExec(log), settle });
    expect(result).toEqual({ ok: true, method: 'execCommand', text: 'Добрый день.\nЯму засыпали.' });
    expect(log).toEqual(['insertText:Добрый день.', 'insertLineBreak', 'insertText:Яму засыпали.']);
    expect(editor.querySelectorAll('br')).toHaveLength(1);
    expect(document.activeElement).toBe(editor);
  });

  it('keeps the greeting and types after it', async () => {
    editor.append('Иван,\u00a0');
    const log: string[] = [];
    const result = await insertText(editor, 'дорогу отремонтируют до 1 июня.', { exec: fakeExec(log), settle });
    expect(result.ok).toBe(true);
    expect(result.text).toBe('Иван, дорогу отремонтируют до 1 июня.');
    expect(log).toEqual(['insertText:дорогу отремонтируют до 1 июня.']);
  });

  it('falls back to a paste when the editor ignores execCommand', async () => {
    acceptPastes();
    const result = await insertText(editor, 'Строка 1\nСтрока 2', { exec: () => true, settle });
    expect(result).toEqual({ ok: true, method: 'paste', text: 'Строка 1\nСтрока 2' });
    expect(pasted).toEqual(['Строка 1\nСтрока 2']);
  });

  it('replaces what a half-working execCommand left before pasting', async () => {
    acceptPastes();
    editor.append('Иван, ');
    const breakNothing = fakeExec([]);
    const exec = (command: string, value?: string) => (command === 'insertText' ? breakNothing(command, value?.slice(0, 3)) : false);
    const result = await insertText(editor, 'ответ\nвторая', { exec, settle });
    expect(result.method).toBe('paste');
    expect(result.text).toBe('Иван, ответ\nвторая');
  });

  it('pastes directly where execCommand does not exist', async () => {
    acceptPastes();
    const result = await insertText(editor, 'Ответ', { exec: undefined, settle });
    expect(result).toEqual({ ok: true, method: 'paste', text: 'Ответ' });
  });

  it('reports failure with what the editor holds when nothing works', async () => {
    editor.append('черновик');
    const result = await insertText(editor, 'Ответ', { exec: () => false, settle });
    expect(result).toEqual({ ok: false, method: 'none', text: 'черновик' });
  });

  it('does not type twice when the answer is already there', async () => {
    editor.append('Иван, ответ');
    const log: string[] = [];
    const result = await insertText(editor, 'ответ', { exec: fakeExec(log), settle });
    expect(result).toEqual({ ok: true, method: 'none', text: 'Иван, ответ' });
    expect(log).toEqual([]);
  });
});
