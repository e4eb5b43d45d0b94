import type { Account, VatCode } from '../ledger/types';
import { splitBarcodes } from './barcodes';
import { quantityFromText, unitScale } from './decimalText';
import type { ImportMapping } from './importFields';
import type { CatalogSheet } from './importFile';
import { problem, type CatalogProblem } from './problems';
import type { BuiltInCategory, CatalogItem, ItemCategory, PackUnit } from './types';
import { stockUnitOf, unitCodeOf } from './units';
import { skuKey, tidyItemDraft, validateItem, type ItemDraft } from './validation';

/**
 * What an import would do, row by row, against the catalog as it is: add, update or skip
 * each item, and why a row cannot be taken. The preview shows it; the repository computes
 * it again inside its transaction and writes exactly that.
 */

export type CatalogState = {
  items: readonly CatalogItem[];
  categories: readonly ItemCategory[];
  vatCodes: readonly VatCode[];
  accounts: readonly Account[];
  /** Ids of items with stock on hand (their decimals are settled). */
  stocked: ReadonlySet<string>;
};

export type ImportOptions = {
  mapping: ImportMapping;
  /** What to do with a row whose SKU is already in the catalog. */
  existing: 'update' | 'skip';
  /** The built-in categories' names in every language, so "Канцтовары" finds stationery. */
  builtInNames: Record<BuiltInCategory, string[]>;
};

export type PlannedRow = {
  row: number;
  sku: string;
  name: string;
  action: 'add' | 'update' | 'skip';
  /** The item updated or skipped. */
  itemId?: string;
  draft?: ItemDraft;
  /** A category the import creates for this row (by name). */
  newCategory?: string;
  problems: CatalogProblem[];
};

export type ImportPlan = { rows: PlannedRow[]; newCategories: string[] };

/** The id a not-yet-created category has inside a plan. */
export const newCategoryId = (name: string) => `new:${name.trim().toLocaleLowerCase()}`;

const defaultCategory: BuiltInCategory = 'other';

export function planImport(sheet: Pick<CatalogSheet, 'rows'>, options: ImportOptions, state: CatalogState): ImportPlan {
  const bySku = new Map(state.items.map((item) => [skuKey(item.sku), item]));
  const barcodeOwners = new Map<string, CatalogItem>();
  for (const item of state.items) for (const code of item.barcodes) barcodeOwners.set(code, item);
  const findCategory = categoryFinder(state.categories, options.builtInNames);
  const newCategories = new Map<string, string>();
  const fileSkus = new Map<string, number>();
  const fileBarcodes = new Map<string, { row: number; sku: string }>();
  const rows: PlannedRow[] = [];

  for (const { row, cells } of sheet.rows) {
    const cell = (column: number | null) => (column === null ? '' : (cells[column] ?? '').trim());
    const sku = cell(options.mapping.sku);
    const existing = sku === '' ? undefined : bySku.get(skuKey(sku));
    const base = { row, sku, name: cell(options.mapping.name) || existing?.name || '' };
    const firstRow = fileSkus.get(skuKey(sku));
    if (sku !== '' && firstRow !== undefined) {
      rows.push({ ...base, action: existing ? 'update' : 'add', problems: [{ ...problem('skuRepeatedInFile', 'sku', { sku, row: firstRow }), row }] });
      continue;
    }
    if (sku !== '') fileSkus.set(skuKey(sku), row);
    if (existing && options.existing === 'skip') {
      rows.push({ ...base, action: 'skip', itemId: existing.id, problems: [] });
      continue;
    }

    const reading = readRow(cell, options.mapping, existing, findCategory, state);
    if (reading.newCategory && !newCategories.has(reading.newCategory.toLocaleLowerCase())) newCategories.set(reading.newCategory.toLocaleLowerCase(), reading.newCategory);
    const draft = tidyItemDraft(reading.draft);
    const planned = [...newCategories.values()].map((name): ItemCategory => ({ id: newCategoryId(name), name, createdAt: '', updatedAt: '' }));
    const context = {
      ...(existing ? { existing } : {}),
      skuOwner: (value: string) => bySku.get(skuKey(value)),
      barcodeOwner: (code: string) => {
        const inFile = fileBarcodes.get(code);
        if (inFile) return { id: `row:${inFile.row}`, sku: inFile.sku, name: '', archived: false } as CatalogItem;
        return barcodeOwners.get(code);
      },
      categories: [...state.categories, ...planned],
      vatCodes: state.vatCodes,
      accounts: state.accounts,
      hasStock: existing ? state.stocked.has(existing.id) : false,
    };
    const problems = [...reading.problems, ...validateItem(draft, context).filter((found) => !reading.problems.some((known) => known.field === found.field))];
    const inFileTwin = (found: CatalogProblem) =>
      found.key === 'barcodeTaken' && String(found.params?.sku ?? '') !== '' && fileBarcodes.has(String(found.params?.barcode));
    for (const found of problems) {
      if (inFileTwin(found)) {
        found.key = 'barcodeRepeatedInFile';
        found.params = { barcode: String(found.params?.barcode), row: fileBarcodes.get(String(found.params?.barcode))!.row };
      }
      found.row = row;
    }
    for (const code of draft.barcodes) if (!fileBarcodes.has(code)) fileBarcodes.set(code, { row, sku });
    const plannedRow: PlannedRow = { ...base, name: draft.name, action: existing ? 'update' : 'add', draft, problems };
    if (existing) plannedRow.itemId = existing.id;
    if (reading.newCategory) plannedRow.newCategory = reading.newCategory;
    rows.push(plannedRow);
  }
  return { rows, newCategories: [...newCategories.values()] };
}

