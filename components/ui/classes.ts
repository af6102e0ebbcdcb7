/** Joins class names, skipping empty ones: cx('a', cond && 'b', undefined) → 'a b'. */
export function cx(...names: Array<string | false | null | undefined>): string {
  let out = '';
  for (const name of names) {
    if (name) out = out ? `${out} ${name}` : name;
  }
  return out;
}

/** Colour tones shared by Badge, StatusPill and Alert. Urgency tones match utils/queue's Urgency. */
export type Tone =
  | 'neutral'
  | 'info'
  | 'success'
  | 'warning'
  | 'danger'
  | 'accent'
  | 'calm'
  | 'soon'
  | 'overdue'
  | 'provisional';

export function toneClass(tone: Tone): string | undefined {
  return tone === 'neutral' ? undefined : `ui-tone-${tone}`;
}
