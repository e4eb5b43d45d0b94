import { describe, expect, it } from 'vitest';
import { rebuildAggregatesInParts } from './aggregateCheck';
import { balancesFromEntries, registerChunksFromEntries } from './aggregates';
import { generateBook } from './testing';

describe('rebuildAggregatesInParts', () => {
  it('gives the balances and register chunks of all entries, whatever the parts', () => {
    const { entries } = generateBook(3_000, { years: 2 });
    // A year-end close among them: its closing parts must add up like the rest.
    entries[1_500] = { ...entries[1_500]!, closing: true };
    const byKey = <T,>(list: T[], key: (item: T) => string) => new Map(list.map((item) => [key(item), item]));
    for (const size of [1, 250, 777, 3_000]) {
      const rebuild = rebuildAggregatesInParts();
      // Newest first: the parts need not come in date order.
      const reversed = [...entries].reverse();
      for (let start = 0; start < reversed.length; start += size) rebuild.add(reversed.slice(start, start + size));
      const balanceKeyOf = (b: { accountId: string; period: string; currency: string }) => `${b.accountId} ${b.period} ${b.currency}`;
      expect(byKey([...rebuild.balances.values()], balanceKeyOf)).toEqual(byKey(balancesFromEntries(entries), balanceKeyOf));
      const chunkKeyOf = (c: { accountId: string; period: string }) => `${c.accountId} ${c.period}`;
      expect(byKey([...rebuild.registers.values()], chunkKeyOf)).toEqual(byKey(registerChunksFromEntries(entries), chunkKeyOf));
    }
  });
});
