import { create } from 'zustand';
import type {
  BalanceBreak,
  DecodedStatement,
  StatementEncoding,
  StatementFileError,
  StatementFormat,
  StatementRowError,
} from '../../../../../shared/bank';
import type { JournalEntry } from '../../../../../shared/ledger';
import type { MappingForm } from './mappingForm';
import type { ReviewLine } from './statementReview';

/**
 * The statement import wizard's state: kept while the user visits the rules or another
 * tab and comes back. Steps: choose the account and file → check the text (encoding) →
 * map the columns (CSV) → errors, or review → posted.
 */
export type BankImportStep = 'start' | 'text' | 'mapping' | 'errors' | 'review' | 'done';

export type OpenedStatement = {
  fileName: string;
  bytes: Uint8Array;
  /** The encoding the file was read in (detected or chosen). */
  encoding: StatementEncoding;
  /** What detection said, to show beside the choice. */
  detected: StatementEncoding;
  confidence: number;
  decoded: DecodedStatement;
  format: StatementFormat;
};

export type ImportedSummary = { entries: JournalEntry[]; skipped: number; leftOut: number };

export type BankImportState = {
  step: BankImportStep;
  accountId: string;
  statement: OpenedStatement | null;
  /** Why the file cannot be read at all (a PDF, a spreadsheet, the wrong currency…). */
  fileError: { code: StatementFileError; line?: number; fileName: string } | null;
  mapping: MappingForm | null;
  /** Parts of the suggested mapping the user should check. */
  unsure: string[];
  /** True when the mapping came from this account's last import. */
  remembered: boolean;
  rowErrors: { errors: StatementRowError[]; errorCount: number } | null;
  lines: ReviewLine[];
  balanceBreaks: BalanceBreak[];
  totalsMismatch: { expected: number; found: number } | null;
  /** Entries a camt.053/OFX file marks as not booked yet (pending): left out. */
  pendingEntries: number;
  invalidRuleIds: string[];
  summary: ImportedSummary | null;
  busy: boolean;
  /** A failure to show (described in the user's language by the screen). */
  failure: unknown;
};

export const initialBankImport: BankImportState = {
  step: 'start',
  accountId: '',
  statement: null,
  fileError: null,
  mapping: null,
  unsure: [],
  remembered: false,
  rowErrors: null,
  lines: [],
  balanceBreaks: [],
  totalsMismatch: null,
  pendingEntries: 0,
  invalidRuleIds: [],
  summary: null,
  busy: false,
  failure: null,
};

export const useBankImportStore = create<BankImportState>(() => initialBankImport);

export const setBankImport = (change: Partial<BankImportState> | ((state: BankImportState) => Partial<BankImportState>)) =>
  useBankImportStore.setState(change);

/** Starts over with the same bank account chosen. */
export function restartBankImport(): void {
  useBankImportStore.setState((state) => ({ ...initialBankImport, accountId: state.accountId }));
}

/** Changes one review row; a counter-account or VAT code chosen by hand is no longer the rule's. */
export function changeReviewLine(index: number, change: Partial<Pick<ReviewLine, 'accountId' | 'vatCode' | 'payee' | 'include'>>): void {
  useBankImportStore.setState((state) => ({
    lines: state.lines.map((row, i) => {
      if (i !== index) return row;
      const byHand = change.accountId !== undefined || change.vatCode !== undefined || change.payee !== undefined;
      return { ...row, ...change, ...(byHand ? { chosenByHand: true, ruleId: null } : {}) };
    }),
  }));
}

export function changeMapping(change: Partial<MappingForm>): void {
  useBankImportStore.setState((state) => (state.mapping ? { mapping: { ...state.mapping, ...change } } : {}));
}
