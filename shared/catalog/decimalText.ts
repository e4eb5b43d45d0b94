/**
 * Quantities in a unit with a fixed number of decimals, as exact integers of its smallest
 * part: "1,5" kg with 3 decimals is 1500. Read from what people type and what spreadsheets
 * hold ("1.5", "1,5", "1 500", "1500.000"); never through a float.
 */
import { parseQuantity } from './quantities';

/** The integer in smallest units, or null when the text is not a quantity with at most `decimals` decimals (read by `parseQuantity`). */
export function quantityFromText(text: string, decimals: number): number | null {
  const read = parseQuantity(text, { code: '', decimals });
  return read.ok ? read.value : null;
}

/** Smallest units as plain decimal text with a dot ("1.5" for 1500 with 3 decimals; "12" for 12 with 0). */
export function quantityText(quantity: number, decimals: number): string {
  const negative = quantity < 0;
  const digits = String(Math.abs(quantity)).padStart(decimals + 1, '0');
  const whole = decimals === 0 ? digits : digits.slice(0, -decimals);
  const fraction = decimals === 0 ? '' : digits.slice(-decimals).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** How many smallest parts one whole unit has (1000 for kg with 3 decimals). */
export function unitScale(decimals: number): number {
  return 10 ** decimals;
}
