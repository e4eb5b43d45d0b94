import type { ReactNode } from 'react';

export type FieldA11y = { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined };

type FieldProps = {
  id: string;
  label: string;
  hint?: string | undefined;
  /** The message already in words (ledger messages carry amounts and dates). */
  error?: string | undefined;
  className?: string;
  children: (a11y: FieldA11y) => ReactNode;
};

/** A labelled input with its hint and its message right under it, wired for screen readers. */
export function Field({ id, label, hint, error, className, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const classes = ['field', error ? 'field-invalid' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': [errorId, hintId].filter(Boolean).join(' ') || undefined })}
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