type RowReading = { draft: ItemDraft; problems: CatalogProblem[]; newCategory?: string };

/** One row's cells as an item draft: an existing item's values stand where the row's cell is empty. */
function readRow(
  cell: (column: number | null) => string,
  mapping: ImportMapping,
  existing: CatalogItem | undefined,
  findCategory: (name: string) => string | undefined,
  ledger: Pick<CatalogState, 'vatCodes' | 'accounts'>,
): RowReading {
  const problems: CatalogProblem[] = [];
  const unitText = cell(mapping.unit);
  const code = unitText === '' ? (existing?.unit.code ?? 'pcs') : unitCodeOf(unitText);
  const decimalsText = cell(mapping.decimals);
  let decimals: number;
  if (decimalsText !== '') decimals = /^\d$/.test(decimalsText) ? Number(decimalsText) : -1;
  else if (existing && (unitText === '' || code === existing.unit.code)) decimals = existing.unit.decimals;
  else decimals = stockUnitOf(code).decimals;
  const scale = decimals >= 0 && decimals <= 3 ? decimals : 0;
  // An updated item counted to more decimals keeps its quantities: 10 pcs stay 10 pcs.
  const rescale = (value: number) => (existing ? rescaled(value, existing.unit.decimals, scale) : value);

  const quantity = (column: number | null, field: 'reorderPoint' | 'reorderQuantity', kept: number | null): number | null => {
    const text = cell(column);
    if (text === '') return kept === null ? null : rescale(kept);
    const value = quantityFromText(text, scale);
    if (value === null) problems.push(problem('quantityInvalid', field, { value: text }));
    return value;
  };

  const categoryText = cell(mapping.category);
  let categoryId = existing?.categoryId ?? defaultCategory;
  let newCategory: string | undefined;
  if (categoryText !== '') {
    const found = findCategory(categoryText);
    if (found) categoryId = found;
    else {
      newCategory = categoryText.replace(/\s+/g, ' ');
      categoryId = newCategoryId(newCategory);
    }
  }

  const barcodeCells = mapping.barcodes.map((column) => cell(column)).filter((text) => text !== '');
  const barcodes = barcodeCells.length > 0 ? barcodeCells.flatMap(splitBarcodes) : (existing?.barcodes ?? []);

  const packs = readPacks(cell, mapping, scale, problems) ?? (existing?.packs ?? []).map((pack) => ({ ...pack, contains: rescale(pack.contains) }));

  const draft: ItemDraft = {
    sku: cell(mapping.sku),
    name: cell(mapping.name) || existing?.name || '',
    categoryId,
    unit: { code, decimals },
    packs,
    barcodes,
    vatCodeId: lookUp(cell(mapping.vatCode), existing?.vatCodeId ?? null, (text) => findVatCode(text), () => problems.push(problem('vatCodeUnknown', 'vatCodeId', { value: cell(mapping.vatCode) }))),
    accountId: lookUp(cell(mapping.account), existing?.accountId ?? null, (text) => findAccount(text), () => problems.push(problem('accountUnknown', 'accountId', { value: cell(mapping.account) }))),
    reorderPoint: quantity(mapping.reorderPoint, 'reorderPoint', existing?.reorderPoint ?? null),
    reorderQuantity: quantity(mapping.reorderQuantity, 'reorderQuantity', existing?.reorderQuantity ?? null),
    archived: existing?.archived ?? false,
  };
  const notes = cell(mapping.notes) || existing?.notes;
  if (notes) draft.notes = notes;
  const reading: RowReading = { draft, problems };
  if (newCategory) reading.newCategory = newCategory;
  return reading;

  function findVatCode(text: string): string | undefined {
    return ledger.vatCodes.find((vat) => vat.code.toLocaleLowerCase() === text.toLocaleLowerCase())?.id;
  }
  function findAccount(text: string): string | undefined {
    const key = text.toLocaleLowerCase();
    const accounts = ledger.accounts;
    return (
      accounts.find((account) => account.code !== undefined && account.code.toLocaleLowerCase() === key) ??
      accounts.find((account) => (account.code ? `${account.code} ${account.name}` : account.name).toLocaleLowerCase() === key) ??
      accounts.find((account) => account.name.toLocaleLowerCase() === key)
    )?.id;
  }
}

