import { describe, expect, it } from 'vitest';
import { isEan13, sheetBarcodeOf } from './countSheet';

describe('the code printed on a count sheet', () => {
  it('draws a valid EAN-13 as EAN-13 and anything else as Code 128', () => {
    expect(isEan13('4006381333931')).toBe(true);
    expect(isEan13('4006381333932')).toBe(false);
    expect(sheetBarcodeOf({ barcodes: ['4006381333931', '123'], sku: 'A-1' })).toEqual({ text: '4006381333931', symbology: 'ean13' });
    expect(sheetBarcodeOf({ barcodes: ['ABC-99'], sku: 'A-1' })).toEqual({ text: 'ABC-99', symbology: 'code128' });
  });

  it('falls back to the SKU when the item has no barcode', () => {
    expect(sheetBarcodeOf({ barcodes: [], sku: 'PAP-A4' })).toEqual({ text: 'PAP-A4', symbology: 'code128' });
  });
});
