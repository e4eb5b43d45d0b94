import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../shared/dates';
import { dateText, tidyDateText } from './dateText';
import { TidyTextInput, type TidyTextInputProps } from './TidyTextInput';
import { useRegionalFormat } from '../i18n/regionalFormat';

/**
 * A text field for a date in the language's short form (03/15/2026, 15.03.2026,
 * 2026. 03. 15.) or as 2026-03-15. A real date is shown in the short form on leaving the
 * field; anything else stays as typed (`readDate` turns the text into an IsoDate).
 */
export function DateInput({ className, ...rest }: TidyTextInputProps) {
  const regional = useRegionalFormat();
  return (
    <TidyTextInput
      {...rest}
      inputMode="numeric"
      className={['input-date', className].filter(Boolean).join(' ')}
      tidy={(text) => tidyDateText(text, regional)}
    />
  );
}

/**
 * A date that a line never breaks inside: its spaces (2026. 03. 15.) become no-break
 * spaces and its hyphens (2026-03-15) no-break hyphens, which look the same.
 */
export function unbrokenDate(text: string): string {
  return text.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}

/** "For example 03/15/2026 or 2026-03-15", for the hint under a date field. */
export function useDateHint(): string {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const today = todayIso();
  return t('components.date.hint', { example: unbrokenDate(dateText(today, regional)), iso: unbrokenDate(today) });
}
