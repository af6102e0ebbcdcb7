/**
 * The draft being written for a case, autosaved to the page's storage on every change (so a
 * closed panel loses nothing) and cleared once submitted. It starts from the saved draft, else
 * from the current draft of the case when there is one to revise, else empty with the kind and
 * visibility the case suggests (seed 001 p. 3.4: private messages are answered privately).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DraftKind, Visibility } from '../../utils/cases/events';
import type { Case } from '../../utils/cases/schema';
import { defaultVisibility } from '../../utils/cases/timeline';
import { clearDraft, loadDraft, pruneDrafts, saveDraft, type DraftStorage } from '../../utils/drafting/draft-store';

export interface DraftFields {
  text: string;
  kind: DraftKind;
  visibility: Visibility;
  templateId?: string;
  checked: string[];
}

export interface DraftState extends DraftFields {
  /** When the text was last saved locally (epoch ms), if it was. */
  savedAt?: number;
  /** The storage refused the last save (full or disabled). */
  saveFailed: boolean;
  update: (patch: Partial<DraftFields>) => void;
  /** Forgets the local draft (after it was submitted) and starts over from the case. */
  reset: () => void;
}

function initial(c: Pick<Case, 'draft' | 'kind' | 'interimAt'>): DraftFields {
  if (c.draft) return { text: c.draft.text, kind: c.draft.kind, visibility: c.draft.visibility, checked: [] };
  return { text: '', kind: 'answer', visibility: defaultVisibility(c.kind), checked: [] };
}

export function useDraftState(c: Pick<Case, 'id' | 'draft' | 'kind' | 'interimAt'>, storage: DraftStorage | undefined, now: number): DraftState {
  const nowRef = useRef(now);
  nowRef.current = now;
  const [state, setState] = useState<{ fields: DraftFields; savedAt?: number; saveFailed: boolean }>(() => {
    if (storage) pruneDrafts(storage, now);
    const saved = storage ? loadDraft(storage, c.id) : undefined;
    if (saved) {
      const { savedAt, ...fields } = saved;
      return { fields, savedAt, saveFailed: false };
    }
    return { fields: initial(c), saveFailed: false };
  });

  // A draft that was still untouched follows the case (e.g. the current draft came back for revision).
  const draftEventId = c.draft?.eventId;
  const draftState = c.draft?.state;
  useEffect(() => {
    if (state.savedAt === undefined) setState((s) => ({ ...s, fields: initial(c) }));
    // Only when the case's draft changes.
  }, [draftEventId, draftState]);

  const update = (patch: Partial<DraftFields>) => {
    setState((previous) => {
      const fields = { ...previous.fields, ...patch };
      const savedAt = nowRef.current;
      const ok = storage ? saveDraft(storage, c.id, { ...fields, savedAt }) : false;
      return { fields, savedAt: ok ? savedAt : previous.savedAt, saveFailed: storage !== undefined && !ok };
    });
  };
  const reset = () => {
    if (storage) clearDraft(storage, c.id);
    setState({ fields: { ...initial({ ...c, draft: undefined }), kind: 'answer', visibility: defaultVisibility(c.kind) }, saveFailed: false });
  };
  return { ...state.fields, savedAt: state.savedAt, saveFailed: state.saveFailed, update, reset };
}
