/**
 * Puts an approved answer into a site's reply editor so that the editor's own model registers it
 * (VK's Emoji editor, VK React's composer, OK's editor keep their own state and ignore raw DOM
 * writes). Order: `execCommand('insertText')` line by line with real line breaks between lines,
 * read back; if the editor did not take it, a synthetic paste (Chromium honours its clipboardData).
 * Never key events (Enter sends on VK), never `\n` inside a text node, never textContent writes.
 * It never presses «Отправить».
 */
import { readText } from './read-text';

export type InsertMethod = 'execCommand' | 'paste' | 'none';

export interface InsertResult {
  /** True when the editor reads back exactly the expected text. */
  ok: boolean;
  /** How the text got in; 'none' with ok=true means the editor already held it. */
  method: InsertMethod;
  /** What the editor holds afterwards, read back as plain text. */
  text: string;
}

export interface InsertionPlan {
  /** Select the whole content and replace it (empty editor, a draft) or keep it and type at the end. */
  replaceAll: boolean;
  /** The lines to type, in order; a line break goes between each two. */
  lines: string[];
  /** What the editor must read back when done. */
  expected: string;
  /** The editor already reads `expected`: nothing to do. */
  done: boolean;
}

/** The injectable browser side, so the decisions can be tested where execCommand does not exist. */
export interface EditingCommands {
  /** `document.execCommand`, or undefined where the browser has none (happy-dom). */
  exec?: (command: string, value?: string) => boolean;
  /** Lets the site's editor commit and re-render after an edit (React and Lexical do so asynchronously). */
  settle: () => Promise<void>;
}

/** VK's reply greeting: one or two words and a comma, e.g. "Иван," or "Анна Петрова,". */
const GREETING = /^[^\s,]+(?: [^\s,]+)?,$/u;

/** Comparison that ignores what editors change on their own: nbsp, runs of spaces, edge whitespace. */
export function normaliseEditorText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u202f]/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .trim();
}

export function sameEditorText(a: string, b: string): boolean {
  return normaliseEditorText(a) === normaliseEditorText(b);
}

/**
 * Decides how to insert `answer` into an editor that currently reads `current` (`rawEndsWithSpace`:
 * its raw text ends with a space, so no separator is needed after a greeting). A lone VK greeting is
 * kept unless the answer already starts with that name; any other content (a restored draft) is replaced.
 */
export function planInsertion(current: string, answer: string, rawEndsWithSpace = false): InsertionPlan {
  // Typed as approved (inner spaces kept); only line endings and trailing blanks are tidied.
  const lines = answer
    .replace(/\r\n?/g, '\n')
    .replace(/\s+$/, '')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''));
  const text = lines.join('\n');
  const existing = normaliseEditorText(current);
  if (!existing) return { replaceAll: true, lines, expected: text, done: false };
  if (GREETING.test(existing)) {
    const name = existing.slice(0, -1).toLowerCase();
    const expected = `${existing} ${text}`;
    const opening = normaliseEditorText(text).toLowerCase();
    if (opening.startsWith(`${name},`) || opening.startsWith(`${name} `)) return { replaceAll: true, lines, expected: text, done: false };
    const first = rawEndsWithSpace ? (lines[0] ?? '') : ` ${lines[0] ?? ''}`;
    return { replaceAll: false, lines: [first, ...lines.slice(1)], expected, done: false };
  }
  // Inserted before (a retry): the editor holds the answer, possibly after a greeting.
  const wanted = normaliseEditorText(text);
  const before = existing.endsWith(wanted) ? existing.slice(0, existing.length - wanted.length).trim() : undefined;
  if (before !== undefined && (before === '' || GREETING.test(before))) return { replaceAll: false, lines: [], expected: existing, done: true };
  return { replaceAll: true, lines, expected: text, done: false };
}

export function browserCommands(doc: Document): EditingCommands {
  const exec = typeof doc.execCommand === 'function' ? (command: string, value?: string) => doc.execCommand(command, false, value) : undefined;
  return { exec, settle: () => new Promise((resolve) => setTimeout(resolve, 16)) };
}

function select(editor: HTMLElement, whole: boolean): void {
  const view = editor.ownerDocument.defaultView;
  const selection = view?.getSelection();
  if (!selection) return;
  const range = editor.ownerDocument.createRange();
  range.selectNodeContents(editor);
  if (!whole) range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

function typeLines(lines: string[], exec: NonNullable<EditingCommands['exec']>): void {
  lines.forEach((line, index) => {
    if (index > 0 && !exec('insertLineBreak')) exec('insertParagraph');
    if (line) exec('insertText', line);
  });
}

/** Dispatches a paste of plain text the way a person's Ctrl+V reaches the page's handlers. */
export function dispatchPaste(editor: HTMLElement, text: string): boolean {
  const view = editor.ownerDocument.defaultView;
  if (!view || typeof view.DataTransfer !== 'function' || typeof view.ClipboardEvent !== 'function') return false;
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  const event = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  editor.dispatchEvent(event);
  return event.defaultPrevented;
}

function rawEndsWithSpace(editor: HTMLElement): boolean {
  return /[\s\u00a0]$/.test(editor.textContent ?? '');
}

export async function insertText(
  editor: HTMLElement,
  answer: string,
  commands: EditingCommands = browserCommands(editor.ownerDocument),
): Promise<InsertResult> {
  editor.focus();
  const plan = planInsertion(readText(editor), answer, rawEndsWithSpace(editor));
  if (plan.done) return { ok: true, method: 'none', text: readText(editor) };

  if (commands.exec) {
    select(editor, plan.replaceAll);
    typeLines(plan.lines, commands.exec);
    await commands.settle();
    const text = readText(editor);
    if (sameEditorText(text, plan.expected)) return { ok: true, method: 'execCommand', text };
  }

  // Whatever execCommand left behind is replaced as a whole by the expected text.
  editor.focus();
  select(editor, true);
  dispatchPaste(editor, plan.expected);
  await commands.settle();
  const text = readText(editor);
  if (sameEditorText(text, plan.expected)) return { ok: true, method: 'paste', text };
  return { ok: false, method: 'none', text };
}
