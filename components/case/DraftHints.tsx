/** The hints of a draft (utils/drafting/hints.ts): each selects its span in the text; literal fixes apply in one click. Never blocking. */
import { Button } from '../ui/index';
import type { Case } from '../../utils/cases/schema';
import { applyHint, describeHint, describeSuggestion } from '../../utils/drafting/hint-messages';
import type { DraftHint } from '../../utils/drafting/hints';
import { tDraft } from './draft-messages';

export interface DraftHintsProps {
  text: string;
  hints: readonly DraftHint[];
  network: Case['network'];
  onApply: (text: string) => void;
  onSelect: (start: number, end: number) => void;
}

/** At most this many hints are listed; the rest are counted. */
const SHOWN = 12;

export function DraftHints({ text, hints, network, onApply, onSelect }: DraftHintsProps) {
  if (hints.length === 0) return null;
  return (
    <div class="case-hints" data-testid="draft-hints">
      <p class="case-hints__title">{tDraft('hintsTitle', { n: hints.length })}</p>
      <ul>
        {hints.slice(0, SHOWN).map((hint) => {
          const fixed = applyHint(text, hint);
          const suggestion = describeSuggestion(hint);
          return (
            <li key={`${hint.kind}-${hint.start}-${hint.end}`} class={`case-hint case-hint--${hint.kind}`} data-hint={hint.kind}>
              <button type="button" class="case-hint__text" onClick={() => onSelect(hint.start, hint.end)} title={tDraft('showInText')}>
                {describeHint(hint, text, network)}
                {suggestion && hint.kind === 'bureaucratese' && <span class="ui-muted"> — {suggestion}</span>}
              </button>
              {fixed !== undefined && (
                <Button size="sm" variant="ghost" onClick={() => onApply(fixed)} data-testid="hint-fix">
                  {hint.kind === 'doubleSpace' ? tDraft('fix') : tDraft('fixTo', { text: hint.suggestion!.ru })}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {hints.length > SHOWN && <p class="ui-muted">{tDraft('moreHints', { n: hints.length - SHOWN })}</p>}
    </div>
  );
}
