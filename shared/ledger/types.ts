import type { IsoDate } from '../dates';

/**
 * The ledger's records as stored and as computed on. Amounts are integer minor units of
 * the entry's currency; a line is either a debit or a credit, never both.
 */

export const accountTypes = ['asset', 'liability', 'equity', 'income', 'expense'] as const;
export type AccountType = (typeof accountTypes)[number];

/** What an account is used for by quick forms, bank import and year-end close. */
export const accountRoles = [
  'bank',
  'cash',
  'receivable',
  'payable',
  'vatInput',
  'vatOutput',
  'retainedEarnings',
  'openingBalances',
] as const;
export type AccountRole = (typeof accountRoles)[number];

export type Account = {
  id: string;
  /** Optional account number, e.g. "1100"; unique when present. */
  code?: string;
  name: string;
  type: AccountType;
  parentId: string | null;
  archived: boolean;
  role?: AccountRole;
  createdAt: string;
  updatedAt: string;
};

export type EntryLine = {
  accountId: string;
  /** Minor units, ≥ 0; exactly one of debit and credit is non-zero. */
  debit: number;
  credit: number;
  memo?: string;
  vatCode?: string;
};

export type EntryStatus = 'draft' | 'posted';

/** Why an entry exists, where it is not an ordinary entry typed by hand. */
export type EntryOrigin = 'manual' | 'quickForm' | 'reversal' | 'yearEndClose' | 'bankImport' | 'journalImport';

export type JournalEntry = {
  id: string;
  /** Reference, auto-numbered per year (e.g. "2026-0001"), editable while a draft. */
  number: string;
  date: IsoDate;
  payee: string;
  memo: string;
  currency: string;
  lines: EntryLine[];
  status: EntryStatus;
  origin: EntryOrigin;
  postedAt?: string;
  /** Set on a reversing entry: the entry it reverses. */
  reversalOf?: string;
  /** Set on a reversed entry: its reversing entry. */
  reversedBy?: string;
  /** Intake documents this entry is based on. */
  documentIds: string[];
  createdAt: string;
  updatedAt: string;
};
