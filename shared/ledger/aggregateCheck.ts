import { applyDeltas, balanceKey, balancesFromEntries, chunkKey, isEmptyBalance, mergeRegisterChunks, registerChunksFromEntries } from './aggregates';
import type { JournalEntry, PeriodBalance, RegisterChunk, RegisterPosting } from './types';

/** Where stored aggregates differ from a rebuild from the entries. */
export type AggregateDifference =
  | { table: 'balances'; accountId: string; period: string; currency: string; stored: PeriodBalance | null; expected: PeriodBalance | null }
  | { table: 'registers'; accountId: string; period: string; storedPostings: number; expectedPostings: number };

function sameBalance(a: PeriodBalance | undefined, b: PeriodBalance | undefined): boolean {
  if (!a || isEmptyBalance(a)) return !b || isEmptyBalance(b);
  if (!b) return false;
  return (
    a.debit === b.debit &&
    a.credit === b.credit &&
    (a.closingDebit ?? 0) === (b.closingDebit ?? 0) &&
    (a.closingCredit ?? 0) === (b.closingCredit ?? 0)
  );
}

/** Balances that differ (a missing record counts as all zero). */
export function compareBalances(stored: readonly PeriodBalance[], expected: readonly PeriodBalance[]): AggregateDifference[] {
  const storedByKey = new Map(stored.map((b) => [balanceKey(b), b]));
  const expectedByKey = new Map(expected.map((b) => [balanceKey(b), b]));
  const differences: AggregateDifference[] = [];
  for (const key of new Set([...storedByKey.keys(), ...expectedByKey.keys()])) {
    const s = storedByKey.get(key);
    const e = expectedByKey.get(key);
    if (sameBalance(s, e)) continue;
    const { accountId, period, currency } = (s ?? e)!;
    differences.push({ table: 'balances', accountId, period, currency, stored: s ?? null, expected: e ?? null });
  }
  return differences;
}

const postingText = (p: RegisterPosting) =>
  JSON.stringify([p.entryId, p.line, p.date, p.number, p.payee, p.memo, p.currency, p.debit, p.credit, p.counterAccountId ?? null, p.closing ?? false]);

function samePostings(a: readonly RegisterPosting[], b: readonly RegisterPosting[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (postingText(a[index]!) !== postingText(b[index]!)) return false;
  return true;
}

/** Register chunks whose postings differ (a missing chunk counts as empty). */
export function compareRegisterChunks(stored: readonly RegisterChunk[], expected: readonly RegisterChunk[]): AggregateDifference[] {
  const storedByKey = new Map(stored.map((c) => [chunkKey(c), c]));
  const expectedByKey = new Map(expected.map((c) => [chunkKey(c), c]));
  const differences: AggregateDifference[] = [];
  for (const key of new Set([...storedByKey.keys(), ...expectedByKey.keys()])) {
    const s = storedByKey.get(key)?.postings ?? [];
    const e = expectedByKey.get(key)?.postings ?? [];
    if (samePostings(s, e)) continue;
    const { accountId, period } = (storedByKey.get(key) ?? expectedByKey.get(key))!;
    differences.push({ table: 'registers', accountId, period, storedPostings: s.length, expectedPostings: e.length });
  }
  return differences;
}

/**
 * The balances and register chunks of entries handed over a part at a time, as
 * `balancesFromEntries` and `registerChunksFromEntries` give them for all at once: a
 * reader of a long list (a backup's parts) checks as it reads, without holding every entry.
 * Keyed by `balanceKey` and `chunkKey`.
 */
export function rebuildAggregatesInParts() {
  const balances = new Map<string, PeriodBalance>();
  const registers = new Map<string, RegisterChunk>();
  return {
    balances,
    registers,
    add(entries: readonly JournalEntry[]): void {
      const deltas = balancesFromEntries(entries);
      for (const balance of applyDeltas(deltas.flatMap((delta) => balances.get(balanceKey(delta)) ?? []), deltas)) balances.set(balanceKey(balance), balance);
      const additions = registerChunksFromEntries(entries);
      for (const chunk of mergeRegisterChunks(additions.flatMap((addition) => registers.get(chunkKey(addition)) ?? []), additions)) registers.set(chunkKey(chunk), chunk);
    },
  };
}
