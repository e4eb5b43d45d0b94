/** Purchasing: requests. */
export function RequestsPage({ path }: { path: string[] }) {
  return <section className="panel" data-path={path.join('/')} />;
}
