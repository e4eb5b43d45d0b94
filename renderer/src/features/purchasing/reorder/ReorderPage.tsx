/** Purchasing: reorder suggestions. */
export function ReorderPage({ path }: { path: string[] }) {
  return <section className="panel" data-path={path.join('/')} />;
}
