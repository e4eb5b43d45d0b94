import type { Page } from '@playwright/test';

/**
 * Adds activity-log entries straight into the app's IndexedDB, as many saves over months
 * would have left them. Raw IndexedDB, so the seeding does not depend on the code under test.
 */
export async function seedAuditEntries(page: Page, count: number): Promise<string[]> {
  const recordIds = Array.from({ length: count }, (_, i) => `seed-record-${String(i + 1).padStart(4, '0')}`);
  await page.evaluate(async (ids) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('backoffice');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('auditLog', 'readwrite');
      const start = Date.UTC(2026, 0, 5, 9, 0, 0);
      ids.forEach((recordId, i) => {
        tx.objectStore('auditLog').add({
          id: `01SEED${String(i).padStart(20, '0')}`,
          at: new Date(start + i * 3_600_000).toISOString(),
          action: 'companyChanged',
          tables: ['settings'],
          recordIds: [recordId],
        });
      });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, recordIds);
  return recordIds;
}
