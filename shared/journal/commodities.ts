import { isCurrencyCode } from '../money';

/**
 * Commodity symbols a journal may use for a currency, besides the ISO code itself.
 * Only unambiguous symbols: `¥` (JPY or CNY) and `kr` (four currencies) are left out,
 * so such a journal is refused rather than read as the wrong money.
 */
const symbolCodes: Readonly<Record<string, string>> = {
  $: 'USD',
  US$: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  Ft: 'HUF',
  '₽': 'RUB',
  руб: 'RUB',
  '₴': 'UAH',
  'грн': 'UAH',
  'zł': 'PLN',
  'Kč': 'CZK',
  '₸': 'KZT',
  '₺': 'TRY',
  '₹': 'INR',
  '₩': 'KRW',
};

/** The ISO code a journal commodity symbol stands for, or null when we do not know it. */
export function currencyOfSymbol(symbol: string): string | null {
  const mapped = symbolCodes[symbol];
  if (mapped !== undefined) return mapped;
  return isCurrencyCode(symbol) ? symbol : null;
}

/** Every symbol known for a currency (for tests and help texts). */
export function symbolsOfCurrency(code: string): string[] {
  return [code, ...Object.keys(symbolCodes).filter((s) => symbolCodes[s] === code && s !== code)];
}
