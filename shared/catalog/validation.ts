import type { Account, VatCode } from '../ledger/types';
import { checkBarcode, normalizeBarcode } from './barcodes';
import { problem, type CatalogProblem } from './problems';
import type { CatalogItem, ItemCategory, PackUnit, StockUnit } from './types';
import { unitScale } from './decimalText';

/** An item as a form or an import row gives it: everything but its id and stamps. */
export type ItemDraft = Omit<CatalogItem, 'id' | 'createdAt' | 'updatedAt'>;

export const skuMaxLength = 40;
export const nameMaxLength = 200;
export const notesMaxLength = 2000;
export const maxPacks = 5;
export const maxBarcodes = 20;

/** SKUs are unique whatever their case: "ab-1" and "AB-1" are the same article. */
export function skuKey(sku: string): string {
  return sku.trim().toLocaleUpperCase('en');
}

/** Stock units are short codes: letters, digits, a dot or a slash ("pcs", "kg", "m2", "шт."). */
const unitCode = /^[\p{L}\p{N}./]{1,12}$/u;

/** What a check needs to know about the rest of the books. */
export type ItemContext = {
  /** The item being changed; absent for a new one. */
  existing?: CatalogItem;
  /** The item holding this SKU (any case), if another one does. */
  skuOwner(sku: string): CatalogItem | undefined;
  /** The item holding this barcode, if another one does. */
  barcodeOwner(code: string): CatalogItem | undefined;
  categories: readonly ItemCategory[];
  vatCodes: readonly VatCode[];
  accounts: readonly Account[];
  /** True when stock of the item is on hand: its decimals can no longer change. */
  hasStock?: boolean;
};

/** The item tidied as it will be stored: trimmed text, normalized barcodes. */
export function tidyItemDraft(draft: ItemDraft): ItemDraft {
  const tidy: ItemDraft = {
    ...draft,
    sku: draft.sku.trim(),
    name: draft.name.trim().replace(/\s+/g, ' '),
    unit: { code: draft.unit.code.trim(), decimals: draft.unit.decimals },
    packs: draft.packs.map((pack) => ({ name: pack.name.trim(), contains: pack.contains })),
    barcodes: draft.barcodes.map(normalizeBarcode).filter((code) => code !== ''),
  };
  const notes = draft.notes?.trim();
  if (notes) tidy.notes = notes;
  else delete tidy.notes;
  return tidy;
}

/** Every rule an item breaks, with the field it belongs to; empty when it may be stored. */
export function validateItem(draft: ItemDraft, context: ItemContext): CatalogProblem[] {
  return [
    ...skuProblems(draft.sku, context),
    ...nameProblems(draft.name),
    ...categoryProblems(draft.categoryId, context),
    ...unitProblems(draft.unit, context),
    ...packProblems(draft.packs, draft.unit),
    ...barcodeProblems(draft.barcodes, context),
    ...vatCodeProblems(draft.vatCodeId, context),
    ...accountProblems(draft.accountId, context),
    ...reorderProblems(draft),
    ...(draft.notes && draft.notes.length > notesMaxLength ? [problem('notesTooLong', 'notes', { max: notesMaxLength })] : []),
  ];
}

function skuProblems(sku: string, context: ItemContext): CatalogProblem[] {
  if (sku.trim() === '') return [problem('skuRequired', 'sku')];
  if (sku.length > skuMaxLength) return [problem('skuTooLong', 'sku', { max: skuMaxLength })];
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(sku)) return [problem('skuHasControlCharacters', 'sku')];
  const owner = context.skuOwner(sku);
  if (owner && owner.id !== context.existing?.id) {
    return [problem(owner.archived ? 'skuTakenByArchived' : 'skuTaken', 'sku', { sku: owner.sku, name: owner.name })];
  }
  return [];
}

function nameProblems(name: string): CatalogProblem[] {
  if (name.trim() === '') return [problem('nameRequired', 'name')];
  if (name.length > nameMaxLength) return [problem('nameTooLong', 'name', { max: nameMaxLength })];
  return [];
}

function categoryProblems(categoryId: string, context: ItemContext): CatalogProblem[] {
  const category = context.categories.find((candidate) => candidate.id === categoryId);
  if (!category) return [problem('categoryMissing', 'categoryId')];
  // An item may stay in a category archived after it was filed there.
  if (category.archived && context.existing?.categoryId !== categoryId) return [problem('categoryArchived', 'categoryId')];
  return [];
}

