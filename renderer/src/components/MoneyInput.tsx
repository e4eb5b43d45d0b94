import { tidyAmountText } from './amountText';
import { TidyTextInput, type TidyTextInputProps } from './TidyTextInput';
import { useRegionalFormat } from '../i18n/regionalFormat';

/** The text as typed; `readAmount` turns it into minor units. */
type MoneyInputProps = TidyTextInputProps & {
  currency: string;
  allowNegative?: boolean;
};

/**
 * A text field for an amount in the interface language's way ("1 234,56" in Russian).
 * It keeps exactly what was typed; on leaving the field a valid amount is shown grouped
 * with all its decimals, and anything else stays as typed for the form to point at.
 */
export function MoneyInput({ currency, allowNegative = false, className, ...rest }: MoneyInputProps) {
  const regional = useRegionalFormat();
  return (
    <TidyTextInput
      {...rest}
      inputMode="decimal"
      className={['input-amount', className].filter(Boolean).join(' ')}
      tidy={(text) => tidyAmountText(text, currency, regional, allowNegative)}
    />
  );
}
