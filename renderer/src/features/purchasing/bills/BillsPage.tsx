import { BillList } from './BillList';
import { BillPage } from './BillPage';

/** Purchasing: supplier bills (['bills', id]; ['bills','new',orderId]) and receiving (['orders', id, 'receive'] is routed by OrdersPage to receiving/ReceivePage). */
export function BillsPage({ path }: { path: string[] }) {
  const [, first, second] = path;
  if (first === 'new' && second) return <BillPage key={`new-${second}`} newForOrder={second} />;
  if (first && first !== 'new') return <BillPage key={first} billId={first} />;
  return <BillList />;
}