function unitProblems(unit: StockUnit, context: ItemContext): CatalogProblem[] {
  const found: CatalogProblem[] = [];
  if (unit.code.trim() === '') found.push(problem('unitRequired', 'unit'));
  else if (!unitCode.test(unit.code.trim())) found.push(problem('unitInvalid', 'unit'));
  if (!Number.isInteger(unit.decimals) || unit.decimals < 0 || unit.decimals > 3) found.push(problem('decimalsInvalid', 'decimals'));
  else if (context.hasStock && context.existing && context.existing.unit.decimals !== unit.decimals) found.push(problem('decimalsChangedWithStock', 'decimals'));
  return found;
}

function packProblems(packs: readonly PackUnit[], unit: StockUnit): CatalogProblem[] {
  const found: CatalogProblem[] = [];
  const seen = new Set([unit.code.trim().toLocaleLowerCase()]);
  const scale = Number.isInteger(unit.decimals) && unit.decimals >= 0 && unit.decimals <= 3 ? unitScale(unit.decimals) : 1;
  packs.forEach((pack, index) => {
    const name = pack.name.trim();
    if (name === '') found.push(problem('packNameRequired', 'packs', undefined, index));
    else if (seen.has(name.toLocaleLowerCase())) found.push(problem('packNameRepeated', 'packs', { pack: name }, index));
    seen.add(name.toLocaleLowerCase());
    // A pack holds more than one whole unit: a "pack" of one is the unit itself.
    if (!Number.isSafeInteger(pack.contains) || pack.contains <= scale) found.push(problem('packSizeInvalid', 'packs', { pack: name }, index));
    else if (pack.contains % scale !== 0) found.push(problem('packNotWholeUnits', 'packs', { pack: name, unit: unit.code }, index));
    else if (index > 0 && pack.contains <= (packs[index - 1]?.contains ?? 0)) found.push(problem('packsOutOfOrder', 'packs', { pack: name }, index));
  });
  return found;
}

function barcodeProblems(barcodes: readonly string[], context: ItemContext): CatalogProblem[] {
  const found: CatalogProblem[] = [];
  const seen = new Set<string>();
  barcodes.forEach((raw, index) => {
    const code = normalizeBarcode(raw);
    const check = checkBarcode(code);
    if (check === 'invalid') found.push(problem('barcodeInvalid', 'barcodes', { barcode: code }, index));
    else if (check === 'checkDigit') found.push(problem('barcodeCheckDigit', 'barcodes', { barcode: code }, index));
    else if (seen.has(code)) found.push(problem('barcodeRepeated', 'barcodes', { barcode: code }, index));
    else {
      const owner = context.barcodeOwner(code);
      if (owner && owner.id !== context.existing?.id) found.push(problem('barcodeTaken', 'barcodes', { barcode: code, sku: owner.sku, name: owner.name }, index));
    }
    seen.add(code);
  });
  return found;
}

function vatCodeProblems(vatCodeId: string | null, context: ItemContext): CatalogProblem[] {
  if (vatCodeId === null) return [];
  const code = context.vatCodes.find((candidate) => candidate.id === vatCodeId);
  if (!code || (code.archived && context.existing?.vatCodeId !== vatCodeId)) return [problem('vatCodeMissing', 'vatCodeId')];
  return [];
}

/** Stock is booked to an asset (inventory) account, items used up at once to an expense account. */
function accountProblems(accountId: string | null, context: ItemContext): CatalogProblem[] {
  if (accountId === null) return [];
  const account = context.accounts.find((candidate) => candidate.id === accountId);
  if (!account) return [problem('accountMissing', 'accountId')];
  if (context.accounts.some((candidate) => candidate.parentId === accountId)) return [problem('accountIsGroup', 'accountId', { account: accountLabel(account) })];
  if (account.type !== 'asset' && account.type !== 'expense') return [problem('accountWrongType', 'accountId', { account: accountLabel(account) })];
  if (account.archived && context.existing?.accountId !== accountId) return [problem('accountArchived', 'accountId', { account: accountLabel(account) })];
  return [];
}

export function accountLabel(account: Account): string {
  return account.code ? `${account.code} ${account.name}` : account.name;
}

function reorderProblems(draft: ItemDraft): CatalogProblem[] {
  const found: CatalogProblem[] = [];
  const valid = (value: number | null) => value === null || (Number.isSafeInteger(value) && value >= 0);
  if (!valid(draft.reorderPoint)) found.push(problem('quantityInvalid', 'reorderPoint'));
  if (!valid(draft.reorderQuantity)) found.push(problem('quantityInvalid', 'reorderQuantity'));
  else if (draft.reorderQuantity === 0) found.push(problem('reorderQuantityZero', 'reorderQuantity'));
  return found;
}
