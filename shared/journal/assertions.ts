import { formatJournalAmount } from './format';
import type { JournalError, ParsedTransaction } from './types';

/**
 * Checks balance assertions the way hledger does: transactions in date order (file order
 * within a day), postings in order, each assertion against the running balance of its
 * account (without subaccounts) in the asserted currency. `==` also requires every other
 * currency in the account to be zero. A bare `= 0` asserts the balance without a
 * commodity, which hledger always finds zero; `== 0` requires an empty account.
 * `report` returns false to stop.
 */
export function checkAssertions(
  transactions: readonly ParsedTransaction[],
  accounts: PostingAccounts,
  report: (error: JournalError) => boolean,
): void {
  const { accountIds, firstPostings } = accounts;
  const balances: (AccountBalance | undefined)[] = new Array<AccountBalance | undefined>(accounts.accountCount).fill(undefined);
  const order = dateOrder(transactions);
  for (let k = 0; k < transactions.length; k += 1) {
    const index = order === null ? k : order[k]!;
    const tx = transactions[index]!;
    const first = firstPostings[index]!;
    const postings = tx.postings;
    for (let j = 0; j < postings.length; j += 1) {
      const posting = postings[j]!;
      const accountId = accountIds[first + j]!;
      let balance = balances[accountId];
      if (balance === undefined) {
        balance = { currencies: [], amounts: [] };
        balances[accountId] = balance;
      }
      if (posting.amount !== 0) {
        const i = balance.currencies.indexOf(posting.currency);
        if (i < 0) {
          balance.currencies.push(posting.currency);
          balance.amounts.push(posting.amount);
        } else {
          balance.amounts[i]! += posting.amount;
        }
      }
      const assertion = posting.assertion;
      if (assertion === null) continue;
      const failure = assertionFailure(balance, assertion.amount, assertion.currency, assertion.total);
      if (failure === null) continue;
      const sign = assertion.total ? '==' : '=';
      const asserted = formatJournalAmount(assertion.amount, assertion.currency);
      const keepGoing = report({
        line: assertion.line,
        column: assertion.column,
        code: 'assertionFailed',
        message:
          `Line ${assertion.line}: balance assertion failed: ${posting.account} should be ${sign} ${asserted} ` +
          `after this posting (on ${tx.date}) but ${failure}`,
        params: { account: posting.account, asserted, date: tx.date, actual: failure },
      });
      if (!keepGoing) return;
    }
  }
}

/** An account's running balance: a handful of currencies at most, so two small arrays. */
type AccountBalance = { currencies: string[]; amounts: number[] };

function assertionFailure(balance: AccountBalance, amount: number, currency: string, total: boolean): string | null {
  if (currency !== '') {
    const i = balance.currencies.indexOf(currency);
    const actual = i < 0 ? 0 : balance.amounts[i]!;
    if (actual !== amount) {
      return `it is ${formatJournalAmount(actual, currency)} (difference ${formatJournalAmount(amount - actual, currency)})`;
    }
  }
  if (!total) return null;
  for (let i = 0; i < balance.currencies.length; i += 1) {
    const other = balance.currencies[i]!;
    if (other !== currency && balance.amounts[i] !== 0) return `it also holds ${formatJournalAmount(balance.amounts[i]!, other)}`;
  }
  return null;
}

/** Which account each posting names, by number (see `StringTable`), and where each transaction's postings start. */
export type PostingAccounts = { accountIds: Int32Array; firstPostings: readonly number[]; accountCount: number };

/** Indices of the transactions sorted by date (stable), or null when they already are in date order. */
export function dateOrder(transactions: readonly ParsedTransaction[]): number[] | null {
  for (let i = 1; i < transactions.length; i += 1) {
    if (transactions[i]!.date < transactions[i - 1]!.date) {
      const order = transactions.map((_, index) => index);
      return order.sort((a, b) => {
        const x = transactions[a]!.date;
        const y = transactions[b]!.date;
        return x < y ? -1 : x > y ? 1 : a - b;
      });
    }
  }
  return null;
}
