import { create } from 'zustand';

/** Whether the browser promised not to evict our IndexedDB data under storage pressure. */
export type PersistenceStatus = 'pending' | 'granted' | 'denied' | 'unsupported';

type PersistenceState = { status: PersistenceStatus };

export const usePersistenceStore = create<PersistenceState>(() => ({ status: 'pending' }));

/** Asks once at start for persistent storage and remembers the answer for Settings. */
export async function requestPersistentStorage(storage: StorageManager | undefined = navigator.storage): Promise<PersistenceStatus> {
  let status: PersistenceStatus;
  if (!storage || typeof storage.persist !== 'function') {
    status = 'unsupported';
  } else {
    try {
      const already = typeof storage.persisted === 'function' && (await storage.persisted());
      status = already || (await storage.persist()) ? 'granted' : 'denied';
    } catch {
      status = 'denied';
    }
  }
  usePersistenceStore.setState({ status });
  return status;
}
