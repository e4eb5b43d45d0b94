import { ReceivePage } from '../receiving/ReceivePage';

/** Purchasing → Orders: the order list (['orders']), a new order (['orders', 'new']), one order (['orders', id]) and receiving against it (['orders', id, 'receive']). */
export function OrdersPage({ path }: { path: string[] }) {
  const [, orderId, sub] = path;
  if (orderId && sub === 'receive') return <ReceivePage orderId={orderId} />;
  return <section className="panel" data-path={path.join('/')} />;
}
