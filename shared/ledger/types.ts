import type { IsoDate } from '../dates';
import type { Rate } from '../money';

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
  /** One level of the account's path; never contains ':' (the path separator). */
  name: string;
  type: AccountType;
  parentId: string | null;
  archived: boolean;
  role?: AccountRole;
  /** Which account of the default chart this was created from (e.g. 'bank'), if any. */
  templateKey?: string;
  createdAt: string;
  updatedAt: string;
};

export type EntryLine = {
  accountId: string;
  /** Minor units, ≥ 0; exactly one of debit and credit is non-zero. */
  debit: number;
  credit: number;
  memo?: string;
  /** Id of the VAT code this line is the base or the tax of. */
  vatCode?: string;
  /** The line's currency when it differs from the entry's (an imported multi-currency entry). */
  currency?: string;
};

export type EntryStatus = 'draft' | 'posted';

/** A bill (by its entry's id) that a payment pays, and how much of it (minor units, > 0). */
export type BillSettlement = { entryId: string; amount: number };

/** Why an entry exists, where it is not an ordinary entry typed by hand. */
export type EntryOrigin = 'manual' | 'quickForm' | 'reversal' | 'yearEndClose' | 'bankImport' | 'journalImport' | 'stock' | 'purchasing';

/** Which quick form made an entry of origin 'quickForm'. */
export type QuickFormKind = 'expense' | 'bill' | 'billPayment' | 'income' | 'transfer';

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
  /** The quick form that made it; absent on entries made before the form was kept. */
  quickForm?: QuickFormKind;
  postedAt?: string;
  /** Set on a reversing entry: the entry it reverses. */
  reversalOf?: string;
  /** Set on a reversed entry: its reversing entry. */
  reversedBy?: string;
  /**
   * Part of a year-end close: the closing entry itself or the entry reversing it. Its
   * postings count in balances but not in the income statement of the year it closes.
   */
  closing?: boolean;
  /** Intake documents this entry is based on. */
  documentIds: string[];
  /** On a bill payment: the bills it pays, picked by the user; the aging applies it to them first. */
  settles?: BillSettlement[];
  createdAt: string;
  updatedAt: string;
};

/** A VAT rate and the account its tax is posted to. */
export type VatCode = {
  id: string;
  /** Short code shown in forms and reports, e.g. "V27", unique. */
  code: string;
  name: string;
  /** Exact rate: 27% is {27, 100}. */
  rate: Rate;
  /** 'input': VAT paid on purchases (reclaimable); 'output': VAT charged on sales. */
  kind: 'input' | 'output';
  /** The VAT input or VAT output account that takes the tax. */
  accountId: string;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
};

/**
 * Debits and credits of posted entries per account, currency and month ('yyyy-MM').
 * `closingDebit`/`closingCredit` are the part of those totals that comes from year-end
 * close entries (see `JournalEntry.closing`); absent when zero.
 */
export type PeriodBalance = {
  accountId: string;
  currency: string;
  period: string;
  debit: number;
  credit: number;
  closingDebit?: number;
  closingCredit?: number;
};

/** One posted line as the account register shows it. */
export type RegisterPosting = {
  entryId: string;
  /** Index of the line in its entry. */
  line: number;
  date: IsoDate;
  number: string;
  payee: string;
  /** The line's memo, or the entry's where the line has none. */
  memo: string;
  currency: string;
  debit: number;
  credit: number;
  /** The other account when the entry has exactly two lines (a "transfer" column). */
  counterAccountId?: string;
  closing?: boolean;
  /** On a debit of a bill payment: the bills the payment names (see `JournalEntry.settles`). */
  settles?: BillSettlement[];
};

/** All postings of one account in one month, sorted by date then entry id then line. */
export type RegisterChunk = {
  accountId: string;
  period: string;
  postings: RegisterPosting[];
};

/** Up to `entryBlockSize` posted entries of one month, stored as one record (see entryBlocks.ts). */
export type EntryBlock = {
  /** "2026-03": the month of every entry in the block. */
  period: string;
  /** 0, 1, 2… within the month; a new block starts when the last is full. */
  block: number;
  /** The entries' ids and numbers, in the same order, for the database to index. */
  ids: string[];
  numbers: string[];
  /** In the order they were posted. */
  entries: JournalEntry[];
};

/** Id and time for a record a function creates; the caller makes them (ULIDs in the app). */
export type Stamp = { id: string; at: string };
