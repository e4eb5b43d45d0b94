import { finishReconciliation as finishFigures } from '../../../../../shared/bank';
import { isIsoDate, type IsoDate } from '../../../../../shared/dates';
import { newId, now, writeWithAudit } from '../../audit';
import type { PostingId, ReconciliationRecord } from '../../bankRecords';
import type { BackofficeDb } from '../../database';
import type { AuditAction } from '../../records';
import { refuse } from './problems';

/** A posting on the bank account as reconciliation sees it: money in positive. */
export type BankPosting = { id: PostingId; entryId: string; date: IsoDate; number: string; payee: string; memo: string; amount: number };

export type ReconciliationStart = { accountId: string; currency: string; statementDate: IsoDate; closingBalance: number };

const newestFirst = (a: ReconciliationRecord, b: ReconciliationRecord) =>
  a.statementDate < b.statementDate ? 1 : a.statementDate > b.statementDate ? -1 : a.createdAt < b.createdAt ? 1 : -1;

/** Every posting of the account in `currency`, by date, from its register chunks. */
export async function bankPostings(db: BackofficeDb, accountId: string, currency: string): Promise<BankPosting[]> {
  const chunks = await db.registers.where('[accountId+period]').between([accountId, ''], [accountId, '\uffff'], true, true).toArray();
  chunks.sort((a, b) => (a.period < b.period ? -1 : 1));
  const postings: BankPosting[] = [];
  for (const chunk of chunks) {
    for (const p of chunk.postings) {
      if (p.currency !== currency) continue;
      postings.push({ id: `${p.entryId}:${p.line}`, entryId: p.entryId, date: p.date, number: p.number, payee: p.payee, memo: p.memo, amount: p.debit - p.credit });
    }
  }
  return postings;
}

/**
 * Bank reconciliations: one open at a time per account, its ticks kept as they are made
 * (so the work survives leaving the page), finished only when the difference is zero;
 * then its postings are reconciled for good.
 */
