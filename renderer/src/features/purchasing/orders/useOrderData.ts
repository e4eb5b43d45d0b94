import { useLiveQuery } from 'dexie-react-hooks';
import type { CatalogItem } from '../../../../../shared/catalog/types';
import type { VatCode } from '../../../../../shared/ledger/types';
import type { PurchaseOrder, Supplier, SupplierPrice } from '../../../../../shared/purchasing/types';
import type { StockLocation } from '../../../../../shared/stock/types';
import { appDb } from '../../../db/appDb';
import { readPurchasingSettings } from '../../../db/repositories/purchasing/settings';
import { orderRowOf, type OrderRow } from './orderIndex';

/** Every order as a compact list row, kept current; undefined while loading. */
export function useOrderRows(): OrderRow[] | undefined {
  return useLiveQuery(async () => (await appDb.purchaseOrders.toArray()).map(orderRowOf), []);
}

/** What the order page shows besides the order: its lines' items, VAT codes, places, the supplier and its prices. */
export type OrderContext = {
  order: PurchaseOrder;
  supplier: Supplier | undefined;
  items: CatalogItem[];
  vatCodes: VatCode[];
  locations: StockLocation[];
  prices: SupplierPrice[];
  tolerance: number;
};

/** The order and what its page needs, live; null when there is no such order, undefined while loading. */
export function useOrderContext(orderId: string): OrderContext | null | undefined {
  return useLiveQuery(async () => {
    const order = await appDb.purchaseOrders.get(orderId);
    if (!order) return null;
    const [supplier, items, vatCodes, locations, prices, settings] = await Promise.all([
      appDb.suppliers.get(order.supplierId),
      // Only the order's own items: the whole catalog is for the item picker (useItemCatalog).
      appDb.items.bulkGet([...new Set(order.lines.flatMap((line) => (line.itemId ? [line.itemId] : [])))]),
      appDb.vatCodes.toArray(),
      appDb.locations.toArray(),
      appDb.supplierPrices.where('supplierId').equals(order.supplierId).toArray(),
      readPurchasingSettings(appDb),
    ]);
    return { order, supplier, items: items.filter((item) => item !== undefined), vatCodes, locations, prices, tolerance: settings.tolerance };
  }, [orderId]);
}

/** The catalog for picking an item on an order's line, read only when lines may change; [] until then. */
export function useItemCatalog(wanted: boolean): CatalogItem[] {
  return useLiveQuery(async () => (wanted ? appDb.items.toArray() : []), [wanted]) ?? noItems;
}
const noItems: CatalogItem[] = [];
