/**
 * Barcodes as the scanner reads them. A numeric code of EAN-8, UPC-A or EAN-13 length
 * carries a check digit, so a mistyped digit is caught here rather than at the till;
 * anything else (Code 128, an in-house label) is kept as text.
 */

/** The barcode as stored: trimmed, inner spaces removed (people type "590 1234 123457"). */
export function normalizeBarcode(text: string): string {
  return text.trim().replace(/[\s\u00a0]+/g, '');
}

/** Printable ASCII only, as barcode symbologies encode; at most 48 characters. */
const barcodeText = /^[\x21-\x7e]{1,48}$/;

/** The GS1 check digit of the digits before it (EAN-8, UPC-A, EAN-13 share the rule). */
export function gs1CheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

export type BarcodeCheck = 'ok' | 'invalid' | 'checkDigit';

/** Whether a normalized barcode may be stored; numeric 8, 12 and 13 digit codes must carry a right check digit. */
export function checkBarcode(code: string): BarcodeCheck {
  if (!barcodeText.test(code)) return 'invalid';
  if (/^\d+$/.test(code) && (code.length === 8 || code.length === 12 || code.length === 13)) {
    return gs1CheckDigit(code.slice(0, -1)) === Number(code.at(-1)) ? 'ok' : 'checkDigit';
  }
  return 'ok';
}

/** Several barcodes typed or imported in one cell: separated by commas, semicolons, bars or line breaks. */
export function splitBarcodes(text: string): string[] {
  return text
    .split(/[,;|\n\r]+/)
    .map(normalizeBarcode)
    .filter((code) => code !== '');
}
