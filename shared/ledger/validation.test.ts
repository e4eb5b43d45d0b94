import { describe, expect, it } from 'vitest';
import { indexAccounts } from './accounts';
import { cr, dr, testChart, testEntry } from './testing';
import { validateEntryForPosting, validatePostedEntry } from './validation';

const { accounts, id } = testChart();
const byId = indexAccounts(accounts);
const draft = (lines: Parameters<typeof testEntry>[2], extra: Parameters<typeof testEntry>[3] = {}) =>
  testEntry('e1', '2026-03-10', lines, { status: 'draft', ...extra });

describe('validateEntryForPosting', () => {
  it('accepts a balanced entry on active accounts after the lock date', () => {
    expect(validateEntryForPosting(draft([dr(id('rent'), 50_000), cr(id('bank'), 50_000)]), byId, '2026-02-28')).toEqual([]);
    expect(validateEntryForPosting(draft([dr(id('rent'), 50_000), cr(id('bank'), 50_000)]), byId, null)).toEqual([]);
  });

  it('refuses an entry off by one cent, naming currency and difference', () => {
    expect(validateEntryForPosting(draft([dr(id('rent'), 50_001), cr(id('bank'), 50_000)]), byId, null)).toEqual([
      { key: 'ledger.entry.unbalanced', params: { currency: 'EUR', difference: 1 } },
    ]);
  });

  it('balances each currency on its own', () => {
    const lines = [dr(id('bank'), 100), cr(id('sales'), 100), dr(id('cash'), 5, { currency: 'USD' }), cr(id('sales'), 4, { currency: 'USD' })];
    expect(validateEntryForPosting(draft(lines), byId, null)).toEqual([{ key: 'ledger.entry.unbalanced', params: { currency: 'USD', difference: 1 } }]);
  });

  it('refuses a date on or before the lock date and an invalid date', () => {
    const lines = [dr(id('rent'), 1), cr(id('bank'), 1)];
    expect(validateEntryForPosting(draft(lines, { date: '2026-03-31' }), byId, '2026-03-31')).toEqual([
      { key: 'ledger.entry.dateLocked', params: { lockDate: '2026-03-31' } },
    ]);
    expect(validateEntryForPosting(draft(lines, { date: '2026-02-30' }), byId, null).map((p) => p.key)).toEqual(['ledger.entry.dateInvalid']);
  });

  it('names the line of each line problem, and reports them all at once', () => {
    const archived = { ...byId.get(id('travel'))!, archived: true };
    const withArchived = indexAccounts([...accounts.filter((a) => a.id !== archived.id), archived]);
    const entry = draft([
      dr(id('rent'), 10, { credit: 10 }),
      dr(id('rent'), 0),
      dr('missing', 5),
      dr(id('travel'), 5),
      dr(id('rent'), 1.5),
      cr(id('bank'), -3),
    ]);
    expect(validateEntryForPosting(entry, withArchived, null)).toEqual([
      { key: 'ledger.entry.bothDebitAndCredit', line: 0 },
      { key: 'ledger.entry.noAmount', line: 1 },
      { key: 'ledger.entry.accountMissing', line: 2 },
      { key: 'ledger.entry.accountArchived', line: 3, params: { account: 'Travel' } },
      { key: 'ledger.entry.amountInvalid', line: 4 },
      { key: 'ledger.entry.amountInvalid', line: 5 },
      { key: 'ledger.entry.unbalanced', params: { currency: 'EUR', difference: 10 } },
    ]);
  });

  it('refuses a line on a group account, naming it so a sub-account can be picked', () => {
    expect(validateEntryForPosting(draft([dr(id('assets'), 100), cr(id('sales'), 100)]), byId, null)).toEqual([
      { key: 'ledger.entry.accountIsGroup', line: 0, params: { account: '1000 Assets' } },
    ]);
  });

  it('lets a journal import keep postings on an account with sub-accounts, as hledger does', () => {
    const imported = draft([dr(id('assets'), 100), cr(id('sales'), 100)], { origin: 'journalImport' });
    expect(validateEntryForPosting(imported, byId, null)).toEqual([]);
  });

  it('needs two lines, a known currency, and refuses a posted entry or totals past the safe range', () => {
    expect(validateEntryForPosting(draft([]), byId, null).map((p) => p.key)).toEqual(['ledger.entry.tooFewLines']);
    expect(validateEntryForPosting(draft([dr(id('rent'), 1), cr(id('bank'), 1)], { currency: 'XYZ' }), byId, null).map((p) => p.key)).toEqual([
      'ledger.entry.currencyUnknown',
    ]);
    expect(validateEntryForPosting(draft([dr(id('rent'), 1), cr(id('bank'), 1)], { status: 'posted' }), byId, null).map((p) => p.key)).toEqual([
      'ledger.entry.alreadyPosted',
    ]);
    const max = Number.MAX_SAFE_INTEGER;
    const huge = draft([dr(id('rent'), max), dr(id('rent'), max), cr(id('bank'), max), cr(id('bank'), max)]);
    expect(validateEntryForPosting(huge, byId, null).map((p) => p.key)).toEqual(['ledger.entry.totalTooLarge']);
  });
});

describe('validatePostedEntry', () => {
  const posted = (lines: Parameters<typeof testEntry>[2], extra: Parameters<typeof testEntry>[3] = {}) => testEntry('e1', '2026-03-10', lines, extra);

  it('holds a stored entry to the posting rules, but not to the lock date or accounts archived since', () => {
    const archived = indexAccounts(accounts.map((account) => (account.id === id('travel') ? { ...account, archived: true } : account)));
    expect(validatePostedEntry(posted([dr(id('travel'), 50_000), cr(id('bank'), 50_000)]), archived)).toEqual([]);
    expect(validatePostedEntry(posted([dr(id('rent'), 50_000.5), cr(id('bank'), 50_000.5)]), byId).map((p) => p.key)).toEqual([
      'ledger.entry.amountInvalid',
      'ledger.entry.amountInvalid',
    ]);
    expect(validatePostedEntry(posted([dr(id('rent'), 2), cr(id('bank'), 1)]), byId)).toEqual([{ key: 'ledger.entry.unbalanced', params: { currency: 'EUR', difference: 1 } }]);
    expect(validatePostedEntry(posted([dr('gone', 1), cr(id('bank'), 1)]), byId)).toEqual([{ key: 'ledger.entry.accountMissing', line: 0 }]);
    // An account may get sub-accounts after it was posted to.
    expect(validatePostedEntry(posted([dr(id('assets'), 1), cr(id('bank'), 1)]), byId)).toEqual([]);
  });

  it('refuses a draft among posted entries and a record that is not an entry', () => {
    expect(validatePostedEntry(posted([dr(id('rent'), 1), cr(id('bank'), 1)], { status: 'draft' }), byId).map((p) => p.key)).toEqual(['ledger.entry.notPosted']);
    for (const odd of [null, 'entry', { id: 'e1' }, { ...posted([]), lines: [null] }, { ...posted([]), date: 20260310 }]) {
      expect(validatePostedEntry(odd, byId).map((p) => p.key)).toEqual(['ledger.entry.shapeInvalid']);
    }
  });
});
