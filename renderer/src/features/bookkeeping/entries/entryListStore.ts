import { create } from 'zustand';
import type { PeriodChoice } from '../../../components/periodPresets';
import type { EntryKind } from './entryKinds';

type EntryListState = {
  period: PeriodChoice;
  search: string;
  /** An account id ('' for all): entries posting to it or its sub-accounts. */
  account: string;
  kind: EntryKind | '';
  /** The amount filter as typed: an amount or a range. */
  amount: string;
  setPeriod(period: PeriodChoice): void;
  setSearch(search: string): void;
  setFilters(filters: Partial<Pick<EntryListState, 'account' | 'kind' | 'amount'>>): void;
  resetFilters(): void;
};

/** The entry list's period, search and filters, kept while an entry is open so Back returns to the same list. */
export const useEntryListStore = create<EntryListState>((set) => ({
  period: { preset: 'all', from: null, to: null },
  search: '',
  account: '',
  kind: '',
  amount: '',
  setPeriod: (period) => set({ period }),
  setSearch: (search) => set({ search }),
  setFilters: (filters) => set(filters),
  resetFilters: () => set({ search: '', account: '', kind: '', amount: '' }),
}));
