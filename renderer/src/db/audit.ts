import type { Table } from 'dexie';
import { monotonicFactory } from 'ulidx';
import type { BackofficeDb } from './database';
import type { AuditAction, AuditEntry, Timestamp } from './records';

/** ULIDs that sort in creation order even within one millisecond. */
export const newId = monotonicFactory();

export function now(): Timestamp {
  return new Date().toISOString();
}

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
