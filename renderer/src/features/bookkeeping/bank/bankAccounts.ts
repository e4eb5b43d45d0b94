import type { Account } from '../../../../../shared/ledger';
import { accountOptions, type AccountOption } from '../../../components/accountOptions';

/**
 * The accounts a statement or reconciliation can be for: active asset accounts without
 * sub-accounts, the bank and cash accounts first. The first bank account is the default.
 */
export function bankAccountChoices(accounts: readonly Account[]): AccountOption[] {
  const parents = new Set(accounts.map((account) => account.parentId).filter((id): id is string => id !== null));
  const roles = new Map(accounts.map((account) => [account.id, account.role]));
  const rank = (option: AccountOption) => (roles.get(option.id) === 'bank' ? 0 : roles.get(option.id) === 'cash' ? 1 : 2);
  return accountOptions(accounts)
    .filter((option) => option.type === 'asset' && !parents.has(option.id))
    .map((option, order) => ({ option, order }))
    .sort((a, b) => rank(a.option) - rank(b.option) || a.order - b.order)
    .map(({ option }) => option);
}

/** The account to preselect: the one chosen before when it is still a choice, else the first. */
export function defaultBankAccount(choices: readonly AccountOption[], current: string): string {
  return choices.some((option) => option.id === current) ? current : (choices[0]?.id ?? '');
}
