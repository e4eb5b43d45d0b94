import type { BackofficeDb } from '../database';
import type { AuditEntry } from '../records';

export type AuditPage = {
  /** How many entries at most (newest first). */
  limit: number;
  /** Id of the last entry already shown: the page continues with older entries. */
  before?: string;
};

export function createAuditLogRepository(db: BackofficeDb) {
  /** Activity-log entries, newest first. */
  async function listAuditEntries({ limit, before }: AuditPage): Promise<AuditEntry[]> {
    const newestFirst = before === undefined ? db.auditLog.orderBy('id') : db.auditLog.where('id').below(before);
    return newestFirst.reverse().limit(limit).toArray();
  }

  /** How many entries the log holds. */
  async function countAudit(): Promise<number> {
    return db.auditLog.count();
  }

  /**
   * The newest entry's id. Every business write adds an entry in its own transaction, so
   * this changes exactly when the books change: a backup compares it before and after
   * reading the tables to know whether the books changed meanwhile.
   */
  async function booksChangeMarker(): Promise<string | undefined> {
    return (await db.auditLog.orderBy('id').last())?.id;
  }

  return { listAuditEntries, countAudit, booksChangeMarker };
}

export type AuditLogRepository = ReturnType<typeof createAuditLogRepository>;
