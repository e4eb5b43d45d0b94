import type { ProposedEntry } from '../../../../../shared/bank';
import type { JournalEntry } from '../../../../../shared/ledger';
import { newId, now } from '../../audit';
import type { ImportedLineRecord } from '../../bankRecords';
import type { BackofficeDb } from '../../database';
import type { LedgerSettingsRecord } from '../../records';
import { ledgerWrite } from '../ledger/context';
import { postWithinTransaction } from '../ledger/posting';
import { refuse } from './problems';

export type StatementImportOutcome = { entries: JournalEntry[] };

/** Statement lines into the books: each reviewed line one posted entry, its fingerprint kept so it is never imported twice. */
export function createStatementImport(db: BackofficeDb, ensureLedger: () => Promise<LedgerSettingsRecord>) {
  /** Which of these fingerprints are already in the books (looked up by key, not by reading the account's lines). */
  async function importedFingerprints(fingerprints: readonly string[]): Promise<Set<string>> {
    const found = await db.importedLines.bulkGet([...new Set(fingerprints)]);
    return new Set(found.flatMap((record) => (record ? [record.fingerprint] : [])));
  }

  /**
   * Posts the reviewed entries of a statement for the bank account and records each line's
   * fingerprint, all in ONE transaction with one audit entry: either every entry is posted
   * and remembered, or nothing is. Refused when a line was imported meanwhile (another
   * window, a double click), and with the ledger's problems (a locked date, an archived
   * account) naming each entry by its index in `proposals`.
   */
  async function importStatementLines(accountId: string, proposals: readonly ProposedEntry[]): Promise<StatementImportOutcome> {
    if (proposals.length === 0) refuse('nothingToImport');
    const fingerprints = proposals.map((proposal) => proposal.fingerprint);
    if (new Set(fingerprints).size !== fingerprints.length) refuse('alreadyImported', { count: fingerprints.length - new Set(fingerprints).size });
    await ensureLedger();
    return ledgerWrite(db, [db.entryBlocks, db.balances, db.registers, db.settings, db.importedLines], 'bankStatementImported', async () => {
      const known = await importedFingerprints(fingerprints);
      if (known.size > 0) refuse('alreadyImported', { count: known.size });
      const at = now();
      const drafts = proposals.map((proposal): JournalEntry => ({ ...proposal.entry, id: newId(), number: '', createdAt: at, updatedAt: at }));
      const posted = await postWithinTransaction(db, drafts, { entryIndexes: proposals.map((_, index) => index) });
      const lines = proposals.map((proposal, index): ImportedLineRecord => ({
        fingerprint: proposal.fingerprint,
        accountId,
        entryId: posted[index]!.id,
        sourceRow: proposal.sourceRow,
        importedAt: at,
      }));
      await db.importedLines.bulkAdd(lines);
      return { result: { entries: posted }, recordIds: posted.map((entry) => entry.id) };
    });
  }

  return { importedFingerprints, importStatementLines };
}
