import type { SupplierPrice } from '../../../../../shared/purchasing/types';
import { newId, now, writeWithAudit } from '../../audit';
import type { BackofficeDb } from '../../database';

/** A supplier's price of an item with everything a test does not care about filled in (preferred, sold singly). */
export function testPrice(itemId: string, supplierId: string, extra: Partial<SupplierPrice> = {}): SupplierPrice {
  const at = now();
  return {
    id: newId(), createdAt: at, updatedAt: at, itemId, supplierId, preferred: true, supplierSku: '', price: 100, priceUnit: 1, currency: 'EUR',
    packSize: 1, minimumQuantity: 0, validFrom: '2026-01-01', history: [], ...extra,
  };
}

/** Stores supplier prices as the price panel's audited write would (for setting up a test). */
export function storePrices(db: BackofficeDb, prices: readonly SupplierPrice[]): Promise<void> {
  return writeWithAudit(db, [db.supplierPrices], 'supplierPriceSaved', async () => {
    await db.supplierPrices.bulkPut([...prices]);
    return { result: undefined, recordIds: prices.map((price) => price.id) };
  });
}
