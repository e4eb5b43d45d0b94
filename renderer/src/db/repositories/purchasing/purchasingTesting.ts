import type { Supplier } from '../../../../../shared/purchasing/types';
import { newId, now, writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';
import { stockTestBook } from '../stock/stockTesting';

/** A supplier record with everything a test does not care about filled in. */
export function testSupplier(name: string, extra: Partial<Supplier> = {}): Supplier {
  const at = now();
  return {
    id: newId(), createdAt: at, updatedAt: at, name, otherNames: [], taxNumber: '', contacts: [], address: '', email: '', phone: '',
    paymentTermsDays: 30, leadTimeDays: 7, currency: 'EUR', tolerance: null, notes: '', archived: false, ...extra,
  };
}

/** Stores suppliers as the supplier screen's audited write would (for setting up a test). */
export function storeSuppliers(db: BackofficeDb, suppliers: readonly Supplier[]): Promise<void> {
  return writeWithAudit(db, [db.suppliers], 'supplierSaved', async () => {
    await db.suppliers.bulkPut([...suppliers]);
    return { result: undefined, recordIds: suppliers.map((supplier) => supplier.id) };
  });
}

/**
 * The stock test book (ledger, items paper/toner/old, places main/shelf, inventory
 * accounts) with two suppliers, for purchasing's tests (import 'fake-indexeddb/auto' first).
 */
export async function purchasingTestBook() {
  const book = await stockTestBook();
  const suppliers = { office: testSupplier('Office Depot Kft.', { leadTimeDays: 5 }), toner: testSupplier('Toner World', { leadTimeDays: 10 }) };
  await storeSuppliers(book.db, Object.values(suppliers));
  return { ...book, suppliers };
}
