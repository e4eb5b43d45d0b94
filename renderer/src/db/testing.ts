import { entriesOfBlocks } from '../../../shared/ledger/entryBlocks';
import type { JournalEntry } from '../../../shared/ledger/types';
import { BackofficeDb } from './database';

let created = 0;

/**
 * A fresh, empty database under a name no other test uses. In vitest, import
 * 'fake-indexeddb/auto' at the top of the test file first; the database binds to the
 * global indexedDB present when this is called.
 */
export function createTestDb(): BackofficeDb {
  created += 1;
  const name = `backoffice-test-${Date.now().toString(36)}-${created}-${Math.random().toString(36).slice(2, 8)}`;
  return new BackofficeDb(name, { indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
}

/** Every posted entry as stored, block after block, for tests that compare the whole ledger. */
export async function storedEntries(db: BackofficeDb): Promise<JournalEntry[]> {
  return entriesOfBlocks(await db.entryBlocks.toArray());
}
