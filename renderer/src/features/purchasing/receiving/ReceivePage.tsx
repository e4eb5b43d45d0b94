/** Receiving against an order (['orders', id, 'receive']): what arrived of each line, into which location. */
export function ReceivePage({ orderId }: { orderId: string }) {
  return <section className="panel" data-order={orderId} />;
}
