/**
 * What the ledger can refuse, as i18n keys (the renderer translates them; the CLI prints
 * the key and its params). Every rule that says no gives one of these, never free text.
 */
export const ledgerMessageKeys = [
  // an entry as it is posted
  'ledger.entry.dateInvalid',
  'ledger.entry.dateLocked',
  'ledger.entry.currencyUnknown',
  'ledger.entry.tooFewLines',
  'ledger.entry.amountInvalid',
  'ledger.entry.bothDebitAndCredit',
  'ledger.entry.noAmount',
  'ledger.entry.accountMissing',
  'ledger.entry.accountArchived',
  'ledger.entry.accountIsGroup',
  'ledger.entry.unbalanced',
  'ledger.entry.totalTooLarge',
  'ledger.entry.alreadyPosted',
  'ledger.entry.shapeInvalid',
  'ledger.entry.notFound',
  'ledger.entry.postedIsImmutable',
  'ledger.entry.notPosted',
  'ledger.entry.alreadyReversed',
  // accounts
  'ledger.account.nameRequired',
  'ledger.account.nameHasColon',
  'ledger.account.codeTaken',
  'ledger.account.notFound',
  'ledger.account.typeInvalid',
  'ledger.account.parentMissing',
  'ledger.account.cycle',
  'ledger.account.typeDiffersFromParent',
  'ledger.account.typeDiffersFromChildren',
  'ledger.account.typeChangeWithPostings',
  'ledger.account.hasPostings',
  'ledger.account.hasChildren',
  'ledger.account.usedByVatCode',
  // VAT codes and quick forms
  'ledger.vat.codeRequired',
  'ledger.vat.codeTaken',
  'ledger.vat.rateInvalid',
  'ledger.vat.accountMissing',
  'ledger.vat.wrongKind',
  'ledger.vat.notFound',
  // periods
  'ledger.lock.dateInvalid',
  'ledger.close.nothingToClose',
  'ledger.close.alreadyClosed',
  'ledger.close.noRetainedEarnings',
  'ledger.close.notFiscalYear',
] as const;
export type LedgerMessageKey = (typeof ledgerMessageKeys)[number];

/** One thing wrong, with where it is: the line of an entry, the entry of an import. */
export type LedgerProblem = {
  key: LedgerMessageKey;
  /** Index of the entry line the problem is on. */
  line?: number;
  /** Index of the entry in an imported list. */
  entry?: number;
  /** Values for the message's placeholders, e.g. {currency: 'EUR', difference: 1}. */
  params?: Record<string, string | number>;
};

/** Thrown when the ledger refuses a change; nothing was written. */
export class LedgerRejected extends Error {
  readonly problems: LedgerProblem[];
  constructor(problems: LedgerProblem[]) {
    super(`The ledger refused the change: ${problems.map((p) => p.key).join(', ')}`);
    this.name = 'LedgerRejected';
    this.problems = problems;
  }
}

export function problem(key: LedgerMessageKey, details?: Omit<LedgerProblem, 'key'>): LedgerProblem {
  return { key, ...details };
}

/** Throws LedgerRejected for one problem. */
export function reject(key: LedgerMessageKey, details?: Omit<LedgerProblem, 'key'>): never {
  throw new LedgerRejected([problem(key, details)]);
}
