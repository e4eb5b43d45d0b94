/** How much of a journal is in one currency. */
export type CurrencyShare = { currency: string; entries: number; amounts: number };

/**
 * Entries and amounts (postings) per currency, a line's own currency counting for its
 * amount, sorted by code: what an import says before it writes amounts in a currency that
 * is not the company's.
 */
export function currencyShares(entries: Iterable<{ currency: string; lines: readonly { currency?: string }[] }>): CurrencyShare[] {
  const shares = new Map<string, CurrencyShare>();
  const share = (currency: string) => shares.get(currency) ?? shares.set(currency, { currency, entries: 0, amounts: 0 }).get(currency)!;
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const line of entry.lines) {
      const currency = line.currency ?? entry.currency;
      share(currency).amounts += 1;
      if (!seen.has(currency)) share(currency).entries += 1;
      seen.add(currency);
    }
  }
  return [...shares.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

/** The shares in currencies other than the company's. */
export function foreignCurrencyShares(shares: readonly CurrencyShare[], baseCurrency: string): CurrencyShare[] {
  return shares.filter((share) => share.currency !== baseCurrency);
}
