import { Dexie, type DexieOptions, type Table } from 'dexie';
import type { Account, JournalEntry, PeriodBalance, RegisterChunk, VatCode } from '../../../shared/ledger/types';
import type { BankMappingRecord, BankRuleRecord, ImportedLineRecord, ReconciliationRecord } from './bankRecords';
import type { AuditEntry, SettingsRecord } from './records';

export const databaseName = 'backoffice';

/**
 * The window's data in IndexedDB. Schema changes are new `version(n)` steps appended
 * below (with an upgrade function when existing records change shape); old steps are
 * never edited, so a database or backup from any earlier version opens in the newest.
 */
export class BackofficeDb extends Dexie {
  settings!: Table<SettingsRecord, string>;
  auditLog!: Table<AuditEntry, string>;
  accounts!: Table<Account, string>;
  entries!: Table<JournalEntry, string>;
  drafts!: Table<JournalEntry, string>;
  balances!: Table<PeriodBalance, [string, string, string]>;
  registers!: Table<RegisterChunk, [string, string]>;
  vatCodes!: Table<VatCode, string>;
  bankMappings!: Table<BankMappingRecord, string>;
  bankRules!: Table<BankRuleRecord, string>;
  importedLines!: Table<ImportedLineRecord, string>;
  reconciliations!: Table<ReconciliationRecord, string>;

  constructor(name: string = databaseName, options?: DexieOptions) {
    super(name, options);

    // Version 1: the company record and preferences (by key), and the activity log.
    this.version(1).stores({
      settings: 'key',
      auditLog: 'id, at',
    });

    // Version 2: the ledger. Laid out by what a posting writes and a report reads (the
    // cost is per record and per index): one record per entry with its lines inside;
    // `entries` holds only posted entries (immutable), `drafts` the editable ones, so
    // neither needs a status index. Reports read monthly `balances` (one record per
    // account, month and currency) and, for the months a report date cuts through, the
    // `registers` chunks (one record per account and month, its postings inside). The
    // chart and VAT codes are few and read whole. Ledger settings live in `settings`
    // under key 'ledger'.
    this.version(2).stores({
      accounts: 'id',
      entries: 'id, date, number',
      drafts: 'id',
      balances: '[accountId+period+currency]',
      registers: '[accountId+period]',
      vatCodes: 'id',
    });

    // Version 3: bank work. The column mapping and encoding remembered per bank account;
    // the rules (few, read whole, ordered by a field); one record per imported statement
    // line, keyed by its fingerprint (which includes the account), so a re-import looks its
    // lines up by key; reconciliations by account. Nothing existing changes shape.
    this.version(3).stores({
      bankMappings: 'accountId',
      bankRules: 'id',
      importedLines: 'fingerprint, accountId',
      reconciliations: 'id, accountId',
    });

    // Posted entries never change; the one exception is linking the entry that reverses them.
    // (Dexie reports arrays as changed whenever they are new objects, so compare by value.)
    this.entries.hook('updating', (modifications, _key, existing) => {
      const changes = modifications as Record<string, unknown>;
      const record = existing as unknown as Record<string, unknown>;
      const changed = Object.keys(changes).filter((path) => JSON.stringify(changes[path]) !== JSON.stringify(record[path]));
      const allowed = changed.every((path) => path === 'updatedAt' || (path === 'reversedBy' && existing.reversedBy === undefined));
      if (!allowed) throw new PostedEntryImmutable(existing.id);
    });
  }
}

/** Thrown by the database itself when something tries to change a posted entry. */
export class PostedEntryImmutable extends Error {
  constructor(entryId: string) {
    super(`Entry ${entryId} is posted and cannot be changed; reverse it instead.`);
    this.name = 'PostedEntryImmutable';
  }
}

/** Thrown by a backup opened read-only when anything tries to write to it. */
export class BooksReadOnly extends Error {
  constructor() {
    super('This is a backup opened read-only; close it to work on the current books.');
    this.name = 'BooksReadOnly';
  }
}

/**
 * Refuses every write at the lowest layer Dexie has, so no screen, repository or hook
 * can change a backup being looked at, whatever it tries.
 */
export function refuseWrites(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'readOnly',
    create: (down) => ({
      ...down,
      table: (name) => ({ ...down.table(name), mutate: () => Promise.reject(new BooksReadOnly()) }),
    }),
  });
}
