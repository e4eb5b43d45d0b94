import type { RegionalFormat } from '../../../../../shared/i18n/regional';
import { readAmount } from '../../../components/amountText';

/** What the amount filter field holds: nothing, bounds to apply per currency, or text that is not an amount or range. */
export type AmountFilterReading =
  | { kind: 'empty' }
  | { kind: 'invalid'; messageKey: string }
  | { kind: 'bounds'; bounds(currency: string): { min: number; max: number } | null };

/** "100", "100–200" (or "100-200", "100..200"), "100-" (at least), "-200" (at most). */
const rangePattern = /^(.*?)\s*(?:\.\.|[-–—])\s*(.*)$/;

/**
 * Reads the amount filter as typed in the user's format: an exact total or a range of
 * totals. Each side is read in the row's currency, so "1 250,00" means 125000 cents of a
 * euro entry and 1 250 forints of a HUF one (null when the text is no amount there).
 */
export function readAmountFilter(text: string, baseCurrency: string, regional: RegionalFormat): AmountFilterReading {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const range = rangePattern.exec(trimmed);
  const [low, high] = range ? [range[1]!, range[2]!] : [trimmed, trimmed];
  if (low.trim() === '' && high.trim() === '') return { kind: 'invalid', messageKey: 'bookkeeping.entries.amountFilterInvalid' };
  const side = (part: string, currency: string, open: number) => {
    const reading = readAmount(part, currency, regional);
    return reading.kind === 'amount' ? reading.minor : reading.kind === 'empty' ? open : null;
  };
  // A typo is reported rather than silently matching nothing: the text must read as an
  // amount in the book's currency or, for entries in another, with cents.
  const readsIn = (currency: string) => side(low, currency, 0) !== null && side(high, currency, 0) !== null;
  if (!readsIn(baseCurrency) && !readsIn('USD')) return { kind: 'invalid', messageKey: 'bookkeeping.entries.amountFilterInvalid' };
  return {
    kind: 'bounds',
    bounds(currency) {
      const min = side(low, currency, 0);
      const max = side(high, currency, Number.MAX_SAFE_INTEGER);
      if (min === null || max === null) return null;
      return min <= max ? { min, max } : { min: max, max: min };
    },
  };
}
