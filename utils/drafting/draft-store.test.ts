import { describe, expect, it } from 'vitest';
import { clearDraft, DRAFT_MAX_AGE_MS, draftKey, loadDraft, pruneDrafts, saveDraft, type DraftStorage, type SavedDraft } from './draft-store';

function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

const draft = (text: string, savedAt = 1_000): SavedDraft => ({ text, kind: 'answer', visibility: 'public', checked: ['toThePoint'], savedAt });

describe('draft autosave', () => {
  it('keeps a draft per case until it is cleared', () => {
    const storage = memoryStorage();
    expect(saveDraft(storage, 'case-1', draft('Фонарь заменим.'))).toBe(true);
    saveDraft(storage, 'case-2', { ...draft('Другое дело.'), kind: 'interim', templateId: 'tpl-1' });
    expect(loadDraft(storage, 'case-1')).toEqual(draft('Фонарь заменим.'));
    expect(loadDraft(storage, 'case-2')).toMatchObject({ kind: 'interim', templateId: 'tpl-1' });
    clearDraft(storage, 'case-1');
    expect(loadDraft(storage, 'case-1')).toBeUndefined();
    expect(loadDraft(storage, 'case-2')).toBeDefined();
  });

  it('removes the entry when the text is emptied', () => {
    const storage = memoryStorage();
    saveDraft(storage, 'case-1', draft('Текст'));
    saveDraft(storage, 'case-1', draft('   '));
    expect(storage.map.has(draftKey('case-1'))).toBe(false);
  });

  it('ignores what it cannot read: broken JSON, a wrong shape, a storage that throws', () => {
    const storage = memoryStorage();
    storage.setItem(draftKey('a'), '{broken');
    storage.setItem(draftKey('b'), JSON.stringify({ text: 1 }));
    expect(loadDraft(storage, 'a')).toBeUndefined();
    expect(loadDraft(storage, 'b')).toBeUndefined();
    const full: DraftStorage = {
      ...memoryStorage(),
      length: 0,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(saveDraft(full, 'a', draft('Текст'))).toBe(false);
  });

  it('prunes old and unreadable drafts, and nothing else', () => {
    const storage = memoryStorage();
    const now = 100 * DRAFT_MAX_AGE_MS;
    saveDraft(storage, 'old', draft('Старый', now - DRAFT_MAX_AGE_MS - 1));
    saveDraft(storage, 'fresh', draft('Свежий', now - 1_000));
    storage.setItem(draftKey('broken'), 'nope');
    storage.setItem('someone-else', 'keep me');
    expect(pruneDrafts(storage, now)).toBe(2);
    expect([...storage.map.keys()].sort()).toEqual([draftKey('fresh'), 'someone-else'].sort());
  });
});
