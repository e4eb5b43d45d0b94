import { describe, expect, it } from 'vitest';
import { checkBarcode, gs1CheckDigit, normalizeBarcode, splitBarcodes } from './barcodes';
import { quantityFromText, quantityText } from './decimalText';

describe('barcodes', () => {
  it('accepts EAN-13, EAN-8 and UPC-A with a right check digit', () => {
    expect(checkBarcode('5901234123457')).toBe('ok');
    expect(checkBarcode('96385074')).toBe('ok');
    expect(checkBarcode('036000291452')).toBe('ok');
    expect(gs1CheckDigit('590123412345')).toBe(7);
  });

  it('refuses a mistyped digit in a numeric code of those lengths', () => {
    expect(checkBarcode('5901234123458')).toBe('checkDigit');
    expect(checkBarcode('96385075')).toBe('checkDigit');
    expect(checkBarcode('036000291453')).toBe('checkDigit');
  });

  it('keeps other codes as text, but not spaces-only or non-printable ones', () => {
    expect(checkBarcode('ABC-123/x')).toBe('ok');
    expect(checkBarcode('12345')).toBe('ok');
    expect(checkBarcode('кириллица')).toBe('invalid');
    expect(checkBarcode('')).toBe('invalid');
  });

  it('drops the spaces people type inside a code and splits several in one cell', () => {
    expect(normalizeBarcode(' 590 1234 123457 ')).toBe('5901234123457');
    expect(splitBarcodes('4006381333931; 96385074,ABC|X1')).toEqual(['4006381333931', '96385074', 'ABC', 'X1']);
  });
});

describe('quantities as text', () => {
  it('reads decimal commas and dots exactly into smallest units', () => {
    expect(quantityFromText('1,5', 3)).toBe(1500);
    expect(quantityFromText('1.5', 3)).toBe(1500);
    expect(quantityFromText('2.500', 0)).toBe(null);
    expect(quantityFromText('2.000', 0)).toBe(2);
    expect(quantityFromText('1 000', 0)).toBe(1000);
    expect(quantityFromText('0.1', 1)).toBe(1);
  });

  it('refuses more decimals than the unit has, signs and words', () => {
    expect(quantityFromText('1.5', 0)).toBe(null);
    expect(quantityFromText('1.2345', 3)).toBe(null);
    expect(quantityFromText('-1', 0)).toBe(null);
    expect(quantityFromText('ten', 0)).toBe(null);
    expect(quantityFromText('', 0)).toBe(null);
  });

  it('writes smallest units back as plain decimals', () => {
    expect(quantityText(1500, 3)).toBe('1.5');
    expect(quantityText(12, 0)).toBe('12');
    expect(quantityText(5, 2)).toBe('0.05');
    expect(quantityText(-250, 2)).toBe('-2.5');
  });
});
