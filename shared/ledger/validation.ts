import { isIsoDate, type IsoDate } from '../dates';
import { isCurrencyCode } from '../money';
import type { AccountsById } from './accounts';
import { problem, type LedgerProblem } from './problems';
import type { Account, EntryOrigin, JournalEntry } from './types';

/**
 * Every reason the entry cannot be posted, in line order; empty when it can. The rules:
 * a real date after the lock date, a known currency, at least two lines, each line exactly
 * one of debit and credit above zero in safe integers, on an existing active account that
 * is not a group (an account with sub-accounts), and debits equal to credits to the minor
 * unit in each currency.
 */
export function validateEntryForPosting(entry: JournalEntry, accountsById: AccountsById, lockDate: IsoDate | null): LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  const groups = groupAccountIds(entry, accountsById);
  if (entry.status === 'posted') problems.push(problem('ledger.entry.alreadyPosted'));
  if (!isIsoDate(entry.date)) problems.push(problem('ledger.entry.dateInvalid'));
  else if (lockDate !== null && entry.date <= lockDate) problems.push(problem('ledger.entry.dateLocked', { params: { lockDate } }));
  if (!isCurrencyCode(entry.currency)) problems.push(problem('ledger.entry.currencyUnknown', { params: { currency: entry.currency } }));
  if (entry.lines.length < 2) problems.push(problem('ledger.entry.tooFewLines'));

  // Totals per currency, in the order the currencies first appear.
  const totals = new Map<string, { debit: number; credit: number }>();
  entry.lines.forEach((line, index) => {
    const at = { line: index };
    const currency = line.currency ?? entry.currency;
    if (line.currency !== undefined && !isCurrencyCode(line.currency)) {
      problems.push(problem('ledger.entry.currencyUnknown', { ...at, params: { currency: line.currency } }));
    }
    const { debit, credit } = line;
    if (!Number.isSafeInteger(debit) || !Number.isSafeInteger(credit) || debit < 0 || credit < 0) {
      problems.push(problem('ledger.entry.amountInvalid', at));
    } else {
      if (debit > 0 && credit > 0) problems.push(problem('ledger.entry.bothDebitAndCredit', at));
      if (debit === 0 && credit === 0) problems.push(problem('ledger.entry.noAmount', at));
      const total = totals.get(currency) ?? { debit: 0, credit: 0 };
      total.debit += debit;
      total.credit += credit;
      totals.set(currency, total);
    }
    const account = accountsById.get(line.accountId);
    if (!account) problems.push(problem('ledger.entry.accountMissing', at));
    else if (account.archived) problems.push(problem('ledger.entry.accountArchived', { ...at, params: { account: account.name } }));
    else if (groups.has(account.id)) problems.push(problem('ledger.entry.accountIsGroup', { ...at, params: { account: accountLabel(account) } }));
  });

  for (const [currency, { debit, credit }] of totals) {
    if (!Number.isSafeInteger(debit) || !Number.isSafeInteger(credit)) {
      problems.push(problem('ledger.entry.totalTooLarge', { params: { currency } }));
    } else if (debit !== credit) {
      problems.push(problem('ledger.entry.unbalanced', { params: { currency, difference: debit - credit } }));
    }
  }
  return problems;
}

/**
 * The accounts that have sub-accounts, where the entry's accounts were picked in the app
 * (typed, quick forms, bank import): those must be leaves. A journal import is exempt:
 * hledger lets a posting sit on "Assets:Bank" beside "Assets:Bank:Savings", and refusing
 * those would make such journals unimportable or silently move amounts, so its entries
 * keep the journal's accounts; reversals and year-end closes follow the entries they
 * mirror or close, so they may reach such accounts too.
 */
function groupAccountIds(entry: JournalEntry, accountsById: AccountsById): ReadonlySet<string> {
  if (!pickedInApp.has(entry.origin)) return noGroups;
  let parents = parentIdsOf.get(accountsById);
  if (!parents) {
    parents = new Set<string>();
    for (const account of accountsById.values()) if (account.parentId !== null) parents.add(account.parentId);
    parentIdsOf.set(accountsById, parents);
  }
  return parents;
}
const pickedInApp: ReadonlySet<EntryOrigin> = new Set(['manual', 'quickForm', 'bankImport']);
const noGroups: ReadonlySet<string> = new Set();
/** Worked out once per chart: a restore check or bank import validates thousands of entries against the same map. */
const parentIdsOf = new WeakMap<AccountsById, Set<string>>();

const accountLabel = (account: Account) => (account.code ? `${account.code} ${account.name}` : account.name);

/** Whether a stored record has the fields the posting rules read, of the right kinds (so they can judge it without failing). */
export function isEntryShaped(value: unknown): value is JournalEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<Record<keyof JournalEntry, unknown>>;
  const strings = [entry.id, entry.number, entry.date, entry.payee, entry.memo, entry.currency, entry.status];
  if (!strings.every((field) => typeof field === 'string')) return false;
  const settles = entry.settles;
  const settlement = (item: unknown) =>
    typeof item === 'object' && item !== null && typeof (item as { entryId?: unknown }).entryId === 'string' && Number.isSafeInteger((item as { amount?: unknown }).amount) && ((item as { amount: number }).amount > 0);
  if (settles !== undefined && !(Array.isArray(settles) && settles.every(settlement))) return false;
  return (
    Array.isArray(entry.lines) &&
    entry.lines.every((line: unknown) => typeof line === 'object' && line !== null && typeof (line as { accountId?: unknown }).accountId === 'string')
  );
}

/**
 * Why an entry stored as posted (in the books, in a backup) could not have been posted:
 * the posting rules, less those that change after posting — the lock date moves, an
 * account may be archived since, or given sub-accounts since.
 */
export function validatePostedEntry(value: unknown, accountsById: AccountsById): LedgerProblem[] {
  if (!isEntryShaped(value)) return [problem('ledger.entry.shapeInvalid')];
  if (value.status !== 'posted') return [problem('ledger.entry.notPosted')];
  return validateEntryForPosting(value, accountsById, null).filter((found) => found.key !== 'ledger.entry.alreadyPosted' && found.key !== 'ledger.entry.accountArchived' && found.key !== 'ledger.entry.accountIsGroup');
}
