import { problem, quantityFromText, quantityText, stockUnitOf, type CatalogItem, type CatalogProblem, type ItemDraft } from '../../../../../shared/catalog';

/** The item form as typed: quantities stay text until saved, so nothing typed is lost to a refusal. */
export type ItemFormValues = {
  sku: string;
  name: string;
  categoryId: string;
  unitCode: string;
  decimals: string;
  packs: { name: string; size: string }[];
  barcodes: string[];
  vatCodeId: string;
  accountId: string;
  reorderPoint: string;
  reorderQuantity: string;
  notes: string;
  archived: boolean;
};

export function itemFormValuesOf(item: CatalogItem | undefined, defaults: { categoryId: string }): ItemFormValues {
  const decimals = item?.unit.decimals ?? 0;
  const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : quantityText(value, decimals));
  return {
    sku: item?.sku ?? '',
    name: item?.name ?? '',
    categoryId: item?.categoryId ?? defaults.categoryId,
    unitCode: item?.unit.code ?? 'pcs',
    decimals: String(decimals),
    packs: (item?.packs ?? []).map((pack) => ({ name: pack.name, size: text(pack.contains) })),
    barcodes: item && item.barcodes.length > 0 ? [...item.barcodes] : [''],
    vatCodeId: item?.vatCodeId ?? '',
    accountId: item?.accountId ?? '',
    reorderPoint: text(item?.reorderPoint),
    reorderQuantity: text(item?.reorderQuantity),
    notes: item?.notes ?? '',
    archived: item?.archived ?? false,
  };
}

/** A unit chosen from the list brings its usual decimals (kg: 3), unless the user set them. */
export function decimalsForUnit(code: string): string {
  return String(stockUnitOf(code).decimals);
}

/** The form as an item to check and save; quantities that do not read are problems of their field. */
export function itemDraftOf(values: ItemFormValues): { draft: ItemDraft; problems: CatalogProblem[] } {
  const problems: CatalogProblem[] = [];
  const decimals = /^[0-3]$/.test(values.decimals) ? Number(values.decimals) : Number.NaN;
  const scale = Number.isNaN(decimals) ? 0 : decimals;
  const quantity = (text: string, field: 'reorderPoint' | 'reorderQuantity'): number | null => {
    if (text.trim() === '') return null;
    const value = quantityFromText(text, scale);
    if (value === null) problems.push(problem('quantityInvalid', field, { value: text.trim() }));
    return value;
  };
  const packs = values.packs
    .filter((pack) => pack.name.trim() !== '' || pack.size.trim() !== '')
    .map((pack, index) => {
      const contains = quantityFromText(pack.size, scale);
      if (contains === null) problems.push(problem(pack.size.trim() === '' ? 'packSizeMissing' : 'packSizeInvalid', 'packs', { pack: pack.name.trim() || pack.size }, index));
      return { name: pack.name, contains: contains ?? 0 };
    });
  const draft: ItemDraft = {
    sku: values.sku,
    name: values.name,
    categoryId: values.categoryId,
    unit: { code: values.unitCode, decimals },
    packs,
    barcodes: values.barcodes.filter((code) => code.trim() !== ''),
    vatCodeId: values.vatCodeId || null,
    accountId: values.accountId || null,
    reorderPoint: quantity(values.reorderPoint, 'reorderPoint'),
    reorderQuantity: quantity(values.reorderQuantity, 'reorderQuantity'),
    archived: values.archived,
  };
  if (values.notes.trim() !== '') draft.notes = values.notes;
  return { draft, problems };
}
