import type { CatalogItem } from '../catalog/types';

/**
 * What a printed count sheet shows for an item: one code a scanner reads back to it. The
 * item's first barcode, drawn as EAN-13 when it is a valid one and Code 128 otherwise; an
 * item without a barcode gets its SKU as Code 128, which the counting screen finds too.
 */
export type SheetBarcode = { text: string; symbology: 'ean13' | 'code128' };

/** Is this a 13-digit code whose last digit is the EAN check digit? */
export function isEan13(code: string): boolean {
  if (!/^\d{13}$/.test(code)) return false;
  const digits = [...code].map(Number);
  const sum = digits.slice(0, 12).reduce((total, digit, index) => total + digit * (index % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10 === digits[12];
}

export function sheetBarcodeOf(item: Pick<CatalogItem, 'barcodes' | 'sku'>): SheetBarcode {
  const first = item.barcodes.find((code) => code.trim() !== '')?.trim();
  const text = first ?? item.sku;
  return { text, symbology: isEan13(text) ? 'ean13' : 'code128' };
}
