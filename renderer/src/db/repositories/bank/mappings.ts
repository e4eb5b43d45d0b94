import { validateMapping, type ColumnMapping, type StatementEncoding } from '../../../../../shared/bank';
import { now, writeWithAudit } from '../../audit';
import type { BankMappingRecord } from '../../bankRecords';
import type { BackofficeDb } from '../../database';
import { refuse } from './problems';

/** The CSV column mapping and encoding remembered per bank account. */
export function createBankMappings(db: BackofficeDb) {
  /** The mapping last used for the account, or undefined (then the screen suggests one). */
  async function getMapping(accountId: string): Promise<BankMappingRecord | undefined> {
    const record = await db.bankMappings.get(accountId);
    // A mapping stored by an older version that no longer passes is as good as none.
    return record && validateMapping(record.mapping).length === 0 ? record : undefined;
  }

  /** Remembers the mapping and encoding for the account's next statement. */
  async function saveMapping(accountId: string, mapping: ColumnMapping, encoding: StatementEncoding): Promise<BankMappingRecord> {
    const problems = validateMapping(mapping);
    if (problems.length > 0) refuse('mappingInvalid', { problem: problems[0]! });
    return writeWithAudit(db, [db.bankMappings], 'bankMappingSaved', async () => {
      const previous = await db.bankMappings.get(accountId);
      const at = now();
      const record: BankMappingRecord = { accountId, mapping, encoding, createdAt: previous?.createdAt ?? at, updatedAt: at };
      await db.bankMappings.put(record);
      // The record is keyed by its bank account.
      return { result: record, recordIds: [accountId] };
    });
  }

  return { getMapping, saveMapping };
}
