import type { ComponentChildren, JSX } from 'preact';
import { useId } from 'preact/hooks';
import { cx } from './classes';
import { tUi } from './messages';

/** What Field hands to the control it wraps, so label, hint and error are wired to it. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: 'true';
  'aria-required'?: 'true';
}

export interface FieldProps {
  label: ComponentChildren;
  /** A short explanation under the control. */
  hint?: ComponentChildren;
  /** The validation message in the user's language (Russian first); marks the control invalid. */
  error?: string | null;
  required?: boolean;
  /** Keeps the label for screen readers only (dense filter bars). */
  labelHidden?: boolean;
  /** Use a given id instead of a generated one. */
  id?: string;
  class?: string;
  /** Render prop: receives the ids and aria attributes to spread onto the control. */
  children: (control: FieldControlProps) => ComponentChildren;
}

/** Label + control + hint + error, for any control (the kit's inputs use it themselves). */
export function Field({ label, hint, error, required, labelHidden, id, class: className, children }: FieldProps) {
  const generated = useId();
  const controlId = id ?? `f${generated}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={cx('ui-field', className)}>
      <label class={cx('ui-field__label', labelHidden && 'ui-visually-hidden')} for={controlId}>
        {label}
        {required && (
          <span class="ui-field__required" title={tUi('required')}>
            *<span class="ui-visually-hidden"> ({tUi('required')})</span>
          </span>
        )}
      </label>
      {children({
        id: controlId,
        'aria-describedby': describedBy,
        'aria-invalid': error ? 'true' : undefined,
        'aria-required': required ? 'true' : undefined,
      })}
      {error && (
        <p class="ui-field__error" id={errorId} aria-live="polite">
          {error}
        </p>
      )}
      {hint && (
        <p class="ui-field__hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

type FieldChrome = Omit<FieldProps, 'children'>;

export interface TextFieldProps extends FieldChrome {
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'search' | 'email' | 'tel' | 'url' | 'number' | 'date' | 'time' | 'datetime-local' | 'password';
  placeholder?: string;
  disabled?: boolean;
  /** Any further input attributes (maxLength, autoComplete, data-testid, lang, spellcheck…). */
  inputProps?: Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'value' | 'onInput' | 'type'> & Record<`data-${string}`, string>;
}

export function TextField({ value, onInput, type = 'text', placeholder, disabled, inputProps, ...field }: TextFieldProps) {
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...inputProps}
          {...control}
          class={cx('ui-input', inputProps?.class as string | undefined)}
          type={type}
          value={value}
          placeholder={placeholder}
          disabled={disabled}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

export interface TextAreaProps extends FieldChrome {
  value: string;
  onInput: (value: string) => void;
  rows?: number;
  placeholder?: string;
  disabled?: boolean;
  textareaProps?: Omit<JSX.TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onInput'> & Record<`data-${string}`, string>;
}

export function TextArea({ value, onInput, rows = 4, placeholder, disabled, textareaProps, ...field }: TextAreaProps) {
  return (
    <Field {...field}>
      {(control) => (
        <textarea
          {...textareaProps}
          {...control}
          class={cx('ui-textarea', textareaProps?.class as string | undefined)}
          rows={rows}
          value={value}
          placeholder={placeholder}
          disabled={disabled}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps extends FieldChrome {
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  disabled?: boolean;
  selectProps?: Omit<JSX.SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & Record<`data-${string}`, string>;
}

export function Select({ value, onChange, options, disabled, selectProps, ...field }: SelectProps) {
  return (
    <Field {...field}>
      {(control) => (
        <select
          {...selectProps}
          {...control}
          class={cx('ui-select', selectProps?.class as string | undefined)}
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.currentTarget.value)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value} disabled={o.disabled}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export interface CheckboxProps {
  label: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ComponentChildren;
  disabled?: boolean;
  class?: string;
  inputProps?: Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'checked' | 'onChange' | 'type'> & Record<`data-${string}`, string>;
}

/** A native checkbox with its label wrapping it (the whole label is clickable). */
export function Checkbox({ label, checked, onChange, hint, disabled, class: className, inputProps }: CheckboxProps) {
  const hintId = `h${useId()}`;
  return (
    <label class={cx('ui-checkbox', className)}>
      <input
        {...inputProps}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? hintId : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span class="ui-checkbox__text">
        <span>{label}</span>
        {hint && (
          <span class="ui-field__hint" id={hintId}>
            {hint}
          </span>
        )}
      </span>
    </label>
  );
}
