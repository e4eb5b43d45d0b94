import { accountTree } from '../../../../../shared/ledger/accounts';
import type { TrialBalance, TrialBalanceRow } from '../../../../../shared/ledger/trialBalance';
import type { Account } from '../../../../../shared/ledger/types';

/** One line of a trial balance shown side by side with a comparison period. */
export type ComparedTrialBalanceRow = {
  key: string;
  accountId: string;
  path: string;
  code?: string;
  currency: string;
  current?: TrialBalanceRow;
  compared?: TrialBalanceRow;
};

/**
 * Lines of the trial balance with the comparison's lines beside them, matched by account
 * and currency, in chart order. An account with figures only in the comparison gets a
 * line too. Nothing is added up here: the figures are the shared report's.
 */
export function comparedTrialBalanceRows(accounts: readonly Account[], current: TrialBalance, compared?: TrialBalance): ComparedTrialBalanceRow[] {
  const position = new Map(accountTree(accounts).map(({ account }, index) => [account.id, index]));
  const rows = new Map<string, ComparedTrialBalanceRow>();
  const take = (row: TrialBalanceRow, side: 'current' | 'compared') => {
    const key = `${row.accountId}\u0000${row.currency}`;
    let line = rows.get(key);
    if (!line) {
      line = { key, accountId: row.accountId, path: row.path, currency: row.currency };
      if (row.code !== undefined) line.code = row.code;
      rows.set(key, line);
    }
    line[side] = row;
  };
  for (const row of current.rows) take(row, 'current');
  for (const row of compared?.rows ?? []) take(row, 'compared');
  const at = (row: ComparedTrialBalanceRow) => position.get(row.accountId) ?? Number.MAX_SAFE_INTEGER;
  return [...rows.values()].sort((a, b) => at(a) - at(b) || (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
}
