import { create } from 'zustand';
import type { PeriodChoice } from '../../../components/periodPresets';

type EntryListState = {
  period: PeriodChoice;
  search: string;
  setPeriod(period: PeriodChoice): void;
  setSearch(search: string): void;
};

/** The entry list's period and search, kept while an entry is open so Back returns to the same list. */
export const useEntryListStore = create<EntryListState>((set) => ({
  period: { preset: 'all', from: null, to: null },
  search: '',
  setPeriod: (period) => set({ period }),
  setSearch: (search) => set({ search }),
}));
