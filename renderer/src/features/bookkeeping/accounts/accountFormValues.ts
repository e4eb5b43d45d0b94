import type { LedgerProblem } from '../../../../../shared/ledger/problems';
import type { Account, AccountType } from '../../../../../shared/ledger/types';

/** The account form as typed. */
export type AccountFormValues = { name: string; code: string; type: AccountType; parentId: string };

export type AccountFormField = 'name' | 'code' | 'type' | 'parentId';

/** What an account change asks the ledger for. */
export type AccountChange = { name: string; code?: string; type: AccountType; parentId: string | null };

export function accountFormValuesOf(account: Account | undefined, defaults: Partial<AccountFormValues> = {}): AccountFormValues {
  return {
    name: account?.name ?? defaults.name ?? '',
    code: account?.code ?? defaults.code ?? '',
    type: account?.type ?? defaults.type ?? 'expense',
    parentId: account?.parentId ?? defaults.parentId ?? '',
  };
}

export function accountChangeOf(values: AccountFormValues): AccountChange {
  const change: AccountChange = { name: values.name.trim(), type: values.type, parentId: values.parentId || null };
  const code = values.code.trim();
  if (code) change.code = code;
  return change;
}

/** The account as it would be stored, for checking with the ledger's own rules before saving. */
export function candidateAccount(values: AccountFormValues, existing: Account | undefined): Account {
  const change = accountChangeOf(values);
  const base: Account = existing ?? { id: '(new)', name: '', type: change.type, parentId: null, archived: false, createdAt: '', updatedAt: '' };
  const candidate: Account = { ...base, name: change.name, type: change.type, parentId: change.parentId };
  if (change.code) candidate.code = change.code;
  else delete candidate.code;
  return candidate;
}

/** Which field of the form a ledger problem with an account belongs to. */
export function fieldOfAccountProblem(item: LedgerProblem): AccountFormField | null {
  switch (item.key) {
    case 'ledger.account.nameRequired':
    case 'ledger.account.nameHasColon':
      return 'name';
    case 'ledger.account.codeTaken':
      return 'code';
    case 'ledger.account.parentMissing':
    case 'ledger.account.cycle':
    case 'ledger.account.typeDiffersFromParent':
      return 'parentId';
    case 'ledger.account.typeDiffersFromChildren':
    case 'ledger.account.typeChangeWithPostings':
      return 'type';
    default:
      return null;
  }
}
