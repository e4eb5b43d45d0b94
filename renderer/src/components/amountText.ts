import type { RegionalFormat } from '../../../shared/i18n/regional';
import { formatAmount, minorDigits, parseMoney } from '../../../shared/money';

/** What an amount field holds: nothing, an amount in minor units, or text that is not one (with its message key). */
export type AmountReading = { kind: 'empty' } | { kind: 'amount'; minor: number } | { kind: 'invalid'; messageKey: string };

/**
 * Reads what was typed in an amount field in the region's way (shared/money
 * does the reading). Amounts below zero are refused unless `allowNegative`.
 */
export function readAmount(text: string, currency: string, regional: RegionalFormat, options: { allowNegative?: boolean } = {}): AmountReading {
  if (text.trim() === '') return { kind: 'empty' };
  const parsed = parseMoney(text, currency, regional.locale);
  if (!parsed.ok) return { kind: 'invalid', messageKey: `components.amount.${parsed.error}` };
  if (parsed.value.minor < 0 && !options.allowNegative) return { kind: 'invalid', messageKey: 'components.amount.negative' };
  return { kind: 'amount', minor: parsed.value.minor };
}

/** The amount as the field shows it once typed: grouped, with all decimals ("1,234.50"). */
export function amountText(minor: number, currency: string, regional: RegionalFormat): string {
  return formatAmount(minor, currency, regional.locale);
}

/** The typed text tidied up when it is an amount; left as typed otherwise, so nothing is lost. */
export function tidyAmountText(text: string, currency: string, regional: RegionalFormat, allowNegative = false): string {
  const reading = readAmount(text, currency, regional, { allowNegative });
  return reading.kind === 'amount' ? amountText(reading.minor, currency, regional) : text;
}

/** An example amount in the currency and region, for messages: "1,234.50", "1 234,50", "1,234" (HUF). */
export function amountExample(currency: string, regional: RegionalFormat): string {
  const digits = minorDigits(currency);
  const minor = 1234 * 10 ** digits + (digits >= 2 ? 50 * 10 ** (digits - 2) : 0);
  return formatAmount(minor, currency, regional.locale);
}
