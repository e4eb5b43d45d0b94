import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type FormFieldProps = {
  id: string;
  label: string;
  hint?: string;
  /** An i18n key from the resolver, shown translated under the input. */
  errorKey?: string | undefined;
  /** Renders the input with its accessibility attributes. */
  children: (a11y: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => ReactNode;
};

/** A labelled input with its hint and error message, wired for screen readers. */
export function FormField({ id, label, hint, errorKey, children }: FormFieldProps) {
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errorKey ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={errorKey ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(errorKey), 'aria-describedby': describedBy })}
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {errorKey ? (
        <p className="field-error" id={errorId}>
          {t(errorKey)}
        </p>
      ) : null}
    </div>
  );
}
