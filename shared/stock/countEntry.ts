import type { CatalogItem } from '../catalog/types';

/**
 * A count as typed on the counting screen: a field per pack (boxes, packs …) and one for
 * loose units, e.g. 3 boxes + 4 packs + 2 pcs. Empty fields are nothing; all empty is
 * "not counted", not zero. The total is exact, in smallest stock units.
 */
export type CountFields = { packs: Record<string, string>; units: string };

export type CountReading =
  | { kind: 'empty' }
  | { kind: 'counted'; quantity: number }
  | { kind: 'notANumber'; text: string }
  | { kind: 'negative'; text: string };

/** Reads a typed figure into smallest units ("1,5" and "1.5" alike); null when it is not a number the unit can hold. */
export function readQuantityText(text: string, decimals: number): number | null {
  const trimmed = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(trimmed);
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > decimals) return null;
  const quantity = Number(whole) * 10 ** decimals + Number(fraction.padEnd(decimals, '0') || '0');
  return Number.isSafeInteger(quantity) ? (sign === '-' ? -quantity : quantity) : null;
}

export function readCount(fields: CountFields, item: Pick<CatalogItem, 'unit' | 'packs'>): CountReading {
  let total = 0;
  let any = false;
  const parts: Array<[string, number, number]> = [
    ...item.packs.map((pack): [string, number, number] => [fields.packs[pack.name] ?? '', 0, pack.contains]),
    [fields.units, item.unit.decimals, 1],
  ];
  for (const [text, decimals, contains] of parts) {
    if (text.trim() === '') continue;
    any = true;
    const quantity = readQuantityText(text, decimals);
    if (quantity === null) return { kind: 'notANumber', text };
    if (quantity < 0) return { kind: 'negative', text };
    total += quantity * contains;
  }
  if (!any) return { kind: 'empty' };
  return Number.isSafeInteger(total) ? { kind: 'counted', quantity: total } : { kind: 'notANumber', text: fields.units };
}
