import { create } from 'zustand';
import type { ItemFilter } from './itemRows';

/** The list's search and filters, kept while the user opens an item and comes back. */
export const useItemListStore = create<ItemFilter & { set(change: Partial<ItemFilter>): void }>((set) => ({
  search: '',
  categoryId: '',
  showArchived: false,
  set: (change) => set(change),
}));
