import type { FocusEvent, InputHTMLAttributes, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../shared/dates';
import { useLanguage } from '../i18n/useLanguage';
import { dateText, tidyDateText } from './dateText';
import './components.css';

type DateInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  /** The text as typed; `readDate` turns it into an IsoDate. */
  value: string;
  onChange(text: string): void;
  ref?: Ref<HTMLInputElement>;
};

/**
 * A text field for a date in the language's short form (03/15/2026, 15.03.2026,
 * 2026. 03. 15.) or as 2026-03-15. A real date is shown in the short form on leaving the
 * field; anything else stays as typed.
 */
export function DateInput({ value, onChange, onBlur, className, ref, ...rest }: DateInputProps) {
  const language = useLanguage();
  return (
    <input
      {...rest}
      ref={ref}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      className={['input-date', className].filter(Boolean).join(' ')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onBlur={(event: FocusEvent<HTMLInputElement>) => {
        const tidy = tidyDateText(value, language);
        if (tidy !== value) onChange(tidy);
        onBlur?.(event);
      }}
    />
  );
}

/** "For example 03/15/2026 or 2026-03-15", for the hint under a date field. */
export function useDateHint(): string {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = todayIso();
  return t('components.date.hint', { example: dateText(today, language), iso: today });
}
