import { describe, expect, it } from 'vitest';
import { ledgerMessageKeys } from '../../../../shared/ledger/problems';
import type { JournalEntry } from '../../../../shared/ledger/types';
import en from '../../i18n/locales/en.json';
import { emptyLine, readEntryDraft, type EntryDraft } from './entries/entryDraft';
import { compareEntryRows, entryRowsOf, filterEntryRows, sourceOfEntry } from './entries/entryRows';
import { parseRatePercent, ratePercentInputText } from './vat/ratePercent';
import { recentFiscalYears } from './periods/yearEndPreview';
import { languageFormat } from '../../../../shared/i18n/regional';

const line = (accountId: string, debit: string, credit: string) => ({ ...emptyLine(), accountId, debit, credit });

describe('entry editor form', () => {
  const draft = (lines: EntryDraft['lines'], date = '03/14/2026'): EntryDraft => ({ date, number: '', payee: 'Paper & Co', memo: '', lines });

  it('reads a typed entry into ledger input, leaving out empty rows, with live totals', () => {
    const reading = readEntryDraft(draft([line('a', '120.50', ''), emptyLine(), line('b', '', '100')]), 'EUR', languageFormat('en'));
    expect(reading.input?.lines).toEqual([
      { accountId: 'a', debit: 12050, credit: 0 },
      { accountId: 'b', debit: 0, credit: 10000 },
    ]);
    expect(reading.rowOfLine).toEqual([0, 2]);
    expect(reading.input?.date).toBe('2026-03-14');
    expect(reading.totals.difference).toEqual({ minor: 2050, currency: 'EUR' });
  });

  it('points at fields it cannot read, and gives no input then', () => {
    const reading = readEntryDraft(draft([line('a', 'abc', ''), line('', '5', '')], '31/02/2026'), 'EUR', languageFormat('en'));
    expect(reading.input).toBeUndefined();
    expect(reading.dateError).toBe('components.date.invalid');
    expect(reading.lineErrors[0]).toEqual({ debit: 'components.amount.notANumber' });
    expect(reading.lineErrors[1]).toEqual({ account: 'bookkeeping.editor.accountRequired' });
  });
});

describe('entry list', () => {
  const entry = (id: string, date: string, status: JournalEntry['status'], extra: Partial<JournalEntry> = {}): JournalEntry => ({
    id,
    number: `2026-000${id}`,
    date,
    payee: `Payee ${id}`,
    memo: 'Paper',
    currency: 'EUR',
    lines: [
      { accountId: 'a', debit: 500, credit: 0 },
      { accountId: 'b', debit: 0, credit: 500 },
    ],
    status,
    origin: 'manual',
    documentIds: [],
    createdAt: '',
    updatedAt: '',
    ...extra,
  });

  it('shows totals and statuses, newest first with drafts before posted entries of the day', () => {
    const sources = [entry('1', '2026-01-02', 'posted', { reversedBy: '3' }), entry('2', '2026-01-05', 'posted'), entry('3', '2026-01-05', 'draft')].map(sourceOfEntry);
    const rows = entryRowsOf(sources, []);
    expect(rows.map((row) => [row.total, row.status])).toEqual([
      [500, 'reversed'],
      [500, 'posted'],
      [500, 'draft'],
    ]);
    expect(rows.sort(compareEntryRows).map((row) => row.id)).toEqual(['3', '2', '1']);
    expect(filterEntryRows(rows, { from: '2026-01-03', to: null }, 'PAPER 0002').map((row) => row.id)).toEqual(['2']);
  });
});

describe('VAT rates', () => {
  it('read percentages as exact fractions', () => {
    expect(parseRatePercent('27')).toEqual({ numerator: 27, denominator: 100 });
    expect(parseRatePercent('5,5 %')).toEqual({ numerator: 55, denominator: 1000 });
    expect(parseRatePercent('101')).toBeNull();
    expect(parseRatePercent('abc')).toBeNull();
    expect(ratePercentInputText({ numerator: 55, denominator: 1000 }, ',')).toBe('5,5');
  });
});

describe('year-end close', () => {
  it('offers the current fiscal year and the ones before it', () => {
    expect(recentFiscalYears({ month: 7, day: 1 }, 2, '2026-03-15')).toEqual([
      { start: '2025-07-01', end: '2026-06-30' },
      { start: '2024-07-01', end: '2025-06-30' },
    ]);
  });
});

describe('translations of the ledger’s refusals', () => {
  it('has a bookkeeping.problems text for every key the ledger can give', () => {
    const problems = (en as { bookkeeping: { problems: Record<string, Record<string, string>> } }).bookkeeping.problems;
    const missing = ledgerMessageKeys.filter((key) => {
      const [, group = '', name = ''] = key.split('.');
      return typeof problems[group]?.[name] !== 'string';
    });
    expect(missing).toEqual([]);
  });
});
