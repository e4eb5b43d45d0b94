import type { IsoDate } from '../../../../../shared/dates';
import type { Language } from '../../../../../shared/i18n/languages';
import { journalToBook, parseJournal, type JournalError } from '../../../../../shared/journal';
import { journalAccountRows, proposeMapping, type JournalAccountRow } from '../../../../../shared/journal/accountMapping';
import { currencyShares, type CurrencyShare } from '../../../../../shared/journal/currencyShares';
import type { Account, EntryInput, JournalEntry } from '../../../../../shared/ledger';

/**
 * What importing a journal file will do, worked out before anything is written: the
 * journal read and checked (balance assertions included), its accounts listed with their
 * posting counts and a proposed place in the chart for each (see accountMapping), and its
 * transactions as entries in date order, numbered by the app unless the journal gives a
 * code. The entries name the journal's own accounts until the import applies the mapping
 * the user settled on. Pure, so it runs in a Web Worker for a 46 MB journal and in tests.
 */

export type JournalSummary = {
  transactions: number;
  entries: number;
  postings: number;
  /** Transactions whose amounts are all zero: nothing to post. */
  skipped: number;
  accounts: number;
  /** Accounts the proposed mapping would create. */
  newAccounts: number;
  firstDate: IsoDate | null;
  lastDate: IsoDate | null;
  /** ISO codes of the entries' currencies. */
  currencies: string[];
  /** Entries and amounts (postings) per currency, a line's own currency counting for its amount. */
  currencyShares: CurrencyShare[];
};

export type JournalPlan =
  | { ok: false; errors: JournalError[] }
  | {
      ok: true;
      summary: JournalSummary;
      journalAccounts: Account[];
      accountRows: JournalAccountRow[];
      /** Journal account id → proposed chart account id, or null for a new account. */
      proposal: Array<[string, string | null]>;
      inputs: EntryInput[];
      warnings: JournalError[];
    };

export type PlanOptions = { language: Language; newId: () => string; now?: string };

export function planJournalImport(text: string, chart: readonly Account[], options: PlanOptions): JournalPlan {
  const parsed = parseJournal(text);
  if (parsed.errors.length > 0) return { ok: false, errors: parsed.errors };
  const book = journalToBook(parsed, { language: options.language, newId: options.newId, now: options.now });
  if (book.errors.length > 0) return { ok: false, errors: book.errors };

  // journalToBook leaves out all-zero transactions; the rest line up with the entries.
  const codes = parsed.transactions.filter((tx) => tx.postings.some((posting) => posting.amount !== 0)).map((tx) => tx.code);
  const inputs = book.entries.map((entry, index) => entryInput(entry, codes[index] ?? ''));
  const order = inputs.map((_, index) => index).sort((a, b) => (inputs[a]!.date < inputs[b]!.date ? -1 : inputs[a]!.date > inputs[b]!.date ? 1 : a - b));
  const sorted = order.map((index) => inputs[index]!);
  const postings = new Map<string, number>();
  for (const input of sorted) for (const line of input.lines) postings.set(line.accountId, (postings.get(line.accountId) ?? 0) + 1);
  const proposal = proposeMapping(book.accounts, chart);

  return {
    ok: true,
    journalAccounts: book.accounts,
    accountRows: journalAccountRows(book.accounts, postings),
    proposal: [...proposal],
    // Read as hledger reads them, but perhaps not meant so ("$1,000"): shown before importing.
    warnings: parsed.warnings ?? [],
    inputs: sorted,
    summary: {
      transactions: parsed.transactions.length,
      entries: sorted.length,
      postings: sorted.reduce((sum, input) => sum + input.lines.length, 0),
      skipped: book.skippedTransactions,
      accounts: book.accounts.length,
      newAccounts: [...proposal.values()].filter((target) => target === null).length,
      firstDate: sorted[0]?.date ?? null,
      lastDate: sorted[sorted.length - 1]?.date ?? null,
      currencies: [...new Set(sorted.map((input) => input.currency))].sort(),
      currencyShares: currencyShares(sorted),
    },
  };
}

function entryInput(entry: JournalEntry, code: string): EntryInput {
  return {
    number: code,
    date: entry.date,
    payee: entry.payee,
    memo: entry.memo,
    currency: entry.currency,
    origin: 'journalImport',
    lines: entry.lines.map((line) => ({ ...line })),
  };
}

/** The plan less its entries: what crosses from the worker in one message. */
export function readoutOf(plan: Extract<JournalPlan, { ok: true }>) {
  const { summary, journalAccounts, accountRows, proposal, warnings } = plan;
  return { summary, journalAccounts, accountRows, proposal, warnings };
}

/** The inputs in slices for the import (each slice one call of bulkImportEntries). */
export function sliceOf<T>(items: readonly T[], index: number, size: number): T[] {
  return items.slice(index * size, (index + 1) * size);
}

/** A slice's lines moved from the journal's accounts onto where the mapping put them. */
export function onMappedAccounts(inputs: readonly EntryInput[], idOf: ReadonlyMap<string, string>): EntryInput[] {
  return inputs.map((input) => ({ ...input, lines: input.lines.map((line) => ({ ...line, accountId: idOf.get(line.accountId) ?? line.accountId })) }));
}
