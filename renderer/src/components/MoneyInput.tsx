import type { FocusEvent, InputHTMLAttributes, Ref } from 'react';
import { useLanguage } from '../i18n/useLanguage';
import { tidyAmountText } from './amountText';
import './components.css';

type MoneyInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  /** The text as typed; `readAmount` turns it into minor units. */
  value: string;
  onChange(text: string): void;
  currency: string;
  allowNegative?: boolean;
  ref?: Ref<HTMLInputElement>;
};

/**
 * A text field for an amount in the interface language's way ("1 234,56" in Russian).
 * It keeps exactly what was typed; on leaving the field a valid amount is shown grouped
 * with all its decimals, and anything else stays as typed for the form to point at.
 */
export function MoneyInput({ value, onChange, currency, allowNegative = false, onBlur, className, ref, ...rest }: MoneyInputProps) {
  const language = useLanguage();
  return (
    <input
      {...rest}
      ref={ref}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      className={['input-amount', className].filter(Boolean).join(' ')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onBlur={(event: FocusEvent<HTMLInputElement>) => {
        const tidy = tidyAmountText(value, currency, language, allowNegative);
        if (tidy !== value) onChange(tidy);
        onBlur?.(event);
      }}
    />
  );
}
