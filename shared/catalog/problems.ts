/**
 * What the catalog can refuse, as keys the renderer translates under
 * `inventory.catalog.problems.*`; params fill in the SKU, the barcode, the limit.
 */
export const catalogProblemKeys = [
  'skuRequired',
  'skuTooLong',
  'skuHasControlCharacters',
  'skuTaken',
  'skuTakenByArchived',
  'skuRepeatedInFile',
  'nameRequired',
  'nameTooLong',
  'categoryMissing',
  'categoryArchived',
  'unitRequired',
  'unitInvalid',
  'decimalsInvalid',
  'decimalsChangedWithStock',
  'packNameRequired',
  'packNameRepeated',
  'packSizeInvalid',
  'packNotWholeUnits',
  'packsOutOfOrder',
  'barcodeInvalid',
  'barcodeCheckDigit',
  'barcodeRepeated',
  'barcodeTaken',
  'barcodeRepeatedInFile',
  'vatCodeMissing',
  'vatCodeUnknown',
  'accountUnknown',
  'packSizeMissing',
  'accountMissing',
  'accountIsGroup',
  'accountWrongType',
  'accountArchived',
  'quantityInvalid',
  'reorderQuantityZero',
  'notesTooLong',
  'itemNotFound',
  'nothingToImport',
  'categoryNameRequired',
  'categoryNameTaken',
  'categoryNotFound',
] as const;
export type CatalogProblemKey = (typeof catalogProblemKeys)[number];

/** The item field a problem belongs to, so a form shows it under that field. */
export type ItemField =
  | 'sku'
  | 'name'
  | 'categoryId'
  | 'unit'
  | 'decimals'
  | 'packs'
  | 'barcodes'
  | 'vatCodeId'
  | 'accountId'
  | 'reorderPoint'
  | 'reorderQuantity'
  | 'notes'
  | 'item';

export type CatalogProblem = {
  key: CatalogProblemKey;
  field: ItemField;
  /** The file row (as a spreadsheet numbers it) of an imported item. */
  row?: number;
  /** Index of the pack or barcode the problem is on. */
  index?: number;
  params?: Record<string, string | number>;
};

/** Thrown by the catalog repository when it refuses a write; nothing was stored. */
export class CatalogRejected extends Error {
  constructor(readonly problems: CatalogProblem[]) {
    super(`The catalog refused the change: ${problems.map((problem) => problem.key).join(', ')}`);
    this.name = 'CatalogRejected';
  }
}

export function problem(key: CatalogProblemKey, field: ItemField, params?: CatalogProblem['params'], index?: number): CatalogProblem {
  const found: CatalogProblem = { key, field };
  if (params) found.params = params;
  if (index !== undefined) found.index = index;
  return found;
}
