import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './components.css';

type ConfirmDialogProps = {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  /** Red confirm button, for deleting and other changes that cannot be undone. */
  danger?: boolean;
  /** The confirm button waits while this is true (the action is running). */
  busy?: boolean;
  /** Confirm stays disabled while false (e.g. a date in the dialog is not valid yet). */
  canConfirm?: boolean;
  onConfirm(): void;
  onCancel(): void;
};

/**
 * A modal question before a change that matters. Focus starts on Cancel (the safe
 * answer), stays inside the dialog, and Escape cancels.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, children, confirmLabel, danger, busy, canConfirm = true, onConfirm, onCancel } = props;
  const { t } = useTranslation();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      onKeyDown={(event) => {
        // Enter in a field of the dialog (a date) confirms; it never reaches the page behind.
        event.stopPropagation();
        if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') {
          event.preventDefault();
          if (canConfirm && !busy) onConfirm();
        }
      }}
    >
      <div className="dialog-content">
        <h2 id={titleId}>{title}</h2>
        <div className="dialog-body">{children}</div>
        <div className="button-row dialog-actions">
          <button
            type="button"
            className={danger ? 'button button-danger' : 'button button-primary'}
            disabled={busy || !canConfirm}
            onClick={() => {
              if (canConfirm && !busy) onConfirm();
            }}
          >
            {confirmLabel}
          </button>
          <button type="button" className="button" ref={cancelRef} onClick={onCancel}>
            {t('components.confirm.cancel')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
