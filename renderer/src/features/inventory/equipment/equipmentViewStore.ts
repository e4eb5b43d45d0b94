import { create } from 'zustand';
import type { EquipmentCondition } from '../../../../../shared/equipment';

/** Which items the register shows: those in use (not disposed of), all, or one condition. */
export type ConditionFilter = 'inUse' | 'all' | EquipmentCondition;

type EquipmentViewState = {
  search: string;
  condition: ConditionFilter;
  /** '' for every category. */
  category: string;
  set(change: Partial<Pick<EquipmentViewState, 'search' | 'condition' | 'category'>>): void;
};

/** The register's search and filters, kept while the app is open so the list looks the same on return from an item. */
export const useEquipmentViewStore = create<EquipmentViewState>((set) => ({
  search: '',
  condition: 'inUse',
  category: '',
  set: (change) => set(change),
}));
