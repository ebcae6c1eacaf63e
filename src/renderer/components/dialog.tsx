/**
 * An accessible modal dialog on the native <dialog>: `showModal()` makes the rest of the page inert
 * (focus stays inside), Escape cancels, and focus returns to where it was when the dialog closes.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { useApp } from '../app/app-context';
import { Banner } from './banner';

/** Props of `Dialog`. */
export interface DialogProps {
  readonly title: string;
  readonly onClose: () => void;
  /** Optional short text under the title, read with it. */
  readonly description?: string;
  readonly children: ComponentChildren;
  /** Marks the dialog as a warning (destructive action). */
  readonly tone?: 'normal' | 'danger';
}

/** A modal dialog, shown while mounted. */
export function Dialog({ title, description, onClose, children, tone = 'normal' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    const first = dialog.querySelector<HTMLElement>('[autofocus], input, select, textarea, button:not(.dialog-close)');
    // A radio group is entered on its checked radio, as Tab would do.
    const checked =
      first instanceof HTMLInputElement && first.type === 'radio' && first.name !== ''
        ? dialog.querySelector<HTMLElement>(`input[type="radio"][name="${CSS.escape(first.name)}"]:checked`)
        : null;
    (checked ?? first)?.focus();
    const onCancel = (event: Event): void => {
      event.preventDefault();
      close.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      if (opener?.isConnected === true) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      class={`dialog dialog-${tone}`}
      aria-labelledby={titleId}
      aria-describedby={description === undefined ? undefined : descriptionId}
    >
      <div class="dialog-head">
        <h2 id={titleId}>{title}</h2>
      </div>
      {description === undefined ? null : (
        <p id={descriptionId} class="dialog-description">
          {description}
        </p>
      )}
      {children}
    </dialog>
  );
}

/** Props of `DialogActions`. */
export interface DialogActionsProps {
  /** Shown above the buttons when an action failed. */
  readonly error?: string | null;
  readonly onCancel: () => void;
  readonly confirmLabel: string;
  /** `submit` confirms the enclosing form; `onConfirm` is for dialogs without one. */
  readonly onConfirm?: () => void;
  readonly tone?: 'primary' | 'danger';
  /** Start on Cancel, for destructive dialogs. */
  readonly focusCancel?: boolean;
}

/** A dialog's footer: the error, if any, then Cancel and the confirming button. */
export function DialogActions({
  error = null,
  onCancel,
  confirmLabel,
  onConfirm,
  tone = 'primary',
  focusCancel = false,
}: DialogActionsProps) {
  const { t } = useApp();
  return (
    <>
      {error === null ? null : <Banner tone="error">{error}</Banner>}
      <div class="dialog-actions">
        <button type="button" class="button button-secondary" onClick={onCancel} autoFocus={focusCancel}>
          {t.common.cancel}
        </button>
        <button type={onConfirm === undefined ? 'submit' : 'button'} class={`button button-${tone}`} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </>
  );
}
