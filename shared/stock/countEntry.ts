import { parseQuantity, quantityOfPacks } from '../catalog/quantities';
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

const wholePacks = { code: 'pack', decimals: 0 };

export function readCount(fields: CountFields, item: Pick<CatalogItem, 'unit' | 'packs'>, locale?: string): CountReading {
  const packs: Record<string, number> = {};
  let units = 0;
  let any = false;
  const read = (text: string, unit: typeof wholePacks): number | CountReading => {
    const parsed = parseQuantity(text, unit, locale);
    if (parsed.ok) return parsed.value;
    return parsed.error === 'negative' ? { kind: 'negative', text } : { kind: 'notANumber', text };
  };
  for (const pack of item.packs) {
    const text = fields.packs[pack.name] ?? '';
    if (text.trim() === '') continue;
    any = true;
    const count = read(text, wholePacks);
    if (typeof count !== 'number') return count;
    packs[pack.name] = count;
  }
  if (fields.units.trim() !== '') {
    any = true;
    const count = read(fields.units, item.unit);
    if (typeof count !== 'number') return count;
    units = count;
  }
  if (!any) return { kind: 'empty' };
  const quantity = quantityOfPacks({ packs, units }, item);
  return quantity === null ? { kind: 'notANumber', text: fields.units } : { kind: 'counted', quantity };
}
