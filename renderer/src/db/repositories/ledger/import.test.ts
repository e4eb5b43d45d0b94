import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LedgerRejected, type EntryInput } from '../../../../../shared/ledger';
import type { BackofficeDb } from '../../database';
import { importChunkSize, type ImportProgress } from './import';
import { ledgerTestBook } from './ledgerTesting';
import { storedEntries, unguardedConnection } from '../../testing';

let db: BackofficeDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

async function book() {
  const made = await ledgerTestBook();
  db = made.db;
  /** `count` entries over 2024–2025, newest first (the import sorts them). */
  const many = (count: number): EntryInput[] =>
    Array.from({ length: count }, (_, index) => {
      const day = count - index;
      const date = new Date(Date.UTC(2024, 0, 1 + (day % 700))).toISOString().slice(0, 10);
      return made.entry(date, [['bank', 100 + index], ['sales', -(100 + index)]], { payee: `Customer ${index % 7}`, origin: 'journalImport' });
    });
  return { ...made, many };
}

describe('bulkImportEntries', () => {
  it('posts in chunks with progress, numbers by date, and leaves aggregates equal to a rebuild', { timeout: 30_000 }, async () => {
    const { ledger, many, db } = await book();
    const total = importChunkSize * 2 + 500;
    const progress: ImportProgress[] = [];
    const outcome = await ledger.bulkImportEntries(many(total), (p) => progress.push(p));
    expect(outcome).toEqual({ imported: total, total, cancelled: false });
    expect(progress).toEqual([
      { done: 0, total },
      { done: importChunkSize, total },
      { done: importChunkSize * 2, total },
      { done: total, total },
    ]);
    expect(await storedEntries(db).then((entries) => entries.length)).toBe(total);
    const imports = (await db.auditLog.toArray()).filter((e) => e.action === 'entriesImported');
    expect(imports.map((e) => e.recordIds.length)).toEqual([importChunkSize, importChunkSize, 500]);
    const [first] = (await storedEntries(db)).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    expect(first?.number).toBe('2024-0001');
    expect(await ledger.checkAggregates()).toEqual([]);
    const tb = await ledger.loadTrialBalance(undefined, '2025-12-31');
    expect(tb.totals[0]).toMatchObject({ balanced: true, debit: total * 100 + (total * (total - 1)) / 2 });
  });

  it('stops between chunks when cancelled; what was imported is complete and consistent', async () => {
    const { ledger, many, db } = await book();
    const controller = new AbortController();
    const total = importChunkSize * 3;
    const outcome = await ledger.bulkImportEntries(many(total), ({ done }) => {
      if (done >= importChunkSize) controller.abort();
    }, controller.signal);
    expect(outcome).toEqual({ imported: importChunkSize, total, cancelled: true });
    expect(await storedEntries(db).then((entries) => entries.length)).toBe(importChunkSize);
    expect(await ledger.checkAggregates()).toEqual([]);
    expect((await ledger.loadTrialBalance(undefined, '2026-12-31')).totals[0]?.balanced).toBe(true);
  });

  it('refuses the whole import, naming each bad entry, and writes nothing', async () => {
    const { ledger, many, entry, db } = await book();
    await ledger.setLockDate('2023-12-31');
    const inputs = many(10);
    inputs.splice(3, 0, entry('2024-06-01', [['bank', 100], ['sales', -99]]));
    inputs.splice(5, 0, entry('2023-12-15', [['bank', 100], ['sales', -100]]));
    inputs.splice(6, 0, { date: '2024-06-01', currency: 'EUR', lines: 'oops' } as unknown as EntryInput);
    const auditBefore = await db.auditLog.count();
    const error = await ledger.bulkImportEntries(inputs).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LedgerRejected);
    expect((error as LedgerRejected).problems).toEqual([
      { key: 'ledger.entry.unbalanced', entry: 3, params: { currency: 'EUR', difference: 1 } },
      { key: 'ledger.entry.dateLocked', entry: 5, params: { lockDate: '2023-12-31' } },
      { key: 'ledger.entry.shapeInvalid', entry: 6 },
    ]);
    expect(await storedEntries(db).then((entries) => entries.length)).toBe(0);
    expect(await db.balances.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(auditBefore);
  });
});

describe('rebuildAggregates and checkAggregates', () => {
  it('find a damaged balance and a damaged register, and the rebuild mends them', async () => {
    const { ledger, entry, id, db } = await book();
    await ledger.postNewEntry(entry('2026-01-10', [['rent', 500], ['bank', -500]]));
    await ledger.postNewEntry(entry('2026-02-10', [['rent', 700], ['bank', -700]]));
    expect(await ledger.checkAggregates()).toEqual([]);

    // Damage as a fault would leave it: outside the audited writes.
    const damage = unguardedConnection(db);
    await damage.balances.put({ accountId: id('rent'), period: '2026-01', currency: 'EUR', debit: 999, credit: 0 });
    await damage.registers.delete([id('bank'), '2026-02']);
    damage.close();
    const differences = await ledger.checkAggregates();
    expect(differences).toEqual([
      {
        table: 'balances',
        accountId: id('rent'),
        period: '2026-01',
        currency: 'EUR',
        stored: { accountId: id('rent'), period: '2026-01', currency: 'EUR', debit: 999, credit: 0 },
        expected: { accountId: id('rent'), period: '2026-01', currency: 'EUR', debit: 500, credit: 0 },
      },
      { table: 'registers', accountId: id('bank'), period: '2026-02', storedPostings: 0, expectedPostings: 1 },
    ]);
    // A report read before the rebuild is not served from a stale cache afterwards.
    expect((await ledger.loadTrialBalance(undefined, '2026-12-31')).totals[0]?.balanced).toBe(false);
    expect(await ledger.rebuildAggregates()).toEqual({ balances: 4, registers: 4 });
    expect(await ledger.checkAggregates()).toEqual([]);
    expect((await ledger.loadTrialBalance(undefined, '2026-12-31')).totals[0]?.balanced).toBe(true);
  });
});
