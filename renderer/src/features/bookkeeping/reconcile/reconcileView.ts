import { reconciliationState, type ReconciliationState } from '../../../../../shared/bank';
import type { PostingId, ReconciliationRecord } from '../../../db/bankRecords';
import type { BankPosting } from '../../../db/repositories';

/** A bank posting on the reconciliation screen: reconciled before (✓), ticked now, or open. */
export type ReconcileRow = BankPosting & { reconciled: boolean; ticked: boolean };

export type ReconcileView = {
  open: ReconciliationRecord | null;
  finished: ReconciliationRecord[];
  rows: ReconcileRow[];
  /** The open reconciliation's figures: cleared balance, difference, whether it can finish. */
  figures: ReconciliationState | null;
  /** What the next reconciliation starts from (the last finished one's closing balance). */
  lastBalance: number;
};

/** The screen's data from the stored reconciliations and the account's postings. */
export function reconcileView(records: readonly ReconciliationRecord[], postings: readonly BankPosting[]): ReconcileView {
  const open = records.find((record) => record.status === 'open') ?? null;
  const finished = records.filter((record) => record.status === 'finished');
  const reconciled = new Set<PostingId>(finished.flatMap((record) => record.postingIds));
  const ticked = new Set<PostingId>(open?.postingIds ?? []);
  const rows = postings.map((posting) => ({ ...posting, reconciled: reconciled.has(posting.id), ticked: ticked.has(posting.id) }));
  const figures = open
    ? reconciliationState({
        statementDate: open.statementDate,
        closingBalance: open.closingBalance,
        openingBalance: open.openingBalance,
        postings: rows.filter((row) => !row.reconciled).map((row) => ({ id: row.id, date: row.date, amount: row.amount, cleared: row.ticked })),
      })
    : null;
  return { open, finished, rows, figures, lastBalance: finished[0]?.closingBalance ?? 0 };
}

/** Rows to show: the open ones, and the reconciled ones too when asked (newest last, as the register). */
export function visibleRows(rows: readonly ReconcileRow[], showReconciled: boolean): ReconcileRow[] {
  return showReconciled ? [...rows] : rows.filter((row) => !row.reconciled);
}
