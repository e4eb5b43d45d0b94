import { normalizeBarcode, type CatalogItem } from '../../../../../shared/catalog';

/** What the items list is narrowed to. */
export type ItemFilter = { search: string; categoryId: string; showArchived: boolean };

export type ItemRow = CatalogItem & { categoryName: string; onHand: number | undefined };

/**
 * The items the list shows, by name: a search matches a SKU or name containing the words
 * typed (any case), or a barcode exactly or by its start (a scanner types it whole).
 */
export function filterItems(rows: readonly ItemRow[], filter: ItemFilter, collator: Intl.Collator): ItemRow[] {
  const query = filter.search.trim().toLocaleLowerCase();
  const words = query.split(/\s+/).filter(Boolean);
  const code = normalizeBarcode(filter.search);
  const found = rows.filter((row) => {
    if (!filter.showArchived && row.archived) return false;
    if (filter.categoryId !== '' && row.categoryId !== filter.categoryId) return false;
    if (words.length === 0) return true;
    if (code !== '' && row.barcodes.some((barcode) => barcode.startsWith(code))) return true;
    const text = `${row.sku} ${row.name}`.toLocaleLowerCase();
    return words.every((word) => text.includes(word));
  });
  return found.sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.sku, b.sku));
}
