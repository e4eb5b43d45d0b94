import type { JournalEntry, EntryLine } from '../ledger/types';
import { money, multiplyByRate, type Rate, type RoundingMode } from '../money';
import type { StatementLine } from './types';

/**
 * Turns reviewed statement lines into draft journal entries for the review screen. Nothing
 * is posted here: the repository gives each draft its id and number and posts it only when
 * the user confirms. Bank amounts are gross, so a VAT code splits the line into the net
 * amount on the counter-account and the tax on the VAT code's account.
 */

/** What the bank import needs to know of a VAT code. */
export type BankVatCode = {
  /** e.g. 27% as { numerator: 27, denominator: 100 }. */
  rate: Rate;
  /** Where the tax goes (input VAT for purchases, output VAT for sales). */
  accountId: string;
  /** How the tax is rounded to whole minor units; half-up (commercial) unless the code says otherwise. */
  rounding?: RoundingMode;
};

/** A statement line as the user left it on the review screen. */
export type ReviewedLine = {
  line: StatementLine;
  /** The counter-account chosen (or suggested by a rule); null when still open. */
  accountId: string | null;
  vatCode?: string;
  payee?: string;
  memo?: string;
};

/** A journal entry before the repository gives it an id, a number and timestamps. */
export type DraftJournalEntry = Omit<JournalEntry, 'id' | 'number' | 'createdAt' | 'updatedAt'>;

export type ProposedEntry = {
  /** Store it with the entry, so the next import of an overlapping statement skips this line. */
  fingerprint: string;
  sourceRow: number;
  entry: DraftJournalEntry;
};

export const proposalProblems = ['noAccount', 'unknownVatCode', 'zeroAmount', 'counterIsBankAccount'] as const;
export type ProposalProblem = { index: number; sourceRow: number; code: (typeof proposalProblems)[number] };

/**
 * One balanced draft per line that has a counter-account: money in debits the bank account
 * and credits the counter-account, money out the other way round. Lines that cannot become
 * an entry are listed as problems and left out; the others are still proposed.
 */
export function proposeEntries(
  lines: readonly ReviewedLine[],
  bankAccountId: string,
  currency: string,
  vatCodeOf: (code: string) => BankVatCode | undefined,
): { proposals: ProposedEntry[]; problems: ProposalProblem[] } {
  const proposals: ProposedEntry[] = [];
  const problems: ProposalProblem[] = [];
  lines.forEach((reviewed, index) => {
    const { line } = reviewed;
    const problem = (code: ProposalProblem['code']) => problems.push({ index, sourceRow: line.sourceRow, code });
    if (line.amount === 0) return problem('zeroAmount');
    if (!reviewed.accountId) return problem('noAccount');
    if (reviewed.accountId === bankAccountId) return problem('counterIsBankAccount');
    const vat = reviewed.vatCode ? vatCodeOf(reviewed.vatCode) : undefined;
    if (reviewed.vatCode && !vat) return problem('unknownVatCode');

    const moneyIn = line.amount > 0;
    const gross = Math.abs(line.amount);
    // The tax inside a gross amount: gross × rate / (1 + rate), rounded once.
    const tax = vat
      ? multiplyByRate(money(gross, currency), { numerator: vat.rate.numerator, denominator: vat.rate.denominator + vat.rate.numerator }, vat.rounding ?? 'half-up').minor
      : 0;
    const side = (accountId: string, amount: number, bankSide: boolean): EntryLine =>
      // The bank account is debited when money comes in; the other lines take the other side.
      moneyIn === bankSide ? { accountId, debit: amount, credit: 0 } : { accountId, debit: 0, credit: amount };
    const counter = side(reviewed.accountId, gross - tax, false);
    if (reviewed.vatCode) counter.vatCode = reviewed.vatCode;
    const entryLines: EntryLine[] = [side(bankAccountId, gross, true), counter];
    if (vat && tax !== 0 && reviewed.vatCode) entryLines.push({ ...side(vat.accountId, tax, false), vatCode: reviewed.vatCode });

    proposals.push({
      fingerprint: line.fingerprint,
      sourceRow: line.sourceRow,
      entry: {
        date: line.date,
        payee: reviewed.payee ?? line.payee,
        memo: reviewed.memo ?? line.description,
        currency,
        lines: entryLines,
        status: 'draft',
        origin: 'bankImport',
        documentIds: [],
      },
    });
  });
  return { proposals, problems };
}
