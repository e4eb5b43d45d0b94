import type { IsoDate } from '../dates';
import type { AccountType } from '../ledger/types';

/**
 * The result of reading a plain-text accounting journal (the hledger / ledger subset that
 * `parseJournal` supports). Amounts are integer minor units of an ISO 4217 currency.
 */

/** Why a journal (or a book from it) was refused. `code` and `params` let the UI translate. */
export const journalErrorCodes = [
  'notText',
  'badDate',
  'badHeader',
  'badPosting',
  'badAmount',
  'amountTooLarge',
  'tooPrecise',
  'unknownCommodity',
  'noCommodity',
  'multiCommodity',
  'unbalanced',
  'multipleElided',
  'assertionFailed',
  'unsupported',
  'postingOutsideTransaction',
  'badAccountType',
  'badDirective',
  'accountTypeUnknown',
  'badAccountName',
  'ambiguousNumber',
  'tooManyErrors',
] as const;
export type JournalErrorCode = (typeof journalErrorCodes)[number];

/** What an `unsupported` error is about. */
export type UnsupportedFeature =
  | 'periodicTransaction'
  | 'automatedTransaction'
  | 'include'
  | 'price'
  | 'lotPrice'
  | 'priceDirective'
  | 'virtualPosting'
  | 'balanceAssignment'
  | 'inclusiveAssertion'
  | 'postingDate'
  | 'directive'
  | 'conversionAccount';

export type JournalError = {
  /** 1-based line of the journal text (0 when it concerns no single line). */
  line: number;
  /** 1-based column, where one is known. */
  column?: number;
  code: JournalErrorCode;
  /** English text; the UI may translate from `code` and `params` instead. */
  message: string;
  feature?: UnsupportedFeature;
  params?: Record<string, string>;
};

export type PostingStatus = '' | '*' | '!';

export type BalanceAssertion = {
  /** Minor units of `currency`; a bare `0` has currency ''. */
  amount: number;
  currency: string;
  /** `==`: no other currency may be left in the account. */
  total: boolean;
  line: number;
  column: number;
};

export type ParsedPosting = {
  line: number;
  status: PostingStatus;
  account: string;
  /** Minor units; for an elided posting, the inferred amount. */
  amount: number;
  /** ISO code; '' only for a zero amount written without one. */
  currency: string;
  /** True when the amount was left out and inferred. */
  inferred: boolean;
  comment: string;
  assertion: BalanceAssertion | null;
};

export type ParsedTransaction = {
  line: number;
  date: IsoDate;
  /** Secondary date (`DATE=DATE2`); reports use the primary date, as hledger does. */
  date2: IsoDate | '';
  status: PostingStatus;
  code: string;
  description: string;
  comment: string;
  /** The one currency of the transaction ('' when every amount is a bare zero). */
  currency: string;
  postings: ParsedPosting[];
};

export type DeclaredAccount = {
  name: string;
  type: AccountType | null;
  comment: string;
  line: number;
};

export type DeclaredCommodity = {
  /** ISO 4217 code the symbol stands for. */
  code: string;
  /** The symbol as written (`€`, `EUR`, `Ft`). */
  symbol: string;
  /** Decimal mark fixed by the directive's sample amount ('' when it gave none). */
  decimalMark: '' | '.' | ',';
  line: number;
};

export type ParsedJournal = {
  /** In file order. Empty when there are errors: a journal is taken whole or not at all. */
  transactions: ParsedTransaction[];
  accounts: DeclaredAccount[];
  commodities: DeclaredCommodity[];
  errors: JournalError[];
  /**
   * Things read as hledger reads them that the author may have meant otherwise: "$1,000" is
   * one dollar in hledger (a thousand in ledger) unless a directive says so. One per symbol.
   */
  warnings: JournalError[];
};

export type ParseJournalOptions = {
  /** Stop after this many errors (default 50). */
  maxErrors?: number;
};
