// Runs the app's own storage code (renderer/src/db) in the browser for the benchmarks.
import { BackofficeDb } from '../../../renderer/src/db/database';
import { newId, now, writeWithAudit } from '../../../renderer/src/db/audit';
import type { AuditEntry } from '../../../renderer/src/db/records';

const db = new BackofficeDb('backoffice-bench');

function auditEntry(index: number): AuditEntry {
  return { id: newId(), at: now(), action: 'companyChanged', tables: ['settings'], recordIds: [`record-${index}`] };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const bench = {
  clear: () => db.auditLog.clear(),
  /** Many entries in one transaction, as an import writes them. */
  writeInOneTransaction: (count: number) =>
    timed(() => db.transaction('rw', db.auditLog, () => db.auditLog.bulkAdd(Array.from({ length: count }, (_, i) => auditEntry(i))))),
  /** One audited action per transaction, as the office manager's saves write them. */
  writeOnePerAction: (count: number) =>
    timed(async () => {
      for (let i = 0; i < count; i += 1) {
        await writeWithAudit(db, [db.settings], 'companyChanged', async () => ({ result: i, recordIds: [`record-${i}`] }));
      }
    }),
  readAll: () => timed(() => db.auditLog.toArray()),
  readNewest: (count: number) => timed(() => db.auditLog.orderBy('id').reverse().limit(count).toArray()),
};

Object.assign(window, { bench });
document.body.dataset.ready = 'true';
