/**
 * The columns a catalog import can read, and the guess of which file column is which from
 * its header, in English, Russian and Hungarian (the header words offices and suppliers use).
 */
export const importFields = [
  'sku',
  'name',
  'category',
  'unit',
  'decimals',
  'barcodes',
  'packName',
  'packSize',
  'pack2Name',
  'pack2Size',
  'reorderPoint',
  'reorderQuantity',
  'vatCode',
  'account',
  'notes',
] as const;
export type ImportField = (typeof importFields)[number];

/** Which column (0-based) each field is read from; barcodes may come from several columns. */
export type ImportMapping = { [F in Exclude<ImportField, 'barcodes'>]: number | null } & { barcodes: number[] };

export const requiredImportFields = ['sku', 'name'] as const satisfies readonly ImportField[];

export function emptyMapping(): ImportMapping {
  const mapping = Object.fromEntries(importFields.map((field) => [field, null])) as unknown as ImportMapping;
  mapping.barcodes = [];
  return mapping;
}

/** Header words per field, lower case, without accents' absence assumed: matched after trimming. */
const headerWords: Record<ImportField, string[]> = {
  sku: ['sku', 'article', 'article no', 'article number', 'item code', 'item no', 'code', 'product code', 'артикул', 'код', 'код товара', 'cikkszám', 'cikkszam', 'termékkód', 'kód', 'azonosító'],
  name: ['name', 'item', 'item name', 'product', 'product name', 'description', 'наименование', 'название', 'товар', 'номенклатура', 'megnevezés', 'név', 'termék', 'termék neve', 'cikk neve'],
  category: ['category', 'group', 'категория', 'группа', 'kategória', 'csoport', 'termékcsoport'],
  unit: ['unit', 'uom', 'unit of measure', 'stock unit', 'ед', 'ед.', 'ед. изм.', 'ед.изм.', 'единица', 'единица измерения', 'мера', 'mértékegység', 'me', 'm.e.', 'egység'],
  decimals: ['decimals', 'decimal places', 'знаков', 'знаки после запятой', 'десятичные', 'tizedesjegy', 'tizedesek', 'tizedes'],
  barcodes: ['barcode', 'barcodes', 'ean', 'ean13', 'ean-13', 'gtin', 'upc', 'штрихкод', 'штрих-код', 'штрихкоды', 'vonalkód', 'vonalkod', 'vonalkódok'],
  packName: ['pack', 'pack name', 'package', 'packaging', 'упаковка', 'тип упаковки', 'kiszerelés', 'csomag', 'csomagolás'],
  packSize: ['pack size', 'per pack', 'units per pack', 'qty per pack', 'в упаковке', 'кол-во в упаковке', 'количество в упаковке', 'kiszerelés mérete', 'csomagban', 'db/csomag', 'mennyiség/csomag'],
  pack2Name: ['box', 'carton', 'case', 'коробка', 'короб', 'ящик', 'karton', 'doboz'],
  pack2Size: ['box size', 'per box', 'per carton', 'units per box', 'в коробке', 'кол-во в коробке', 'в коробе', 'kartonban', 'dobozban', 'db/karton', 'db/doboz'],
  reorderPoint: ['reorder point', 'min stock', 'minimum stock', 'minimum', 'min', 'точка заказа', 'мин. остаток', 'минимальный остаток', 'минимум', 'rendelési pont', 'minimum készlet', 'minimális készlet', 'min. készlet'],
  reorderQuantity: ['reorder quantity', 'reorder qty', 'order quantity', 'order qty', 'количество заказа', 'объём заказа', 'партия заказа', 'rendelési mennyiség', 'utánrendelési mennyiség'],
  vatCode: ['vat', 'vat code', 'vat rate', 'tax', 'tax code', 'ндс', 'ставка ндс', 'код ндс', 'áfa', 'áfakulcs', 'áfa kód', 'áfakód', 'áfa-kód', 'áfa-kulcs'],
  account: ['account', 'gl account', 'ledger account', 'expense account', 'inventory account', 'счёт', 'счет', 'счёт учёта', 'счет учета', 'főkönyvi szám', 'számla', 'főkönyvi számla'],
  notes: ['notes', 'note', 'comment', 'comments', 'remarks', 'примечание', 'комментарий', 'заметки', 'megjegyzés', 'megjegyzések'],
};

/** A header as compared: lower case, punctuation at the ends and doubled spaces dropped. */
export function headerKey(header: string): string {
  return header
    .toLocaleLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s"'#*№:]+|[\s"'*:]+$/g, '')
    .trim();
}

const phraseIndex = new Map<string, ImportField>();
for (const field of importFields) for (const word of headerWords[field]) if (!phraseIndex.has(word)) phraseIndex.set(word, field);

/**
 * The mapping the headers suggest: an exact header phrase first, then a header that starts
 * with one ("EAN-13 code", "Наименование товара"). Each column is used once, except that
 * every barcode-like column joins the barcodes.
 */
export function guessMapping(headers: readonly string[]): ImportMapping {
  const mapping = emptyMapping();
  const keys = headers.map(headerKey);
  const used = new Set<number>();
  const assign = (field: ImportField, column: number) => {
    if (field === 'barcodes') mapping.barcodes.push(column);
    else if (mapping[field] === null) mapping[field] = column;
    else return;
    used.add(column);
  };
  keys.forEach((key, column) => {
    const field = phraseIndex.get(key);
    if (field) assign(field, column);
  });
  keys.forEach((key, column) => {
    if (used.has(column) || key === '') return;
    const field = [...phraseIndex.entries()]
      .filter(([phrase]) => phrase.length >= 3 && (key.startsWith(`${phrase} `) || key.startsWith(`${phrase},`) || key.startsWith(`${phrase}(`)))
      .sort((a, b) => b[0].length - a[0].length)[0]?.[1];
    if (field) assign(field, column);
  });
  return mapping;
}

/** Fields the user still has to map before the import can be read. */
export function missingRequiredFields(mapping: ImportMapping): ImportField[] {
  return requiredImportFields.filter((field) => mapping[field] === null);
}
