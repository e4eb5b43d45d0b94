import type { SheetBarcode } from '../../../../../shared/stock/countSheet';

/**
 * Draws barcodes as SVG text for printed sheets. bwip-js is large, so it is loaded with
 * the first sheet printed, not at start-up.
 */
export async function barcodeDrawer(): Promise<(barcode: SheetBarcode) => string> {
  const { toSVG } = await import('bwip-js/browser');
  return ({ text, symbology }) => {
    try {
      return toSVG({ bcid: symbology, text, height: 8, scale: 2, paddingwidth: 0, paddingheight: 0 }).replace('<svg ', '<svg class="barcode" ');
    } catch {
      // A code Code 128 cannot carry (rare characters) is printed as text only; the scan field still takes it typed.
      return '';
    }
  };
}
