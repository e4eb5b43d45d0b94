import type { Account, EntryOrigin, QuickFormKind } from '../../../../../shared/ledger/types';

/** What an entry is, as the list names it: the quick form it came from, or where it came from. */
export const entryKinds = ['manual', 'expense', 'bill', 'billPayment', 'income', 'transfer', 'quickForm', 'reversal', 'yearEndClose', 'bankImport', 'journalImport', 'stock', 'purchasing'] as const;
export type EntryKind = (typeof entryKinds)[number];

type KindLine = { accountId: string; debit: number; credit: number };
type KindEntry = { origin: EntryOrigin; quickForm?: QuickFormKind; lines: readonly KindLine[] };

const isMoney = (account: Account | undefined) => account?.role === 'bank' || account?.role === 'cash';
const isPayable = (account: Account | undefined) => account?.role === 'payable';

/**
 * The kind of an entry. A quick form's entry names its form; one made before the form was
 * kept is recognised by its lines: all on bank/cash is a transfer; payable paid from bank/cash a bill
 * payment; a payable credited a bill; bank/cash credited an expense, debited an income.
 */
export function entryKindOf(entry: KindEntry, accounts: ReadonlyMap<string, Account>): EntryKind {
  if (entry.origin !== 'quickForm') return entry.origin;
  if (entry.quickForm) return entry.quickForm;
  const debited = entry.lines.filter((line) => line.debit > 0).map((line) => accounts.get(line.accountId));
  const credited = entry.lines.filter((line) => line.credit > 0).map((line) => accounts.get(line.accountId));
  if (debited.length > 0 && [...debited, ...credited].every(isMoney)) return 'transfer';
  if (debited.some(isPayable) && credited.some(isMoney)) return 'billPayment';
  if (credited.some(isPayable)) return 'bill';
  if (credited.some(isMoney)) return 'expense';
  if (debited.some(isMoney)) return 'income';
  return 'quickForm';
}

/** A description made from the entry itself, for the list when payee and memo are both empty. */
export type AutoDescription = { key: string; params: Record<string, string> };

const shortName = (account: Account | undefined, id: string) => (account ? account.code || account.name : id);

/** Accounts credited → accounts debited, by code (name where there is none). */
function flowOf(lines: readonly KindLine[], accounts: ReadonlyMap<string, Account>) {
  const side = (pick: (line: KindLine) => boolean) => [...new Set(lines.filter(pick).map((line) => shortName(accounts.get(line.accountId), line.accountId)))].join(', ');
  return { from: side((line) => line.credit > 0), to: side((line) => line.debit > 0) };
}

/**
 * "Reversal of 2026-0001", "Transfer 1010 → 1020", "Year-end close", otherwise the money's
 * way from the accounts credited to those debited ("1010 → 5300").
 */
export function autoDescriptionOf(
  entry: KindEntry & { reversalOf?: string },
  kind: EntryKind,
  accounts: ReadonlyMap<string, Account>,
  numberOf: (entryId: string) => string | undefined,
): AutoDescription {
  if (kind === 'reversal') {
    const number = entry.reversalOf ? numberOf(entry.reversalOf) : undefined;
    return number ? { key: 'bookkeeping.entries.auto.reversalOf', params: { number } } : { key: 'bookkeeping.entries.auto.reversal', params: {} };
  }
  if (kind === 'yearEndClose') return { key: 'bookkeeping.entries.auto.yearEndClose', params: {} };
  const flow = flowOf(entry.lines, accounts);
  return { key: kind === 'transfer' ? 'bookkeeping.entries.auto.transfer' : 'bookkeeping.entries.auto.flow', params: flow };
}
