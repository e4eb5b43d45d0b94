import type { AccountInTree } from '../../../../../shared/ledger/accounts';
import type { Money } from '../../../../../shared/money';

/** One row of the chart as the Accounts page shows it. A currency the account has moved in shows even at zero. */
export type ChartRow = AccountInTree & {
  /** Own balance and, for a parent, the subtotal with every sub-account: one amount per currency, base currency first. */
  balance: Money[];
  hasChildren: boolean;
  collapsed: boolean;
};

type ChartView = {
  baseCurrency: string;
  /** Code or name text; shows the matching accounts with their parents. */
  search: string;
  /** Ids of the parents whose sub-accounts are hidden (ignored while searching). */
  collapsed: ReadonlySet<string>;
  showArchived: boolean;
};

function addInto(into: Map<string, number>, amounts: readonly Money[] | undefined) {
  for (const amount of amounts ?? []) into.set(amount.currency, (into.get(amount.currency) ?? 0) + amount.minor);
}

function moneyList(sums: ReadonlyMap<string, number>, baseCurrency: string): Money[] {
  return [...sums]
    .map(([currency, minor]) => ({ currency, minor }))
    .sort((a, b) => (a.currency === baseCurrency ? -1 : b.currency === baseCurrency ? 1 : a.currency < b.currency ? -1 : 1));
}

const matches = (row: AccountInTree, words: readonly string[]) => {
  const text = `${row.account.code ?? ''} ${row.account.name}`.toLocaleLowerCase();
  return words.every((word) => text.includes(word));
};

/**
 * The chart in tree order with each parent's subtotal (its own balance plus all its
 * sub-accounts', archived ones included, since their money is still there), filtered by
 * the search (matches and their parents) or folded by the collapsed parents.
 */
export function chartRows(tree: readonly AccountInTree[], balances: ReadonlyMap<string, readonly Money[]>, view: ChartView): ChartRow[] {
  const parentOf = new Map(tree.map(({ account }) => [account.id, account.parentId]));
  const sums = new Map<string, Map<string, number>>();
  const childCount = new Map<string, number>();
  for (const { account } of tree) {
    for (let id: string | null | undefined = account.id; id; id = parentOf.get(id)) {
      const sum = sums.get(id) ?? new Map<string, number>();
      addInto(sum, balances.get(account.id));
      sums.set(id, sum);
    }
    if (account.parentId) childCount.set(account.parentId, (childCount.get(account.parentId) ?? 0) + 1);
  }
  const visible = tree.filter(({ account }) => view.showArchived || !account.archived);
  const words = view.search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  let shown: AccountInTree[];
  if (words.length > 0) {
    const keep = new Set<string>();
    for (const row of visible) {
      if (!matches(row, words)) continue;
      for (let id: string | null | undefined = row.account.id; id && !keep.has(id); id = parentOf.get(id)) keep.add(id);
    }
    shown = visible.filter(({ account }) => keep.has(account.id));
  } else {
    const hidden = new Set<string>();
    shown = visible.filter(({ account }) => {
      const parentHidden = account.parentId !== null && (hidden.has(account.parentId) || view.collapsed.has(account.parentId));
      if (parentHidden) hidden.add(account.id);
      return !parentHidden;
    });
  }
  return shown.map((row) => ({
    ...row,
    balance: moneyList(sums.get(row.account.id) ?? new Map(), view.baseCurrency),
    hasChildren: (childCount.get(row.account.id) ?? 0) > 0,
    collapsed: words.length === 0 && view.collapsed.has(row.account.id),
  }));
}
