import { accountTree } from '../../../shared/ledger/accounts';
import type { Account } from '../../../shared/ledger/types';

/** One choice in an account picker: its label, its full path and what search looks at. */
export type AccountOption = {
  id: string;
  code: string;
  name: string;
  /** "Assets:Bank account" */
  path: string;
  depth: number;
  archived: boolean;
  /** "1010 Bank account" — what the field shows once chosen. */
  label: string;
  type: Account['type'];
  /** Has sub-accounts: shown for orientation, but entries post to its sub-accounts. */
  group: boolean;
};

/** The accounts in tree order as picker options; archived ones only when asked for. */
export function accountOptions(accounts: readonly Account[], options: { includeArchived?: boolean; keepIds?: readonly string[] } = {}): AccountOption[] {
  const keep = new Set(options.keepIds ?? []);
  const parents = new Set(accounts.map((account) => account.parentId));
  return accountTree(accounts)
    .filter(({ account }) => options.includeArchived || !account.archived || keep.has(account.id))
    .map(({ account, path, depth }) => ({
      id: account.id,
      code: account.code ?? '',
      name: account.name,
      path,
      depth,
      archived: account.archived,
      label: account.code ? `${account.code} ${account.name}` : account.name,
      type: account.type,
      group: parents.has(account.id),
    }));
}

/**
 * The options matching typed text, best first: a code that starts with it, then a name
 * that starts with it, then a name or path that contains it. Empty text matches all.
 */
export function matchAccounts(options: readonly AccountOption[], text: string): AccountOption[] {
  const query = text.trim().toLocaleLowerCase();
  if (query === '') return [...options];
  const ranked: { option: AccountOption; rank: number; order: number }[] = [];
  options.forEach((option, order) => {
    const name = option.name.toLocaleLowerCase();
    const label = option.label.toLocaleLowerCase();
    let rank = -1;
    if (option.code.toLocaleLowerCase().startsWith(query) || label.startsWith(query)) rank = 0;
    else if (name.startsWith(query) || name.split(/\s+/).some((word) => word.startsWith(query))) rank = 1;
    else if (option.path.toLocaleLowerCase().includes(query) || label.includes(query)) rank = 2;
    if (rank >= 0) ranked.push({ option, rank, order });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map(({ option }) => option);
}
