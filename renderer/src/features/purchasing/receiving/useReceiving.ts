import { useLiveQuery } from 'dexie-react-hooks';
import { toleranceFor } from '../../../../../shared/purchasing/matching';
import type { GoodsReceipt, PurchaseBill, PurchaseOrder, Supplier } from '../../../../../shared/purchasing/types';
import { flattenTree, locationTree, type LocationNode } from '../../../../../shared/stock/locationTree';
import type { StockLocation } from '../../../../../shared/stock/types';
import { appDb } from '../../../db/appDb';
import { billsOfOrder } from '../../../db/repositories/purchasing/bills';
import { receiptsOfOrders } from '../../../db/repositories/purchasing/receipts';
import { readPurchasingSettings } from '../../../db/repositories/purchasing/settings';

export type ReceivingData = {
  order: PurchaseOrder | undefined;
  supplier: Supplier | undefined;
  tolerance: number;
  defaultLocationId: string | null;
  places: LocationNode[];
};

/** An order with what the receive screen needs around it (its supplier's tolerance, the places), kept current. */
export function useReceivingData(orderId: string): ReceivingData | undefined {
  return useLiveQuery(async () => {
    const [order, settings, locations] = await Promise.all([appDb.purchaseOrders.get(orderId), readPurchasingSettings(appDb), appDb.locations.toArray()]);
    const supplier = order ? await appDb.suppliers.get(order.supplierId) : undefined;
    return {
      order,
      supplier,
      tolerance: toleranceFor(supplier, settings.tolerance),
      // With one place to keep stock in, there is nothing to choose.
      defaultLocationId: settings.defaultLocationId ?? onlyPlaceOf(locations),
      places: flattenTree(locationTree(locations.filter((location) => !location.archived))),
    };
  }, [orderId]);
}

/** An order's receipts (oldest first) and bills (newest first), kept current. */
export function useOrderDocuments(orderId: string): { receipts: GoodsReceipt[]; bills: PurchaseBill[] } | undefined {
  return useLiveQuery(async () => {
    const [receipts, bills] = await Promise.all([receiptsOfOrders(appDb, [orderId]), billsOfOrder(appDb, orderId)]);
    return { receipts, bills };
  }, [orderId]);
}

/** The id of the one live location, or null when there are none or several. */
function onlyPlaceOf(locations: readonly StockLocation[]): string | null {
  const live = locations.filter((location) => !location.archived);
  return live.length === 1 ? live[0]!.id : null;
}
