/**
 * A number typed as text: keeps what the user typed (so «1,» or an empty field is not replaced by
 * a number while typing), reports NaN for anything that is not a number, accepts a decimal comma.
 */
import { useEffect, useState } from 'preact/hooks';
import { TextField } from '../../ui/index';

export interface NumberFieldProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
  error?: string;
  testId?: string;
  hint?: string;
  /** The text as typed (an empty field and «пять» are both NaN to `onChange`). */
  onText?: (text: string) => void;
}

export function parseNumber(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' || !/^-?\d*\.?\d+$|^-?\d+\.$/.test(trimmed) ? Number.NaN : Number(trimmed);
}

const show = (value: number) => (Number.isNaN(value) ? '' : String(value).replace('.', ','));

export function NumberField({ label, value, onChange, error, testId, hint, onText }: NumberFieldProps) {
  const [text, setText] = useState(show(value));
  useEffect(() => {
    // Follow changes made elsewhere (another field, discarding edits), not our own typing.
    if (!Object.is(parseNumber(text), value)) setText(show(value));
  }, [value]);
  return (
    <TextField
      label={label}
      value={text}
      error={error}
      hint={hint}
      inputProps={{ inputMode: 'decimal', class: 'options-number', ...(testId ? { 'data-testid': testId } : {}) }}
      onInput={(next) => {
        setText(next);
        onText?.(next);
        onChange(parseNumber(next));
      }}
    />
  );
}
