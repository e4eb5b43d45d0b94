/** Purchasing: the order list (filters) and one order (['orders', id]); ['orders','new']. */
export function OrdersPage({ path }: { path: string[] }) {
  return <section className="panel" data-path={path.join('/')} />;
}
