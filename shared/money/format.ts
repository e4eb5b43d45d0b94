import { minorDigits } from './currencies';
import { decimalTextOf, money, type Money } from './money';

/** How the currency shows: '$' / 'Ft' (symbol), 'USD' (code), or not at all (for table columns). */
export type MoneyDisplay = 'symbol' | 'code' | 'none';

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: string, currency: string, display: MoneyDisplay): Intl.NumberFormat {
  const key = `${locale}|${currency}|${display}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // Digits come from our currency table, not Intl's defaults, so what is shown is what is stored.
    const digits = minorDigits(currency);
    // Grouping 'always': hu-HU (and pl, es) leave 4-digit numbers ungrouped by default, so
    // 1234 and 12 345 would not line up in a column; every amount is grouped alike.
    const fractionDigits = { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: 'always' as const };
    formatter =
      display === 'none'
        ? new Intl.NumberFormat(locale, { style: 'decimal', ...fractionDigits })
        : new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: display, ...fractionDigits });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * An amount for people, in the locale's way: "$1,234.56", "1 234,56 ₽", "1 235 Ft".
 * Intl gets the exact decimal text ("1234.56"), never minor / 100 as a float.
 */
export function formatMoney(m: Money, locale: string, options?: { display?: MoneyDisplay }): string {
  const { minor, currency } = money(m.minor, m.currency);
  const text = decimalTextOf(BigInt(minor), minorDigits(currency)) as `${number}`;
  return formatterFor(locale, currency, options?.display ?? 'symbol').format(text);
}

/** The number alone, with all minor digits and grouping, for table columns: "1,234.50". */
export function formatAmount(minor: number, currency: string, locale: string): string {
  return formatMoney(money(minor, currency), locale, { display: 'none' });
}
