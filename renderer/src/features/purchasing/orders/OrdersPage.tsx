import { ReceivePage } from '../receiving/ReceivePage';
import { NewOrder } from './NewOrder';
import { OrderList } from './OrderList';
import { OrderPage } from './OrderPage';
import './orders.css';

/** Purchasing → Orders: the order list (['orders']), a new order (['orders', 'new']), one order (['orders', id]) and receiving against it (['orders', id, 'receive']). */
export function OrdersPage({ path }: { path: string[] }) {
  const [, orderId, sub] = path;
  if (orderId && sub === 'receive') return <ReceivePage orderId={orderId} />;
  if (orderId === 'new') return <NewOrder />;
  if (orderId) return <OrderPage key={orderId} orderId={orderId} />;
  return <OrderList />;
}
