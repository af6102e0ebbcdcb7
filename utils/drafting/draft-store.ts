/**
 * Autosave of the draft being written, per case, in the extension page's own storage (the side
 * panel passes `localStorage`, shared by every page of the extension and kept when the panel
 * closes). A saved draft lives until it is submitted (cleared then) or grows old (pruned).
 * Storage failures (quota, a disabled storage) are swallowed: autosave must never break typing.
 */
import { z } from 'zod';
import { draftKinds, visibilities } from '../cases/events';
import { MAX_NOTE_TEXT } from '../cases/fields';

/** The part of the Web Storage interface autosave needs (tests pass a Map-backed one). */
export interface DraftStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'otklik:draft:';
/** Saved drafts older than this are dropped when the panel opens. */
export const DRAFT_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

const savedDraftSchema = z.object({
  text: z.string().max(MAX_NOTE_TEXT),
  kind: z.enum(draftKinds),
  visibility: z.enum(visibilities),
  templateId: z.string().max(200).optional(),
  /** Ids of the checklist items ticked. */
  checked: z.array(z.string().max(100)).max(50).default([]),
  savedAt: z.number().int().nonnegative(),
});
export type SavedDraft = z.output<typeof savedDraftSchema>;

export function draftKey(caseId: string): string {
  return `${PREFIX}${caseId}`;
}

export function loadDraft(storage: DraftStorage, caseId: string): SavedDraft | undefined {
  try {
    const raw = storage.getItem(draftKey(caseId));
    if (raw === null) return undefined;
    const parsed = savedDraftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the draft; an empty text removes it. Returns false when the storage refused. */
export function saveDraft(storage: DraftStorage, caseId: string, draft: SavedDraft): boolean {
  try {
    if (draft.text.trim() === '') storage.removeItem(draftKey(caseId));
    else storage.setItem(draftKey(caseId), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage: DraftStorage, caseId: string): void {
  try {
    storage.removeItem(draftKey(caseId));
  } catch {
    // nothing to clear
  }
}

/** Removes saved drafts older than `maxAgeMs` (and unreadable ones); returns how many. */
export function pruneDrafts(storage: DraftStorage, now: number, maxAgeMs = DRAFT_MAX_AGE_MS): number {
  const stale: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key === null || !key.startsWith(PREFIX)) continue;
      const draft = loadDraft(storage, key.slice(PREFIX.length));
      if (!draft || now - draft.savedAt > maxAgeMs) stale.push(key);
    }
    for (const key of stale) storage.removeItem(key);
  } catch {
    return 0;
  }
  return stale.length;
}
