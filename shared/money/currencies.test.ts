import { describe, expect, it } from 'vitest';
import { currencyCodes, isCurrencyCode, minorDigits } from './currencies';
import { MoneyError } from './errors';

describe('currencies', () => {
  it.each([
    ['USD', 2],
    ['EUR', 2],
    ['RUB', 2],
    ['HUF', 0],
    ['JPY', 0],
    ['KWD', 3],
    ['BHD', 3],
  ])('%s has %s minor digits', (code, digits) => {
    expect(minorDigits(code)).toBe(digits);
  });

  it('knows ISO codes only, in upper case', () => {
    expect(isCurrencyCode('EUR')).toBe(true);
    for (const code of ['eur', 'EURO', 'XYZ', '', ' EUR']) expect(isCurrencyCode(code)).toBe(false);
    expect(() => minorDigits('XYZ')).toThrow(MoneyError);
  });

  it('lists every code once, sorted', () => {
    expect(currencyCodes).toEqual([...new Set(currencyCodes)].sort());
    expect(currencyCodes.every((code) => /^[A-Z]{3}$/.test(code))).toBe(true);
  });

  // The table is pinned on purpose (see currencies.ts). If this fails after a Node or ICU
  // update, do not just edit the table: changing a currency's digits changes stored amounts.
  it('agrees with this runtime’s Intl data', () => {
    const intlDigits = (code: string) =>
      new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits;
    const disagreements = currencyCodes.filter((code) => intlDigits(code) !== minorDigits(code));
    expect(disagreements).toEqual([]);
    const unknownToUs = Intl.supportedValuesOf('currency').filter((code) => !isCurrencyCode(code));
    expect(unknownToUs).toEqual([]);
  });
});
