import { Dexie, type DBCoreTransaction, type Table } from 'dexie';
import { monotonicFactory } from 'ulidx';
import type { BackofficeDb } from './database';
import type { AuditAction, AuditEntry, Timestamp } from './records';

/** ULIDs that sort in creation order even within one millisecond. */
export const newId = monotonicFactory();

export function now(): Timestamp {
  return new Date().toISOString();
}

/** The IndexedDB transactions `writeWithAudit` opened: the only ones that may change the books. */
const auditedTransactions = new WeakSet<DBCoreTransaction>();

/** What a write inside `writeWithAudit` reports back: its result and the records it touched. */
export type AuditedWrite<T> = { result: T; recordIds: string[] };

/**
 * The one rule every business write follows: the change and its activity-log entry are
 * written in ONE read-write transaction, so either both are stored or neither is.
 * Repositories call this; nothing else opens write transactions. `alsoReads` widens the
 * transaction to tables the write reads but does not change (they are not logged as written);
 * this keeps the write one flat transaction instead of a nested one.
 */
export async function writeWithAudit<T>(
  db: BackofficeDb,
  tables: Table[],
  action: AuditAction,
  write: () => Promise<AuditedWrite<T>>,
  options: { alsoReads?: Table[] } = {},
): Promise<T> {
  const scope = new Map([...tables, ...(options.alsoReads ?? []), db.auditLog].map((table) => [table.name, table]));
  return db.transaction('rw', [...scope.values()], async () => {
    auditedTransactions.add(Dexie.currentTransaction.idbtrans);
    const { result, recordIds } = await write();
    const entry: AuditEntry = {
      id: newId(),
      at: now(),
      action,
      tables: tables.map((table) => table.name),
      recordIds,
    };
    await db.auditLog.add(entry);
    return result;
  });
}

/** Thrown by a guarded database when something changes the books outside `writeWithAudit`. */
export class UnauditedWrite extends Error {
  constructor(table: string, kind: string) {
    super(`A write (${kind}) to ${table} was refused: the books change only through writeWithAudit, which records the change in the activity log.`);
    this.name = 'UnauditedWrite';
  }
}

/**
 * Refuses, at the lowest layer Dexie has, every write that is not inside `writeWithAudit`:
 * a write that bypassed it would leave no activity-log entry and go unseen by the backup's
 * change check, so it fails loudly instead, whichever call made it (put, add, delete,
 * update, modify, clear, a bare transaction). The app's books and every test database are
 * guarded. Schema upgrades (version steps) reshape records without changing the business
 * and pass; a restore writes into a database of its own before the app opens it.
 */
export function requireAuditedWrites(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'auditedWritesOnly',
    // Below Dexie's hooks (level 2), so the database's own refusals (a posted entry) speak first.
    level: 1.5,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => (mayWrite(request.trans) ? table.mutate(request) : Promise.reject(new UnauditedWrite(name, request.type))),
        };
      },
    }),
  });
}

function mayWrite(transaction: DBCoreTransaction): boolean {
  return auditedTransactions.has(transaction) || (transaction as Partial<IDBTransaction>).mode === 'versionchange';
}
