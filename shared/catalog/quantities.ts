import { numberSymbolsOf } from '../money/locale';
import type { CatalogItem, StockUnit } from './types';

/**
 * Quantities are exact integers in the item's smallest stock unit (see types.ts). These
 * turn what a person types ("1,5" kg, 3 boxes + 4 packs) into that integer and back,
 * with digits handled as text, never as floats, so no unit is ever lost.
 */

export const quantityErrors = ['empty', 'notANumber', 'negative', 'tooManyDecimals', 'tooLarge'] as const;
export type QuantityError = (typeof quantityErrors)[number];
export type QuantityResult = { ok: true; value: number } | { ok: false; error: QuantityError };

const largest = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Reads a typed quantity in the unit ("12", "1,5", "1.250", "1 000"): either ',' or '.'
 * is the decimal mark (a quantity has one at most; spaces group thousands). Given the
 * locale the user writes numbers in, its group mark is read as one where it stands
 * between groups of three digits, so "5,000" in English is five thousand and "1,500.25"
 * one thousand five hundred and a quarter; "1,5" stays one and a half. A minus is
 * refused: the direction of a movement comes from its kind, and a count is never negative.
 */
export function parseQuantity(input: string, unit: StockUnit, locale?: string): QuantityResult {
  let text = input.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (text === '') return { ok: false, error: 'empty' };
  if (/^[-\u2212]/.test(text)) return { ok: false, error: 'negative' };
  if (locale) text = withoutGroupMarks(text, numberSymbolsOf(locale));
  const match = /^(\d*)(?:[.,](\d*))?$/.exec(text);
  if (!match || (match[1] === '' && (match[2] ?? '') === '')) return { ok: false, error: 'notANumber' };
  const fraction = match[2] ?? '';
  if (fraction.replace(/0+$/, '').length > unit.decimals) return { ok: false, error: 'tooManyDecimals' };
  const minor = BigInt((match[1] || '0') + fraction.slice(0, unit.decimals).padEnd(unit.decimals, '0'));
  if (minor > largest) return { ok: false, error: 'tooLarge' };
  return { ok: true, value: Number(minor) };
}

/** "5,000" → "5000" and "1,500.25" → "1500.25" where ',' groups thousands; anything else as typed. */
function withoutGroupMarks(text: string, symbols: { decimal: string; group: string }): string {
  const { group, decimal } = symbols;
  if (group !== ',' && group !== '.') return text;
  const escape = (mark: string) => (mark === '.' ? '\\.' : mark);
  const grouped = new RegExp(`^\\d{1,3}(?:${escape(group)}\\d{3})+(?:${escape(decimal)}\\d*)?$`);
  return grouped.test(text) ? text.split(group).join('') : text;
}

/** The integer as the unit's decimal text, e.g. 1500 with 3 decimals → "1.500" (dot, no grouping). */
export function quantityDecimalText(quantity: number, unit: StockUnit): string {
  const negative = quantity < 0;
  const digits = String(Math.abs(quantity)).padStart(unit.decimals + 1, '0');
  const whole = digits.slice(0, digits.length - unit.decimals);
  const fraction = unit.decimals > 0 ? `.${digits.slice(digits.length - unit.decimals)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** The quantity written the locale's way ("1 500,250" in hu/ru, "1,500.250" in en), without the unit. */
export function formatQuantity(quantity: number, unit: StockUnit, locale: string): string {
  const { decimal, group } = numberSymbolsOf(locale);
  const [whole = '0', fraction] = quantityDecimalText(Math.abs(quantity), unit).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${quantity < 0 ? '-' : ''}${grouped}${fraction ? decimal + fraction : ''}`;
}

type PackedItem = Pick<CatalogItem, 'unit' | 'packs'>;

/** Packs counted plus loose units, e.g. 3 boxes + 4 packs + 2 pcs. Pack counts are whole packs. */
export type PackCount = { packs: Record<string, number>; units: number };

/** The exact total of a pack count in smallest units; null when a pack is unknown or a count not whole. */
export function quantityOfPacks(count: PackCount, item: PackedItem): number | null {
  let total = count.units;
  for (const [name, packs] of Object.entries(count.packs)) {
    const pack = item.packs.find((candidate) => candidate.name === name);
    if (!pack || !Number.isSafeInteger(packs) || packs < 0) return null;
    total += packs * pack.contains;
  }
  return Number.isSafeInteger(total) ? total : null;
}

/** The quantity as whole packs, largest first, and what is left in units (exact: the parts add up to it). */
export function packBreakdown(quantity: number, item: PackedItem): { packs: { name: string; count: number }[]; units: number } {
  const packs: { name: string; count: number }[] = [];
  let left = Math.abs(quantity);
  for (const pack of [...item.packs].sort((a, b) => b.contains - a.contains)) {
    const count = Math.floor(left / pack.contains);
    if (count > 0) packs.push({ name: pack.name, count });
    left -= count * pack.contains;
  }
  return { packs, units: left };
}
