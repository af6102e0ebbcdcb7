/**
 * The one stylesheet Otklik puts on a VK or OK page: a small link-like capture button in the
 * item's action bar (VK blue, OK orange), the case badge coloured by urgency, the highlight of an
 * item and of the site's send button, and a toast at the top centre (toast.ts): 64 px clears the
 * sites' fixed 48 px headers, and the bottom is where VK keeps its comment composer. Class names carry the `otklik-` prefix. The
 * button is inline and takes no more height in the bar than one line of 12.5 px text (line-height
 * 1; its 2 px of padding are given back by negative margins), so inserting it, or turning it into
 * a badge, does not make the item taller — whatever line-height the site's bar inherits.
 */
import { pageText } from './texts';

export type PageTheme = 'vk' | 'ok';

export const STYLE_ID = 'otklik-page-style';

export function pageCss(theme: PageTheme, captureLabel: string): string {
  const [text, hover, focus] = theme === 'vk' ? ['#2a5885', '#2a588514', '#5181b8'] : ['#c25e00', '#ee82081f', '#ee8208'];
  return `.otklik-ui{all:unset;box-sizing:border-box;display:inline-flex;align-items:center;gap:4px;margin:-2px 0 -2px 8px;padding:2px 6px;border-radius:4px;font:inherit;font-size:12.5px;line-height:1;white-space:nowrap;cursor:pointer;color:${text}}
.otklik-ui[data-otklik-capture]::after{content:${JSON.stringify(captureLabel)}}
.otklik-ui:hover{background:${hover}}
.otklik-ui:focus-visible{outline:2px solid ${focus};outline-offset:1px}
.otklik-ui[aria-busy=true]{opacity:.6}
.otklik-ui::before{content:"";width:6px;height:6px;border-radius:50%;background:${focus}}
.otklik-ui[data-otklik-case]{background:#eef2f6;color:#2c2d2e}
.otklik-ui[data-urgency=calm]::before{background:#4bb34b}
.otklik-ui[data-urgency=soon]{background:#fff3dc;color:#7a4a00}
.otklik-ui[data-urgency=soon]::before{background:#f5a300}
.otklik-ui[data-urgency=overdue]{background:#fde7e6;color:#b3261e}
.otklik-ui[data-urgency=overdue]::before{background:#e64646}
.otklik-hl{outline:3px solid #ffb300!important;outline-offset:2px;scroll-margin-top:140px}
.otklik-send{box-shadow:0 0 0 3px #ffb300!important}
.otklik-toast{position:fixed;top:64px;left:50%;transform:translateX(-50%);z-index:2147483647;width:max-content;max-width:min(440px,90vw);padding:10px 14px;border-radius:8px;background:#2c2d2e;color:#fff;font:13px/1.4 sans-serif}
.otklik-toast:empty{padding:0}
.otklik-toast[data-tone=warning]{background:#7a4a00}`;
}

/** Adds the stylesheet once per document (a re-injected content script finds it in place). */
export function ensureStyles(doc: Document, theme: PageTheme): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.setAttribute('data-otklik-ui', '');
  style.textContent = pageCss(theme, pageText('capture'));
  (doc.head ?? doc.documentElement).append(style);
}
