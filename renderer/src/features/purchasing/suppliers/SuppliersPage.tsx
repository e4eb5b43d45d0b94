/** Purchasing: suppliers (['suppliers', id]). */
export function SuppliersPage({ path }: { path: string[] }) {
  return <section className="panel" data-path={path.join('/')} />;
}
