/**
 * Entry point for content scripts: `adapterFor(location.href)` gives the adapter of the page's
 * network. Re-exports what the wiring needs; nothing here imports zod (see captured-item.schema.ts).
 */
import type { SiteAdapter } from './adapter';
import { networkOfUrl } from './urls';
import { vkAdapter } from './vk/adapter';
import { okAdapter } from './ok/adapter';

export type { ButtonSlot, ExtractContext, SiteAdapter } from './adapter';
export type { CapturedAttachment, CapturedItem, ItemKind, ItemRef, Network } from './types';
export { insertText, type InsertResult } from './insert-text';
export { readText } from './read-text';
export { parseRuDate } from './parse-ru-date';
export { vkAdapter, okAdapter };

export function adapterFor(url: string): SiteAdapter | null {
  const network = networkOfUrl(url);
  if (network === 'vk') return vkAdapter;
  if (network === 'ok') return okAdapter;
  return null;
}
