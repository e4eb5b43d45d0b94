import { dayBefore, fiscalYearOf, todayIso, type FiscalYear, type FiscalYearStart } from '../../../../../shared/dates';
import { accountWithRole } from '../../../../../shared/ledger/accounts';
import type { Bucket } from '../../../../../shared/ledger/buckets';
import type { JournalEntry } from '../../../../../shared/ledger/types';
import { yearEndCloseEntry } from '../../../../../shared/ledger/yearEnd';
import { ledgerRepository } from '../../../db/repositories';
import type { Books } from '../useBooks';

/** The current fiscal year and the ones before it, newest first. */
export function recentFiscalYears(start: FiscalYearStart, count = 5, today = todayIso()): FiscalYear[] {
  const years: FiscalYear[] = [];
  let year = fiscalYearOf(today, start);
  for (let i = 0; i < count; i += 1) {
    years.push(year);
    year = fiscalYearOf(dayBefore(year.start), start);
  }
  return years;
}

export type YearEndPreview =
  | { kind: 'closed'; entry: { id: string; number: string } }
  | { kind: 'noRetainedEarnings' }
  | { kind: 'nothing' }
  | { kind: 'ready'; entry: JournalEntry };

/**
 * What closing the year would post: the ledger's own closing-entry builder over the year's
 * totals per account (from the trial balance of the year, so earlier closes count), or why
 * there is nothing to do.
 */
export async function previewYearEnd(fiscalYear: FiscalYear, books: Books): Promise<YearEndPreview> {
  const [journal, trial] = await Promise.all([ledgerRepository.loadJournal(fiscalYear.end, fiscalYear.end), ledgerRepository.loadTrialBalance(fiscalYear.start, fiscalYear.end)]);
  const closing = journal.entries.find((entry) => entry.origin === 'yearEndClose' && entry.reversedBy === undefined);
  if (closing) return { kind: 'closed', entry: { id: closing.entryId, number: closing.number } };
  const retained = accountWithRole(books.accounts, 'retainedEarnings');
  if (!retained) return { kind: 'noRetainedEarnings' };
  const year: Bucket = {
    firstDay: fiscalYear.start,
    lastDay: fiscalYear.end,
    lines: trial.rows.map((row) => ({ accountId: row.accountId, currency: row.currency, debit: row.debit, credit: row.credit })),
  };
  const entry = yearEndCloseEntry({
    accounts: books.accounts,
    buckets: [year],
    fiscalYear,
    retainedEarningsAccountId: retained.id,
    currency: books.currency,
    number: '',
    stamp: { id: 'preview', at: '' },
  });
  return entry ? { kind: 'ready', entry } : { kind: 'nothing' };
}
