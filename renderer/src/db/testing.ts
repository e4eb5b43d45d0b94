import { entriesOfBlocks } from '../../../shared/ledger/entryBlocks';
import type { JournalEntry } from '../../../shared/ledger/types';
import { requireAuditedWrites } from './audit';
import { BackofficeDb } from './database';

let created = 0;

const inMemory = () => ({ indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });

/**
 * A fresh, empty database under a name no other test uses, guarded like the app's books:
 * a write outside `writeWithAudit` is refused. In vitest, import 'fake-indexeddb/auto' at
 * the top of the test file first; the database binds to the global indexedDB present when
 * this is called.
 */
export function createTestDb(): BackofficeDb {
  created += 1;
  const name = `backoffice-test-${Date.now().toString(36)}-${created}-${Math.random().toString(36).slice(2, 8)}`;
  const db = new BackofficeDb(name, inMemory());
  requireAuditedWrites(db);
  return db;
}

/**
 * A second, unguarded connection to the same database, for tests that store records as a
 * backup, an older version or a fault would have left them. Close it when done.
 */
export function unguardedConnection(db: BackofficeDb): BackofficeDb {
  return new BackofficeDb(db.name, inMemory());
}

/** Every posted entry as stored, block after block, for tests that compare the whole ledger. */
export async function storedEntries(db: BackofficeDb): Promise<JournalEntry[]> {
  return entriesOfBlocks(await db.entryBlocks.toArray());
}
