/** The pages of Purchasing, in the order of its sub-navigation; the first path segment names one. */
export const purchasingTabs = ['orders', 'requests', 'reorder', 'suppliers', 'bills', 'spending'] as const;
export type PurchasingTab = (typeof purchasingTabs)[number];

/** Which tab a page path belongs to: ['orders', '01J…'] is Orders; an unknown path is Orders. */
export function purchasingTabOf(path: readonly string[]): PurchasingTab {
  const first = path[0] ?? '';
  return (purchasingTabs as readonly string[]).includes(first) ? (first as PurchasingTab) : 'orders';
}
