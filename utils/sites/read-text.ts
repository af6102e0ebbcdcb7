/**
 * Plain text of a post, comment or editor as a person reads it, without layout (no innerText):
 * `<br>` and block elements become line breaks, emoji images become their `alt`, external links keep
 * their full target URL, and text hidden behind «Показать полностью» (already in the DOM) is read.
 */

export interface ReadTextOptions {
  /** Elements left out entirely, e.g. the «Показать полностью» control itself. */
  skip?: string;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'BUTTON', 'INPUT', 'TEXTAREA', 'SELECT']);
/** Otklik's own controls are never part of the captured text. */
const OWN_CONTROLS = '[data-otklik-capture], [data-otklik-case]';
const EMOJI_ALT = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const URL_LIKE = /^(?:https?:\/\/)?(?:[\p{L}\d-]+\.)+[\p{L}]{2,}(?:[/?#:]\S*)?$/u;
/** Query parameters through which VK (`away.php?to=`) and OK (`st.link=`) route external links. */
const REDIRECT_PARAMS = ['to', 'st.link'];

class LineWriter {
  private out = '';

  text(value: string): void {
    const collapsed = value.replace(/[ \t\n\r\f]+/g, ' ');
    if (!collapsed) return;
    if (collapsed.startsWith(' ') && (this.out === '' || this.out.endsWith('\n') || this.out.endsWith(' '))) {
      this.out += collapsed.slice(1);
    } else {
      this.out += collapsed;
    }
  }

  lineBreak(): void {
    this.out += '\n';
  }

  /** Starts a new line unless one was just started (blocks do not stack blank lines). */
  blockBoundary(): void {
    if (this.out !== '' && !this.out.endsWith('\n')) this.out += '\n';
  }

  result(): string {
    return this.out
      .split('\n')
      .map((line) => line.replace(/^ +| +$/g, '').replace(/\u00a0/g, ' '))
      .join('\n')
      .replace(/^\n+|\n+$/g, '');
  }
}

function isEmojiImage(image: Element): boolean {
  const alt = image.getAttribute('alt') ?? '';
  if (!alt) return false;
  return /emoji/i.test(image.getAttribute('class') ?? '') || EMOJI_ALT.test(alt);
}

/** The external URL behind a link, unwrapping VK's and OK's redirectors; undefined for internal links. */
export function externalTarget(href: string | null): string | undefined {
  if (!href || !/^https?:\/\//i.test(href)) return undefined;
  try {
    const url = new URL(href);
    for (const param of REDIRECT_PARAMS) {
      const target = url.searchParams.get(param);
      if (target && /^https?:\/\//i.test(target)) return target;
    }
    return url.href;
  } catch {
    return undefined;
  }
}

function linkReplacement(link: Element, shown: string): string | undefined {
  const trimmed = shown.trim().replace(/…$/, '');
  if (!trimmed || !URL_LIKE.test(trimmed)) return undefined;
  return externalTarget(link.getAttribute('href'));
}

function walk(node: Node, writer: LineWriter, skip: string): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      writer.text(child.nodeValue ?? '');
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    const tag = element.tagName;
    if (SKIPPED_TAGS.has(tag) || element.matches(skip)) continue;
    if (tag === 'BR') {
      writer.lineBreak();
    } else if (tag === 'IMG') {
      if (isEmojiImage(element)) writer.text(element.getAttribute('alt') ?? '');
    } else if (tag === 'A') {
      const shown = readText(element, { skip });
      const target = linkReplacement(element, shown);
      if (target) writer.text(target);
      else walk(element, writer, skip);
    } else if (BLOCK_TAGS.has(tag)) {
      writer.blockBoundary();
      walk(element, writer, skip);
      writer.blockBoundary();
    } else {
      walk(element, writer, skip);
    }
  }
}

export function readText(root: Element, options: ReadTextOptions = {}): string {
  const skip = options.skip ? `${OWN_CONTROLS}, ${options.skip}` : OWN_CONTROLS;
  const writer = new LineWriter();
  walk(root, writer, skip);
  return writer.result();
}
