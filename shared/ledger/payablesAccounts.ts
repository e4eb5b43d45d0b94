import type { Account } from './types';

/**
 * Liability account names that mean "what we owe suppliers" in the chart's languages and
 * in journals kept by hand; a journal import gives such an account no role. "Wages
 * payable" and "Taxes payable" are debts to others, so the names are matched whole.
 */
const payablesNames = new Set([
  'accounts payable',
  'account payable',
  'payable',
  'payables',
  'trade payables',
  'trade creditors',
  'creditors',
  'suppliers',
  'vendors',
  'szállítók',
  'szállítói kötelezettségek',
  'szállítói tartozások',
  'поставщики',
  'расчёты с поставщиками',
  'расчеты с поставщиками',
  'кредиторы',
  'кредиторская задолженность',
]);

/** A payables account and, for a sub-account, the supplier its name stands for. */
export type PayablesAccount = { account: Account; root: boolean; supplier: string | null };

const isPayablesRoot = (account: Account) =>
  account.role === 'payable' || (account.type === 'liability' && payablesNames.has(account.name.trim().toLocaleLowerCase()));

/**
 * The accounts whose balances are owed to suppliers: every account with the payable role
 * or a payables name, and every account under one of them. A sub-account (e.g.
 * "Accounts payable:Paper & Co") is kept for one supplier, so its name names the supplier.
 */
export function payablesAccounts(accounts: readonly Account[]): Map<string, PayablesAccount> {
  const byId = new Map(accounts.map((account) => [account.id, account]));
  const found = new Map<string, PayablesAccount>();
  for (const account of accounts) {
    if (isPayablesRoot(account)) {
      found.set(account.id, { account, root: true, supplier: null });
      continue;
    }
    // Under a payables account at any depth; the chain is bounded by the chart's size.
    let parent = account.parentId === null ? undefined : byId.get(account.parentId);
    for (let depth = 0; parent && depth < accounts.length; depth += 1) {
      if (isPayablesRoot(parent)) {
        found.set(account.id, { account, root: false, supplier: account.name.trim() });
        break;
      }
      parent = parent.parentId === null ? undefined : byId.get(parent.parentId);
    }
  }
  return found;
}
