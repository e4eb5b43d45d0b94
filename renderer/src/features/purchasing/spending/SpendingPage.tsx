/** Purchasing: spending and open deliveries. */
export function SpendingPage({ path }: { path: string[] }) {
  return <section className="panel" data-path={path.join('/')} />;
}
