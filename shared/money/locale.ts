/** What a locale writes around numbers and money, discovered from Intl and cached. */

export type NumberSymbols = { readonly decimal: string; readonly group: string };

const symbolsByLocale = new Map<string, NumberSymbols>();
const affixesByKey = new Map<string, readonly string[]>();

/** The locale's decimal and grouping separators: en-US '.' and ',', ru-RU/hu-HU ',' and a no-break space. */
export function numberSymbolsOf(locale: string): NumberSymbols {
  let symbols = symbolsByLocale.get(locale);
  if (!symbols) {
    // A seven-digit number: some locales (hu) group only from five digits on.
    const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234567.5);
    symbols = {
      decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
      group: parts.find((part) => part.type === 'group')?.value ?? '',
    };
    symbolsByLocale.set(locale, symbols);
  }
  return symbols;
}

/**
 * The ways a currency may be written next to an amount in the locale: its symbol ('$',
 * 'Ft', '₽'), narrow symbol, and ISO code. Longest first, so 'CA$' is tried before '$'.
 */
export function currencyAffixesOf(currency: string, locale: string): readonly string[] {
  const key = `${locale}|${currency}`;
  let affixes = affixesByKey.get(key);
  if (!affixes) {
    const found = new Set<string>([currency]);
    for (const currencyDisplay of ['symbol', 'narrowSymbol', 'code'] as const) {
      const parts = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay }).formatToParts(1);
      for (const part of parts) if (part.type === 'currency') found.add(part.value.trim());
    }
    found.delete('');
    affixes = [...found].sort((a, b) => b.length - a.length);
    affixesByKey.set(key, affixes);
  }
  return affixes;
}
