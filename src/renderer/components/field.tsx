/** A labelled form field with an optional hint and an inline error, wired for screen readers. */
import type { ComponentChildren } from 'preact';

/** Props of `Field`. */
export interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string | null;
  /** The control; give it `id`, and `aria-describedby={describedBy(...)}`. */
  readonly children: ComponentChildren;
}

/** The ids a field's control should be described by. */
export function describedBy(id: string, hint: string | undefined, error: string | null | undefined): string | undefined {
  const ids = [hint === undefined ? null : `${id}-hint`, error == null ? null : `${id}-error`].filter((value) => value !== null);
  return ids.length === 0 ? undefined : ids.join(' ');
}

/** A field: label, control, hint, error. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div class={error == null ? 'field' : 'field field-invalid'}>
      <label for={id}>{label}</label>
      {children}
      {hint === undefined ? null : (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error == null ? null : (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** Props of `TextField`. */
export interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error: string | null;
  readonly value: string;
  readonly maxLength: number;
  readonly type?: 'text' | 'email';
  readonly autoComplete?: string;
  readonly onInput: (value: string) => void;
}

/** A one-line text field: label, input wired to its hint and error, inline error. */
export function TextField({ id, label, hint, error, value, maxLength, type = 'text', autoComplete, onInput }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type={type}
        value={value}
        maxLength={maxLength}
        autoComplete={autoComplete}
        aria-invalid={error !== null}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </Field>
  );
}