function lookUp(text: string, kept: string | null, find: (text: string) => string | undefined, missing: () => void): string | null {
  if (text === '') return kept;
  const found = find(text);
  if (found === undefined) missing();
  return found ?? null;
}

/** Up to two packs from the row: a name and a size in stock units each; none when the row names none. */
function readPacks(cell: (column: number | null) => string, mapping: ImportMapping, decimals: number, problems: CatalogProblem[]): PackUnit[] | null {
  const pairs = [
    [mapping.packName, mapping.packSize],
    [mapping.pack2Name, mapping.pack2Size],
  ] as const;
  const packs: PackUnit[] = [];
  let named = false;
  pairs.forEach(([nameColumn, sizeColumn], index) => {
    const name = cell(nameColumn);
    const size = cell(sizeColumn);
    if (name === '' && size === '') return;
    named = true;
    const contains = size === '' ? null : quantityFromText(size, decimals);
    if (size === '') problems.push(problem('packSizeMissing', 'packs', { pack: name }, index));
    else if (contains === null) problems.push(problem('packSizeInvalid', 'packs', { pack: name || size }, index));
    packs.push({ name: name || (index === 0 ? 'pack' : 'box'), contains: contains ?? 0 });
  });
  return named ? packs : null;
}

/** A quantity in smallest units after the unit's decimals changed; NaN (refused later) when it does not divide. */
function rescaled(value: number, from: number, to: number): number {
  if (from === to) return value;
  if (to > from) return value * unitScale(to - from);
  const factor = unitScale(from - to);
  return value % factor === 0 ? value / factor : Number.NaN;
}

/** Finds a category by its shown name in any language, or its own name, ignoring case. */
function categoryFinder(categories: readonly ItemCategory[], builtInNames: Record<BuiltInCategory, string[]>): (name: string) => string | undefined {
  const byName = new Map<string, string>();
  const add = (name: string | undefined, id: string) => {
    const key = name?.trim().toLocaleLowerCase();
    if (key && !byName.has(key)) byName.set(key, id);
  };
  for (const category of categories) add(category.name, category.id);
  for (const category of categories) {
    add(category.id, category.id);
    if (category.builtIn) for (const name of builtInNames[category.builtIn] ?? []) add(name, category.id);
  }
  return (name) => byName.get(name.trim().toLocaleLowerCase());
}
