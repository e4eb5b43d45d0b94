import { normalSign } from '../../../../../shared/ledger/accounts';
import { money, negate, type Money } from '../../../../../shared/money';
import { ledgerRepository } from '../../../db/repositories';

/**
 * Every entry, whatever its date: the Accounts page shows balances after all postings.
 * (The last day of 9998, so that the day after it still exists for the report's cuts.)
 */
const lastDay = '9998-12-31';

/**
 * Each account's own balance after all posted entries, one amount per currency it holds,
 * as people read it: assets and expenses debit-positive, the others credit-positive. Read
 * from the ledger's trial balance (its maintained monthly balances), so it stays fast.
 */
export async function accountBalances(): Promise<Map<string, Money[]>> {
  const trial = await ledgerRepository.loadTrialBalance(undefined, lastDay);
  const balances = new Map<string, Money[]>();
  for (const row of trial.rows) {
    const amount = money(row.closing, row.currency);
    const list = balances.get(row.accountId) ?? [];
    list.push(normalSign(row.type) === 1 ? amount : negate(amount));
    balances.set(row.accountId, list);
  }
  return balances;
}
