import {
  applyRules,
  parseCamt053,
  parseOfx,
  proposeEntries,
  skipAlreadyImported,
  type BalanceBreak,
  type BankRule,
  type ProposalProblem,
  type ProposedEntry,
  type StatementFileError,
  type StatementFormat,
  type StatementLine,
  type StatementRowError,
} from '../../../../../shared/bank';
import type { VatCode } from '../../../../../shared/ledger';

/**
 * The review screen's data, worked out here so the screen only shows it: a row per
 * statement line with what rules suggested and what the user chose, lines already in the
 * books marked and left out, the totals, and the draft entries to post.
 */

export type ReviewLine = {
  line: StatementLine;
  /** In the books from an earlier import: shown grey, never posted again. */
  alreadyImported: boolean;
  /** Ticked to post; unticked lines stay out (and come back with the next import). */
  include: boolean;
  /** The counter-account ('' while open). */
  accountId: string;
  /** A VAT code id, or ''. */
  vatCode: string;
  payee: string;
  /** The rule that filled the line, while the user has not changed it. */
  ruleId: string | null;
  chosenByHand: boolean;
};

export type StructuredReading =
  | { ok: true; lines: StatementLine[]; errors: StatementRowError[]; errorCount: number; balanceBreaks: BalanceBreak[]; totalsMismatch?: { expected: number; found: number }; skippedEntries: number }
  | { ok: false; error: StatementFileError; line?: number };

/** camt.053 and OFX: their own account, currency and balances; the statements in the book's currency are read, the others refused. */
export function readStructuredStatement(text: string, format: Exclude<StatementFormat, 'csv'>, accountId: string, currency: string): StructuredReading {
  const result = format === 'camt053' ? parseCamt053(text, accountId) : parseOfx(text, accountId);
  if (!result.ok) return result.line === undefined ? { ok: false, error: result.error } : { ok: false, error: result.error, line: result.line };
  const ours = result.statements.filter((statement) => statement.currency === currency);
  if (ours.length === 0) return { ok: false, error: 'currencyMismatch' };
  const mismatch = ours.find((statement) => statement.totalsMismatch)?.totalsMismatch;
  const reading: StructuredReading = {
    ok: true,
    lines: ours.flatMap((statement) => statement.lines),
    errors: ours.flatMap((statement) => statement.errors),
    errorCount: ours.reduce((sum, statement) => sum + statement.errorCount, 0),
    balanceBreaks: ours.flatMap((statement) => statement.balanceBreaks),
    skippedEntries: ours.reduce((sum, statement) => sum + statement.skippedEntries, 0),
  };
  if (mismatch) reading.totalsMismatch = mismatch;
  return reading;
}

/** Review rows for read lines: already-imported ones marked, rules applied to the others. */
export function reviewLinesOf(lines: readonly StatementLine[], known: ReadonlySet<string>, rules: readonly BankRule[]): { lines: ReviewLine[]; invalidRuleIds: string[] } {
  const { alreadyImported } = skipAlreadyImported(lines, known);
  const old = new Set(alreadyImported.map((line) => line.fingerprint));
  const rows = lines.map(
    (line): ReviewLine => ({ line, alreadyImported: old.has(line.fingerprint), include: !old.has(line.fingerprint), accountId: '', vatCode: '', payee: line.payee, ruleId: null, chosenByHand: false }),
  );
  return applyRulesToReview(rows, rules);
}

/** Fills the lines the user has not chosen by hand from the rules (again, after a rule was added). */
export function applyRulesToReview(rows: readonly ReviewLine[], rules: readonly BankRule[]): { lines: ReviewLine[]; invalidRuleIds: string[] } {
  const { suggestions, invalidRuleIds } = applyRules(
    rows.map((row) => row.line),
    rules,
  );
  const lines = rows.map((row, index) => {
    if (row.chosenByHand || row.alreadyImported) return row;
    const suggestion = suggestions[index];
    if (!suggestion) return row.ruleId === null ? row : { ...row, accountId: '', vatCode: '', payee: row.line.payee, ruleId: null };
    return { ...row, accountId: suggestion.accountId, vatCode: suggestion.vatCode ?? '', payee: suggestion.payee ?? row.line.payee, ruleId: suggestion.ruleId };
  });
  return { lines, invalidRuleIds };
}

export type ReviewTotals = {
  lines: number;
  alreadyImported: number;
  toPost: number;
  /** Ticked lines still without a counter-account. */
  withoutAccount: number;
  moneyIn: number;
  moneyOut: number;
};

export function reviewTotals(rows: readonly ReviewLine[]): ReviewTotals {
  const totals: ReviewTotals = { lines: rows.length, alreadyImported: 0, toPost: 0, withoutAccount: 0, moneyIn: 0, moneyOut: 0 };
  for (const row of rows) {
    if (row.alreadyImported) totals.alreadyImported += 1;
    if (row.alreadyImported || !row.include) continue;
    totals.toPost += 1;
    if (row.accountId === '') totals.withoutAccount += 1;
    if (row.line.amount >= 0) totals.moneyIn += row.line.amount;
    else totals.moneyOut -= row.line.amount;
  }
  return totals;
}

/** The draft entries for the ticked lines, with the rows each problem concerns. */
export function proposalsForReview(
  rows: readonly ReviewLine[],
  bankAccountId: string,
  currency: string,
  vatCodes: readonly VatCode[],
): { proposals: ProposedEntry[]; problems: ProposalProblem[] } {
  const chosen = rows.filter((row) => row.include && !row.alreadyImported);
  const byId = new Map(vatCodes.map((code) => [code.id, code]));
  return proposeEntries(
    chosen.map((row) => ({ line: row.line, accountId: row.accountId || null, vatCode: row.vatCode || undefined, payee: row.payee })),
    bankAccountId,
    currency,
    (id) => byId.get(id),
  );
}
