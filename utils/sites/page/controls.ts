/**
 * Otklik's one control per item: a real <button> that is first «Взять в работу»
 * (`data-otklik-capture`) and, once the item is a case, the same element turned into the case's
 * badge (`data-otklik-case="<id>"`): status and working time left. Turning it in place keeps the
 * keyboard focus where the person left it. Text only, never markup.
 */
import { pageText } from './texts';

export const UI_ATTR = 'data-otklik-ui';
/** The class of every control (a «capture» button or a case's badge), keyed or not yet. */
export const CONTROL_CLASS = 'otklik-ui';
export const KEY_ATTR = 'data-otklik-key';
export const CAPTURE_ATTR = 'data-otklik-capture';
export const CASE_ATTR = 'data-otklik-case';
const LABELLED_ATTR = 'data-otklik-labelled';

/** What the background says about a case (message `caseBadges`, the `capture` answer). */
export interface BadgeView {
  caseId: string;
  statusLabel: string;
  /** The spoken name: «Дело: Новое, Ответ: осталось 2 часа 15 минут рабочего времени, до 17:30, пт. Открыть в боковой панели». */
  label: string;
  urgency?: 'calm' | 'soon' | 'overdue';
  /** «2 ч 15 мин раб.» */
  remaining?: string;
  /** «до 17:30, пт» */
  dueText?: string;
}

const templates = new WeakMap<Document, HTMLButtonElement>();

/**
 * The «Взять в работу» button every control starts as, to clone shallowly (thousands are made in
 * one scan) and give its item's key (`KEY_ATTR`): its visible words drawn by the stylesheet
 * (styles.ts), its name in aria-label.
 */
export function captureTemplate(doc: Document): HTMLButtonElement {
  let template = templates.get(doc);
  if (!template) {
    template = doc.createElement('button');
    template.type = 'button';
    template.className = CONTROL_CLASS;
    template.setAttribute(UI_ATTR, '');
    template.setAttribute(CAPTURE_ATTR, '');
    template.setAttribute('aria-label', pageText('capture'));
    templates.set(doc, template);
  }
  return template;
}

export function isControl(node: Node): node is HTMLButtonElement {
  return node.nodeType === 1 && (node as Element).localName === 'button' && (node as Element).classList.contains(CONTROL_CLASS);
}

export function needsLabel(button: Element): boolean {
  return button.hasAttribute(CAPTURE_ATTR) && !button.hasAttribute(LABELLED_ATTR);
}

/** Names the author for screen readers: «Взять в работу: Иван Петров». */
export function labelCaptureButton(button: HTMLButtonElement, author: string | undefined): void {
  button.setAttribute(LABELLED_ATTR, '');
  if (author) button.setAttribute('aria-label', `${pageText('capture')}: ${author}`);
}

/** Turns the control into the case's badge, or refreshes a badge; writes only what changed. */
export function renderBadge(control: HTMLButtonElement, view: BadgeView): void {
  control.removeAttribute(CAPTURE_ATTR);
  control.setAttribute(CASE_ATTR, view.caseId);
  control.setAttribute('data-urgency', view.urgency ?? 'none');
  const text = view.remaining ? `${view.statusLabel} · ${view.remaining}` : view.statusLabel;
  if (control.textContent !== text) control.textContent = text;
  control.setAttribute('aria-label', view.label);
  control.title = view.dueText ?? '';
}
