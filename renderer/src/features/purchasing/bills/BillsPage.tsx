/** Purchasing: supplier bills (['bills', id]; ['bills','new',orderId]) and receiving (['orders', id, 'receive'] is routed by OrdersPage to receiving/ReceivePage). */
export function BillsPage({ path }: { path: string[] }) {
  return <section className="panel" data-path={path.join('/')} />;
}
