/** The pages of Inventory, in the order of its sub-navigation; the first path segment names one. */
export const inventoryTabs = ['stock', 'items', 'locations', 'stocktakes', 'equipment'] as const;
export type InventoryTab = (typeof inventoryTabs)[number];

/** Which tab a page path belongs to: ['items', '01J…'] is Items; an unknown path is Stock. */
export function inventoryTabOf(path: readonly string[]): InventoryTab {
  const first = path[0] ?? '';
  return (inventoryTabs as readonly string[]).includes(first) ? (first as InventoryTab) : 'stock';
}
