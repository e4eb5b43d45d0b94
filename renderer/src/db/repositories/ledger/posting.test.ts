import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LedgerRejected } from '../../../../../shared/ledger';
import { PostedEntryImmutable, type BackofficeDb } from '../../database';
import { ledgerTestBook } from './ledgerTesting';
import { storedEntries } from '../../testing';

let db: BackofficeDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

async function book() {
  const made = await ledgerTestBook();
  db = made.db;
  return made;
}

/** The refusal's problem keys, or a failure when the call did not refuse. */
async function refusal(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => new Error('expected a refusal'),
    (caught: unknown) => caught,
  );
  if (!(error instanceof LedgerRejected)) throw error;
  return error.problems.map((p) => p.key);
}

async function snapshot(db: BackofficeDb) {
  const [entries, drafts, balances, registers, settings, auditLog] = await Promise.all([
    storedEntries(db),
    db.drafts.toArray(),
    db.balances.toArray(),
    db.registers.toArray(),
    db.settings.toArray(),
    db.auditLog.toArray(),
  ]);
  return { entries, drafts, balances, registers, settings, auditLog };
}

describe('drafts and posting', () => {
  it('saves a draft, edits it freely, posts it with the next number, and audits the posting', async () => {
    const { ledger, entry, id, db } = await book();
    const draft = await ledger.saveDraft(entry('2026-03-10', [['rent', 50_000], ['bank', -50_000]], { payee: 'Landlord' }));
    expect(draft).toMatchObject({ status: 'draft', number: '' });
    const edited = await ledger.saveDraft({ ...entry('2026-03-11', [['rent', 60_000], ['bank', -60_000]]), id: draft.id, payee: 'Landlord' });
    expect(edited).toMatchObject({ id: draft.id, date: '2026-03-11', createdAt: draft.createdAt });
    expect(await ledger.listDrafts()).toHaveLength(1);
    expect(await ledger.suggestEntryNumber('2026-03-11')).toBe('2026-0001');

    const posted = await ledger.postEntry(draft.id);
    expect(posted).toMatchObject({ id: draft.id, status: 'posted', number: '2026-0001' });
    expect(posted.postedAt).toBeDefined();
    expect(await ledger.listDrafts()).toEqual([]);
    expect(await ledger.getEntry(draft.id)).toEqual(posted);
    expect(await db.balances.get([id('rent'), '2026-03', 'EUR'])).toEqual({ accountId: id('rent'), period: '2026-03', currency: 'EUR', debit: 60_000, credit: 0 });
    expect((await db.registers.get([id('bank'), '2026-03']))?.postings).toEqual([
      { entryId: draft.id, line: 1, date: '2026-03-11', number: '2026-0001', payee: 'Landlord', memo: '', currency: 'EUR', debit: 0, credit: 60_000, counterAccountId: id('rent') },
    ]);
    const [last] = await db.auditLog.orderBy('id').reverse().limit(1).toArray();
    expect(last).toMatchObject({ action: 'entryPosted', recordIds: [draft.id] });
    expect(last!.tables).toEqual(['drafts', 'entryBlocks', 'balances', 'registers', 'settings']);

    const second = await ledger.postNewEntry(entry('2026-04-01', [['cash', 100], ['bank', -100]]));
    expect(second.number).toBe('2026-0002');
    const typed = await ledger.postNewEntry(entry('2026-04-02', [['cash', 100], ['bank', -100]], { number: '2026-0010' }));
    expect(typed.number).toBe('2026-0010');
    expect((await ledger.postNewEntry(entry('2026-04-03', [['cash', 1], ['bank', -1]]))).number).toBe('2026-0011');
    expect((await ledger.postNewEntry(entry('2027-01-03', [['cash', 1], ['bank', -1]]))).number).toBe('2027-0001');
    expect(await ledger.findEntriesByNumber('2026-0010')).toHaveLength(1);
  });

  it('refuses an unbalanced draft with every problem and writes nothing', async () => {
    const { ledger, entry, db } = await book();
    const draft = await ledger.saveDraft(entry('2026-03-10', [['rent', 50_001], ['bank', -50_000]]));
    const before = await snapshot(db);
    expect(await refusal(ledger.postEntry(draft.id))).toEqual(['ledger.entry.unbalanced']);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a draft of the wrong shape (text in an amount) naming the field', async () => {
    const { ledger, id } = await book();
    const error = await ledger.saveDraft({ date: '2026-01-01', currency: 'EUR', lines: [{ accountId: id('rent'), debit: '12' as unknown as number, credit: 0 }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LedgerRejected);
    expect((error as LedgerRejected).problems).toEqual([{ key: 'ledger.entry.shapeInvalid', params: { path: 'lines.0.debit' } }]);
  });

  it('keeps a posted entry immutable: no draft save, no delete, no second post, not even straight in the table', async () => {
    const { ledger, entry, db } = await book();
    const posted = await ledger.postNewEntry(entry('2026-03-10', [['rent', 500], ['bank', -500]]));
    expect(await refusal(ledger.saveDraft({ ...entry('2026-03-10', [['rent', 1], ['bank', -1]]), id: posted.id }))).toEqual(['ledger.entry.postedIsImmutable']);
    expect(await refusal(ledger.deleteDraft(posted.id))).toEqual(['ledger.entry.postedIsImmutable']);
    expect(await refusal(ledger.postEntry(posted.id))).toEqual(['ledger.entry.alreadyPosted']);
    const [block] = await db.entryBlocks.toArray();
    await expect(db.entryBlocks.put({ ...block!, entries: [{ ...posted, memo: 'changed' }] })).rejects.toBeInstanceOf(PostedEntryImmutable);
    await expect(db.entryBlocks.put({ ...block!, entries: [{ ...posted, lines: [] }] })).rejects.toBeInstanceOf(PostedEntryImmutable);
    await expect(db.entryBlocks.put({ ...block!, ids: [], numbers: [], entries: [] })).rejects.toBeInstanceOf(PostedEntryImmutable);
    await expect(db.entryBlocks.delete([block!.period, block!.block])).rejects.toBeInstanceOf(PostedEntryImmutable);
    expect(await ledger.getEntry(posted.id)).toEqual(posted);
  });

  it('writes nothing when a write fails in the middle of the transaction', async () => {
    const { ledger, entry, db } = await book();
    const draft = await ledger.saveDraft(entry('2026-03-10', [['rent', 500], ['bank', -500]]));
    const before = await snapshot(db);
    db.registers.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(ledger.postEntry(draft.id)).rejects.toThrow('disk full');
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('reversal', () => {
  it('posts the reversing entry in one click, links both ways, and brings the accounts back', async () => {
    const { ledger, entry, id, db } = await book();
    const original = await ledger.postNewEntry(entry('2026-03-10', [['rent', 500], ['bank', -500]], { payee: 'Landlord' }));
    const { reversal, original: linked } = await ledger.reverseEntry(original.id, '2026-03-20');
    expect(reversal).toMatchObject({ status: 'posted', origin: 'reversal', reversalOf: original.id, date: '2026-03-20', number: '2026-0002', payee: 'Landlord' });
    expect(linked.reversedBy).toBe(reversal.id);
    expect((await ledger.getEntry(original.id))?.reversedBy).toBe(reversal.id);
    expect(await db.balances.get([id('rent'), '2026-03', 'EUR'])).toMatchObject({ debit: 500, credit: 500 });
    const tb = await ledger.loadTrialBalance(undefined, '2026-12-31');
    expect(tb.rows.every((row) => row.closing === 0)).toBe(true);
    const [last] = await db.auditLog.orderBy('id').reverse().limit(1).toArray();
    expect(last).toMatchObject({ action: 'entryReversed', recordIds: [reversal.id, original.id] });

    expect(await refusal(ledger.reverseEntry(original.id, '2026-03-21'))).toEqual(['ledger.entry.alreadyReversed']);
    const draft = await ledger.saveDraft(entry('2026-03-10', [['rent', 1], ['bank', -1]]));
    expect(await refusal(ledger.reverseEntry(draft.id, '2026-03-21'))).toEqual(['ledger.entry.notPosted']);
    expect(await refusal(ledger.reverseEntry('nope', '2026-03-21'))).toEqual(['ledger.entry.notFound']);
  });

  it('duplicates an entry as a new draft', async () => {
    const { ledger, entry } = await book();
    const original = await ledger.postNewEntry(entry('2026-03-10', [['rent', 500], ['bank', -500]], { payee: 'Landlord' }));
    const copy = await ledger.duplicateEntry(original.id, '2026-04-10');
    expect(copy).toMatchObject({ status: 'draft', number: '', date: '2026-04-10', payee: 'Landlord', lines: original.lines });
    expect(await ledger.listDrafts()).toEqual([copy]);
  });
});

describe('lock date', () => {
  it('refuses postings and reversals on or before it, changes nothing, and is audited', async () => {
    const { ledger, entry, db } = await book();
    const early = await ledger.postNewEntry(entry('2026-03-10', [['rent', 500], ['bank', -500]]));
    const settings = await ledger.setLockDate('2026-03-31');
    expect(settings.lockDate).toBe('2026-03-31');
    const draft = await ledger.saveDraft(entry('2026-03-31', [['rent', 500], ['bank', -500]]));
    const before = await snapshot(db);
    expect(await refusal(ledger.postEntry(draft.id))).toEqual(['ledger.entry.dateLocked']);
    expect(await refusal(ledger.reverseEntry(early.id, '2026-03-15'))).toEqual(['ledger.entry.dateLocked']);
    expect(await snapshot(db)).toEqual(before);
    await ledger.saveDraft({ ...entry('2026-04-01', [['rent', 500], ['bank', -500]]), id: draft.id });
    expect((await ledger.postEntry(draft.id)).status).toBe('posted');
    expect(await refusal(ledger.setLockDate('2026-02-30'))).toEqual(['ledger.lock.dateInvalid']);
    expect((await db.auditLog.toArray()).filter((e) => e.action === 'lockDateSet')).toHaveLength(1);
    expect((await ledger.setLockDate(null)).lockDate).toBeNull();
  });
});

describe('year-end close', () => {
  it('moves the year’s income and expenses to retained earnings, once, reversible by its reversal', async () => {
    const { ledger, entry, id, db } = await book();
    await ledger.postNewEntry(entry('2025-03-10', [['bank', 100_000], ['sales', -100_000]]));
    await ledger.postNewEntry(entry('2025-06-15', [['rent', 30_000], ['bank', -30_000]]));
    await ledger.postNewEntry(entry('2026-01-15', [['rent', 5_000], ['bank', -5_000]]));
    const year = { start: '2025-01-01', end: '2025-12-31' };

    const close = await ledger.closeYear(year);
    expect(close).toMatchObject({ origin: 'yearEndClose', closing: true, date: '2025-12-31', status: 'posted', number: '2025-0003' });
    expect(close.lines).toEqual([
      { accountId: id('sales'), debit: 100_000, credit: 0 },
      { accountId: id('rent'), debit: 0, credit: 30_000 },
      { accountId: id('retainedEarnings'), debit: 0, credit: 70_000 },
    ]);
    expect((await ledger.loadIncomeStatement({ from: '2025-01-01', to: '2025-12-31' })).netResult).toBe(70_000);
    const sheet = await ledger.loadBalanceSheet('2026-01-31');
    expect(sheet.totals).toMatchObject({ equity: 70_000, earlierYearsResult: 0, currentYearResult: -5_000, balanced: true });
    expect(await refusal(ledger.closeYear(year))).toEqual(['ledger.close.alreadyClosed']);
    expect(await refusal(ledger.closeYear({ start: '2025-01-01', end: '2025-06-30' }))).toEqual(['ledger.close.notFiscalYear']);
    expect(await refusal(ledger.closeYear({ start: '2024-01-01', end: '2024-12-31' }))).toEqual(['ledger.close.nothingToClose']);
    expect((await db.auditLog.toArray()).filter((e) => e.action === 'yearClosed')).toHaveLength(1);

    const { reversal } = await ledger.reverseEntry(close.id, '2025-12-31');
    expect(reversal.closing).toBe(true);
    expect((await ledger.loadBalanceSheet('2026-01-31')).totals).toMatchObject({ equity: 0, earlierYearsResult: 70_000, balanced: true });
    expect((await ledger.loadIncomeStatement({ from: '2025-01-01', to: '2025-12-31' })).netResult).toBe(70_000);
    const again = await ledger.closeYear(year);
    expect(again.lines.at(-1)).toEqual({ accountId: id('retainedEarnings'), debit: 0, credit: 70_000 });
  });

  it('refuses a close into a locked period', async () => {
    const { ledger, entry } = await book();
    await ledger.postNewEntry(entry('2025-03-10', [['bank', 100], ['sales', -100]]));
    await ledger.setLockDate('2025-12-31');
    expect(await refusal(ledger.closeYear({ start: '2025-01-01', end: '2025-12-31' }))).toEqual(['ledger.entry.dateLocked']);
  });
});
