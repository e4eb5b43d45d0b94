import type { StockUnit } from './types';

/**
 * Stock unit codes the app knows, with the decimals they are usually counted to. Other
 * codes are kept as typed; these are shown translated ("шт", "db") and imports that write
 * them in Russian or Hungarian land on the same code.
 */
export const knownUnits = ['pcs', 'pack', 'box', 'kg', 'g', 'l', 'm', 'm2'] as const;
export type KnownUnit = (typeof knownUnits)[number];

const defaultDecimals: Record<KnownUnit, number> = { pcs: 0, pack: 0, box: 0, kg: 3, g: 0, l: 3, m: 2, m2: 2 };

const aliases: Record<string, KnownUnit> = {
  pcs: 'pcs', pc: 'pcs', piece: 'pcs', pieces: 'pcs', ea: 'pcs', each: 'pcs', unit: 'pcs', 'шт': 'pcs', 'штук': 'pcs', 'штука': 'pcs', db: 'pcs', darab: 'pcs',
  pack: 'pack', pk: 'pack', 'уп': 'pack', 'упак': 'pack', 'упаковка': 'pack', csomag: 'pack', cs: 'pack',
  box: 'box', 'кор': 'box', 'коробка': 'box', doboz: 'box', karton: 'box',
  kg: 'kg', 'кг': 'kg', g: 'g', 'г': 'g', 'гр': 'g',
  l: 'l', 'л': 'l', liter: 'l', litre: 'l', 'liter.': 'l',
  m: 'm', 'м': 'm', 'méter': 'm', m2: 'm2', 'м2': 'm2', 'кв.м': 'm2', 'nm': 'm2',
};

/** The known code a typed unit stands for ("шт." → pcs, "db" → pcs), or the text as typed. */
export function unitCodeOf(text: string): string {
  const bare = text.trim();
  const key = bare.toLocaleLowerCase().replace(/\.$/, '');
  return aliases[key] ?? bare;
}

export function isKnownUnit(code: string): code is KnownUnit {
  return (knownUnits as readonly string[]).includes(code);
}

/** The unit with its usual decimals: 3 for kg and l, 0 for pieces and anything unknown. */
export function stockUnitOf(code: string, decimals?: number): StockUnit {
  return { code, decimals: decimals ?? (isKnownUnit(code) ? defaultDecimals[code] : 0) };
}
