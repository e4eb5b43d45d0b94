import {
  decodeStatement,
  detectEncoding,
  parseStatement,
  readCsvRows,
  sniffStatementFormat,
  suggestMapping,
  type StatementEncoding,
  type StatementLine,
} from '../../../../../shared/bank';
import { LedgerRejected, type VatCode } from '../../../../../shared/ledger';
import { bankRepository } from '../../../db/repositories';
import { invoke } from '../../../ipc/client';
import { setBankImport, useBankImportStore, type BankImportState, type OpenedStatement } from './bankImportStore';
import { formFromMapping, mappingFromForm } from './mappingForm';
import { applyRulesToReview, proposalsForReview, readStructuredStatement, reviewLinesOf } from './statementReview';

/**
 * What the wizard's buttons do: ask main for the file, read it with shared/bank, look up
 * what is already in the books and the rules, and post the reviewed lines through the
 * bank repository. The screens read the store; they never compute.
 */

const get = () => useBankImportStore.getState();

async function guarded(work: () => Promise<void>): Promise<void> {
  setBankImport({ busy: true, failure: null });
  try {
    await work();
  } catch (error) {
    setBankImport({ failure: error ?? new Error('failed') });
  } finally {
    setBankImport({ busy: false });
  }
}

/** Asks for a statement file and reads it: CSV goes to the text check, camt.053 and OFX straight to review. */
export function chooseStatementFile(dialog: { title: string; filterName: string }, currency: string): Promise<void> {
  return guarded(async () => {
    const answer = await invoke('files:open-statement', dialog);
    if (!answer.picked) return;
    const remembered = await bankRepository.getMapping(get().accountId);
    const guess = detectEncoding(answer.bytes);
    if (!guess.ok) return setBankImport({ fileError: { code: guess.error, fileName: answer.fileName }, statement: null, step: 'start' });
    // The account's last encoding settles a guess that is unsure (a short file with few letters); a clear guess wins.
    const encoding = remembered && guess.confidence < 0.9 && guess.alsoFits.length === 0 ? remembered.encoding : guess.encoding;
    openWithEncoding(answer.fileName, answer.bytes, encoding, guess.encoding, guess.confidence);
    const statement = get().statement;
    if (statement && statement.format !== 'csv') await readStructured(currency);
  });
}

function openWithEncoding(fileName: string, bytes: Uint8Array, encoding: StatementEncoding, detected: StatementEncoding, confidence: number): void {
  const decoded = decodeStatement(bytes, encoding);
  if (!decoded.ok) return setBankImport({ fileError: { code: decoded.error, fileName }, statement: null, step: 'start' });
  const statement: OpenedStatement = { fileName, bytes, encoding, detected, confidence, decoded, format: sniffStatementFormat(decoded.text) };
  setBankImport({ statement, fileError: null, step: statement.format === 'csv' ? 'text' : get().step, rowErrors: null, summary: null });
}

/** The user picked another encoding: the preview follows at once. */
export function chooseEncoding(encoding: StatementEncoding): void {
  const statement = get().statement;
  if (statement) openWithEncoding(statement.fileName, statement.bytes, encoding, statement.detected, statement.confidence);
}

/** From the text check to the column mapping: this account's last mapping, else a suggestion from the file. */
export function goToMapping(): Promise<void> {
  return guarded(async () => {
    const statement = get().statement;
    if (!statement) return;
    const remembered = await bankRepository.getMapping(get().accountId);
    if (remembered) {
      setBankImport({ mapping: formFromMapping(remembered.mapping, remembered.mapping.delimiter), unsure: [], remembered: true, step: 'mapping' });
      return;
    }
    suggestAgain();
  });
}

/** Guesses the columns from the file again (after a remembered mapping did not fit). */
export function suggestAgain(): void {
  const statement = get().statement;
  if (!statement) return;
  const csv = readCsvRows(statement.decoded.text);
  const suggestion = suggestMapping(csv);
  setBankImport({ mapping: formFromMapping(suggestion.mapping ?? suggestion.draft, csv.delimiter), unsure: suggestion.unsure, remembered: false, step: 'mapping' });
}

/** Reads the CSV with the mapping: errors by row and column, or the review (and the mapping is remembered). */
export function readWithMapping(currency: string): Promise<void> {
  return guarded(async () => {
    const { statement, mapping: form, accountId } = get();
    if (!statement || !form) return;
    const reading = mappingFromForm(form);
    if (!reading.ok) return;
    const parsed = parseStatement(statement.decoded.text, reading.mapping, currency, accountId);
    if (parsed.errors.length > 0) {
      setBankImport({ rowErrors: { errors: parsed.errors, errorCount: parsed.errorCount }, step: 'errors' });
      return;
    }
    await bankRepository.saveMapping(accountId, reading.mapping, statement.encoding);
    await showReview(parsed.lines, { balanceBreaks: parsed.balanceBreaks, totalsMismatch: null, pendingEntries: 0 });
  });
}

async function readStructured(currency: string): Promise<void> {
  const { statement, accountId } = get();
  if (!statement || statement.format === 'csv') return;
  const reading = readStructuredStatement(statement.decoded.text, statement.format, accountId, currency);
  if (!reading.ok) {
    setBankImport({ fileError: { code: reading.error, line: reading.line, fileName: statement.fileName }, statement: null, step: 'start' });
    return;
  }
  if (reading.errors.length > 0) {
    setBankImport({ rowErrors: { errors: reading.errors, errorCount: reading.errorCount }, step: 'errors' });
    return;
  }
  await showReview(reading.lines, { balanceBreaks: reading.balanceBreaks, totalsMismatch: reading.totalsMismatch ?? null, pendingEntries: reading.skippedEntries });
}

async function showReview(lines: StatementLine[], warnings: Pick<BankImportState, 'balanceBreaks' | 'totalsMismatch' | 'pendingEntries'>): Promise<void> {
  const [known, rules] = await Promise.all([bankRepository.importedFingerprints(lines.map((line) => line.fingerprint)), bankRepository.listRules()]);
  const review = reviewLinesOf(lines, known, rules);
  setBankImport({ lines: review.lines, invalidRuleIds: review.invalidRuleIds, ...warnings, step: 'review' });
}

/** After a rule was added or changed: lines not chosen by hand follow the rules again. */
export async function reapplyRules(): Promise<void> {
  const rules = await bankRepository.listRules();
  const review = applyRulesToReview(get().lines, rules);
  setBankImport(review);
}

/** Posts the ticked lines, all in one transaction; the summary says what was posted and skipped. */
export function postReviewedLines(currency: string, vatCodes: readonly VatCode[]): Promise<void> {
  return guarded(async () => {
    const { lines, accountId } = get();
    const { proposals, problems } = proposalsForReview(lines, accountId, currency, vatCodes);
    if (problems.length > 0 || proposals.length === 0) return;
    let entries;
    try {
      ({ entries } = await bankRepository.importStatementLines(accountId, proposals));
    } catch (error) {
      // The ledger names entries by their place in the import; the user knows them by statement row.
      if (!(error instanceof LedgerRejected)) throw error;
      throw new LedgerRejected(error.problems.map((problem) => (problem.entry === undefined ? problem : { ...problem, entry: (proposals[problem.entry]?.sourceRow ?? problem.entry + 1) - 1 })));
    }
    const skipped = lines.filter((row) => row.alreadyImported).length;
    const leftOut = lines.filter((row) => !row.alreadyImported && !row.include).length;
    setBankImport({ summary: { entries, skipped, leftOut }, step: 'done' });
  });
}
