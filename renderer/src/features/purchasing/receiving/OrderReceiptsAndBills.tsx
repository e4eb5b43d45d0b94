import type { PurchaseOrder } from '../../../../../shared/purchasing/types';

/** On an order's page: its receipts and bills, what is still to receive and to bill, and the actions to receive and bill. */
export function OrderReceiptsAndBills({ order }: { order: PurchaseOrder }) {
  return <section className="panel" data-order={order.id} />;
}
