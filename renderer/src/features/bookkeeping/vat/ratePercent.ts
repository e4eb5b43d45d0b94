import { ratePercentNumber } from '../../../../../shared/ledger';
import type { Rate } from '../../../../../shared/money';

/**
 * A rate typed as a percentage, "27", "5.5", "5,5" or "27 %", as an exact fraction:
 * 27 → {27, 100}, 5.5 → {55, 1000}. Null unless it is a number from 0 to 100 with at most
 * four decimals.
 */
export function parseRatePercent(text: string): Rate | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,4}))?$/.exec(text.trim().replace(/\s*%$/, ''));
  if (!match) return null;
  const decimals = match[2] ?? '';
  const numerator = Number(match[1] + decimals);
  const denominator = 100 * 10 ** decimals.length;
  if (numerator > denominator) return null;
  return { numerator, denominator };
}

/** The rate as the field shows it, in the language's decimal mark: {55, 1000} → "5.5" / "5,5". */
export function ratePercentInputText(rate: Rate, decimalMark: string): string {
  return ratePercentNumber(rate).replace('.', decimalMark);
}