export function createReconciliations(db: BackofficeDb) {
  async function listReconciliations(accountId: string): Promise<ReconciliationRecord[]> {
    return (await db.reconciliations.where('accountId').equals(accountId).toArray()).sort(newestFirst);
  }

  async function openReconciliation(accountId: string): Promise<ReconciliationRecord | undefined> {
    return (await listReconciliations(accountId)).find((record) => record.status === 'open');
  }

  /** The postings of the account's finished reconciliations. */
  async function reconciledPostingIds(accountId: string): Promise<Set<PostingId>> {
    const finished = (await listReconciliations(accountId)).filter((record) => record.status === 'finished');
    return new Set(finished.flatMap((record) => record.postingIds));
  }

  /** Opens a reconciliation from the last finished one's balance; refused while another is open or before the last statement date. */
  async function startReconciliation(start: ReconciliationStart): Promise<ReconciliationRecord> {
    if (!isIsoDate(start.statementDate)) refuse('statementDateInvalid');
    if (!Number.isSafeInteger(start.closingBalance)) throw new RangeError('closingBalance must be a safe integer of minor units.');
    return writeWithAudit(db, [db.reconciliations], 'reconciliationStarted', async () => {
      const records = await listReconciliations(start.accountId);
      if (records.some((record) => record.status === 'open')) refuse('reconciliationOpen');
      const last = records.find((record) => record.status === 'finished' && record.currency === start.currency);
      if (last && start.statementDate < last.statementDate) refuse('statementDateBeforeLast', { date: last.statementDate });
      const at = now();
      const record: ReconciliationRecord = {
        id: newId(),
        ...start,
        openingBalance: last?.closingBalance ?? 0,
        postingIds: [],
        status: 'open',
        createdAt: at,
        updatedAt: at,
      };
      await db.reconciliations.add(record);
      return { result: record, recordIds: [record.id] };
    });
  }

  /** Changes what the open reconciliation is done for: the statement's date and closing balance. */
  async function updateStatement(id: string, statement: { statementDate: IsoDate; closingBalance: number }): Promise<ReconciliationRecord> {
    if (!isIsoDate(statement.statementDate)) refuse('statementDateInvalid');
    return changeOpen(id, 'reconciliationStatementChanged', (record) => ({ ...record, ...statement }));
  }

  /** Ticks (cleared) or unticks postings of the open reconciliation. */
  async function tickPostings(id: string, postingIds: readonly PostingId[], cleared: boolean): Promise<ReconciliationRecord> {
    return changeOpen(id, 'reconciliationTicked', (record) => {
      const ticked = new Set(record.postingIds);
      for (const postingId of postingIds) {
        if (cleared) ticked.add(postingId);
        else ticked.delete(postingId);
      }
      return { ...record, postingIds: [...ticked] };
    });
  }

  /** Gives up an open reconciliation; nothing was reconciled by it. */
  async function cancelReconciliation(id: string): Promise<void> {
    await writeWithAudit(db, [db.reconciliations], 'reconciliationCancelled', async () => {
      const record = await db.reconciliations.get(id);
      if (!record) refuse('reconciliationNotFound');
      if (record.status !== 'open') refuse('reconciliationFinished');
      await db.reconciliations.delete(id);
      return { result: undefined, recordIds: [id] };
    });
  }

  /**
   * Finishes the open reconciliation from the stored postings (not from what a screen
   * says): the ticked postings must exist, not be reconciled already, and bring the
   * opening balance to the statement's closing balance exactly.
   */
  async function finishReconciliation(id: string): Promise<ReconciliationRecord> {
    return writeWithAudit(db, [db.reconciliations], 'reconciliationFinished', async () => {
      const record = await db.reconciliations.get(id);
      if (!record) refuse('reconciliationNotFound');
      if (record.status !== 'open') refuse('reconciliationFinished');
      const [postings, reconciled] = await Promise.all([bankPostings(db, record.accountId, record.currency), reconciledPostingIds(record.accountId)]);
      const ticked = new Set(record.postingIds);
      const open = postings.filter((posting) => !reconciled.has(posting.id));
      const missing = [...ticked].filter((postingId) => !open.some((posting) => posting.id === postingId));
      if (missing.length > 0) refuse('postingNotFound', { count: missing.length });
      const result = finishFigures({
        statementDate: record.statementDate,
        closingBalance: record.closingBalance,
        openingBalance: record.openingBalance,
        postings: open.map((posting) => ({ id: posting.id, date: posting.date, amount: posting.amount, cleared: ticked.has(posting.id) })),
      });
      if (!result.ok) refuse(result.error === 'differenceNotZero' ? 'differenceNotZero' : 'statementDateInvalid', result.error === 'differenceNotZero' ? { difference: result.difference } : undefined);
      const at = now();
      const finished: ReconciliationRecord = { ...record, postingIds: result.reconciledPostingIds, status: 'finished', finishedAt: at, updatedAt: at };
      await db.reconciliations.put(finished);
      return { result: finished, recordIds: [id] };
    }, { alsoReads: [db.registers] });
  }

  async function changeOpen(id: string, action: AuditAction, change: (record: ReconciliationRecord) => ReconciliationRecord): Promise<ReconciliationRecord> {
    return writeWithAudit(db, [db.reconciliations], action, async () => {
      const record = await db.reconciliations.get(id);
      if (!record) refuse('reconciliationNotFound');
      if (record.status !== 'open') refuse('reconciliationFinished');
      const next = { ...change(record), updatedAt: now() };
      await db.reconciliations.put(next);
      return { result: next, recordIds: [id] };
    });
  }

  return {
    listReconciliations,
    openReconciliation,
    reconciledPostingIds,
    startReconciliation,
    updateStatement,
    tickPostings,
    cancelReconciliation,
    finishReconciliation,
    bankPostings: (accountId: string, currency: string) => bankPostings(db, accountId, currency),
  };
}
