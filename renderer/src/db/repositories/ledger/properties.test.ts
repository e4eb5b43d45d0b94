import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balancesFromEntries, bucketsFromEntries, compareBalances, LedgerRejected, trialBalance, type EntryInput } from '../../../../../shared/ledger';
import { ledgerTestBook } from './ledgerTesting';
import { storedEntries } from '../../testing';

const leaves = ['bank', 'cash', 'receivable', 'payable', 'vatInput', 'vatOutput', 'capital', 'sales', 'services', 'rent', 'wages', 'travel'];

type Operation =
  | { kind: 'post'; day: number; debit: string; credit: string; amount: number }
  | { kind: 'reverse'; pick: number; day: number }
  | { kind: 'close'; year: 2024 | 2025 }
  | { kind: 'lock'; day: number | null }
  | { kind: 'import'; days: number[]; amount: number };

const dateOf = (day: number) => new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
const day = fc.integer({ min: 0, max: 2 * 365 });

const operationArb: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('post' as const), day, debit: fc.constantFrom(...leaves), credit: fc.constantFrom(...leaves), amount: fc.integer({ min: 1, max: 1_000_000 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reverse' as const), pick: fc.nat(), day }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('close' as const), year: fc.constantFrom(2024 as const, 2025 as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('lock' as const), day: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('import' as const), days: fc.array(day, { minLength: 1, maxLength: 6 }), amount: fc.integer({ min: 1, max: 1000 }) }) },
);

describe('the repository under random operations', () => {
  it('keeps aggregates equal to a rebuild, reports equal to the shared code, and refusals change nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operationArb, { minLength: 3, maxLength: 14 }), async (operations) => {
        const { db, ledger, entry } = await ledgerTestBook();
        try {
          for (const operation of operations) {
            const before = await Promise.all([storedEntries(db), db.balances.toArray(), db.registers.toArray()]);
            let refused = false;
            try {
              if (operation.kind === 'post') {
                await ledger.postNewEntry(entry(dateOf(operation.day), [[operation.debit, operation.amount], [operation.credit, -operation.amount]]));
              } else if (operation.kind === 'reverse') {
                const open = (await storedEntries(db)).filter((e) => e.reversedBy === undefined);
                if (open.length > 0) await ledger.reverseEntry(open[operation.pick % open.length]!.id, dateOf(operation.day));
              } else if (operation.kind === 'close') {
                await ledger.closeYear({ start: `${operation.year}-01-01`, end: `${operation.year}-12-31` });
              } else if (operation.kind === 'lock') {
                await ledger.setLockDate(operation.day === null ? null : dateOf(operation.day));
              } else {
                const inputs: EntryInput[] = operation.days.map((d) => entry(dateOf(d), [['bank', operation.amount], ['sales', -operation.amount]]));
                await ledger.bulkImportEntries(inputs);
              }
            } catch (error) {
              if (!(error instanceof LedgerRejected)) throw error;
              refused = true;
            }
            if (refused) expect(await Promise.all([storedEntries(db), db.balances.toArray(), db.registers.toArray()])).toEqual(before);
          }
          expect(await ledger.checkAggregates()).toEqual([]);
          const [entries, accounts, balances] = await Promise.all([storedEntries(db), ledger.listAccounts(), db.balances.toArray()]);
          expect(compareBalances(balances, balancesFromEntries(entries))).toEqual([]);
          const tb = await ledger.loadTrialBalance('2024-07-15', '2025-09-20');
          expect(tb).toEqual(trialBalance({ accounts, buckets: bucketsFromEntries(entries), from: '2024-07-15', to: '2025-09-20' }));
          for (const total of tb.totals) expect(total.balanced).toBe(true);
          expect((await ledger.loadBalanceSheet('2025-10-31')).totals.balanced).toBe(true);
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
