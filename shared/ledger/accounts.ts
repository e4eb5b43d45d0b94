import { problem, type LedgerProblem } from './problems';
import type { Account, AccountRole, AccountType } from './types';

/** Separates the levels of an account's full name, as in hledger: "Assets:Bank account". */
export const accountPathSeparator = ':';

export type AccountsById = ReadonlyMap<string, Account>;

export function indexAccounts(accounts: Iterable<Account>): Map<string, Account> {
  const byId = new Map<string, Account>();
  for (const account of accounts) byId.set(account.id, account);
  return byId;
}

/** The names from the top of the tree down to the account, joined with ':'. */
export function accountPath(account: Account, accountsById: AccountsById): string {
  const names = [account.name];
  const seen = new Set([account.id]);
  let parentId = account.parentId;
  while (parentId !== null) {
    const parent = accountsById.get(parentId);
    if (!parent || seen.has(parent.id)) break; // a broken tree still gets a readable path
    seen.add(parent.id);
    names.push(parent.name);
    parentId = parent.parentId;
  }
  return names.reverse().join(accountPathSeparator);
}

/** Siblings sort by code where they have one, then by name. */
export function compareSiblings(a: Account, b: Account): number {
  if (a.code !== undefined && b.code !== undefined) {
    const byCode = a.code.localeCompare(b.code, 'en', { numeric: true });
    if (byCode !== 0) return byCode;
  } else if (a.code !== undefined || b.code !== undefined) {
    return a.code !== undefined ? -1 : 1;
  }
  return a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export type AccountInTree = { account: Account; path: string; depth: number };

/** Every account in tree order (parents before their children), with path and depth. */
export function accountTree(accounts: readonly Account[]): AccountInTree[] {
  const byId = indexAccounts(accounts);
  const children = new Map<string | null, Account[]>();
  for (const account of accounts) {
    const parentKey = account.parentId !== null && byId.has(account.parentId) ? account.parentId : null;
    const list = children.get(parentKey) ?? [];
    list.push(account);
    children.set(parentKey, list);
  }
  const out: AccountInTree[] = [];
  const visit = (parentKey: string | null, prefix: string, depth: number) => {
    for (const account of (children.get(parentKey) ?? []).sort(compareSiblings)) {
      if (out.length > accounts.length) return; // a cycle: stop rather than loop
      const path = prefix ? prefix + accountPathSeparator + account.name : account.name;
      out.push({ account, path, depth });
      visit(account.id, path, depth + 1);
    }
  };
  visit(null, '', 0);
  return out;
}

/** Ids of the account and every account below it. */
export function subtreeIds(accountId: string, accounts: readonly Account[]): Set<string> {
  const ids = new Set([accountId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const account of accounts) {
      if (account.parentId !== null && ids.has(account.parentId) && !ids.has(account.id)) {
        ids.add(account.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** The first active account with the role (in tree order), if any. */
export function accountWithRole(accounts: readonly Account[], role: AccountRole): Account | undefined {
  return accountTree(accounts).find(({ account }) => account.role === role && !account.archived)?.account;
}

export type AccountCheckContext = {
  /** Whether the account (when it exists already) has postings. */
  hasPostings?: boolean;
};

/**
 * Problems with an account as it would be stored among `accounts` (which may hold its
 * previous version): a name without ':', a unique code, an existing parent that is not the
 * account itself or below it, the parent's type, and children of the same type.
 */
export function validateAccount(candidate: Account, accounts: readonly Account[], context: AccountCheckContext = {}): LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  const byId = indexAccounts(accounts);
  const previous = byId.get(candidate.id);
  if (candidate.name.trim() === '') problems.push(problem('ledger.account.nameRequired'));
  if (candidate.name.includes(accountPathSeparator)) problems.push(problem('ledger.account.nameHasColon'));
  if (candidate.code !== undefined && candidate.code !== '') {
    const code = candidate.code;
    if (accounts.some((other) => other.id !== candidate.id && other.code === code)) {
      problems.push(problem('ledger.account.codeTaken', { params: { code } }));
    }
  }
  if (candidate.parentId !== null) {
    const parent = byId.get(candidate.parentId);
    if (!parent) problems.push(problem('ledger.account.parentMissing'));
    else if (subtreeIds(candidate.id, accounts).has(parent.id)) problems.push(problem('ledger.account.cycle'));
    else if (parent.type !== candidate.type) problems.push(problem('ledger.account.typeDiffersFromParent', { params: { type: parent.type } }));
  }
  if (previous && previous.type !== candidate.type) {
    if (accounts.some((other) => other.parentId === candidate.id && other.type !== candidate.type)) {
      problems.push(problem('ledger.account.typeDiffersFromChildren'));
    }
    if (context.hasPostings) problems.push(problem('ledger.account.typeChangeWithPostings'));
  }
  return problems;
}

/** Why an account cannot be deleted: it has postings, sub-accounts, or a VAT code uses it. */
export function accountDeletionProblems(
  account: Account,
  accounts: readonly Account[],
  context: { hasPostings: boolean; usedByVatCode: boolean },
): LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  if (context.hasPostings) problems.push(problem('ledger.account.hasPostings'));
  if (accounts.some((other) => other.parentId === account.id)) problems.push(problem('ledger.account.hasChildren'));
  if (context.usedByVatCode) problems.push(problem('ledger.account.usedByVatCode'));
  return problems;
}

/** +1 where the account's natural balance is a debit (assets, expenses), -1 where a credit. */
export function normalSign(type: AccountType): 1 | -1 {
  return type === 'asset' || type === 'expense' ? 1 : -1;
}
