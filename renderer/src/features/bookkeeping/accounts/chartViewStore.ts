import { create } from 'zustand';

type ChartViewState = {
  search: string;
  /** Parents folded shut; kept while the app is open so the chart looks the same on return. */
  collapsed: ReadonlySet<string>;
  setSearch(search: string): void;
  toggle(accountId: string): void;
  setCollapsed(ids: Iterable<string>): void;
};

export const useChartViewStore = create<ChartViewState>((set) => ({
  search: '',
  collapsed: new Set(),
  setSearch: (search) => set({ search }),
  toggle: (accountId) =>
    set(({ collapsed }) => {
      const next = new Set(collapsed);
      if (!next.delete(accountId)) next.add(accountId);
      return { collapsed: next };
    }),
  setCollapsed: (ids) => set({ collapsed: new Set(ids) }),
}));
