import type { IsoDate } from '../dates';
import type { PeriodBalance, RegisterChunk, RegisterPosting } from './types';

export type CurrencyAmount = { currency: string; amount: number };

/** A posting with the account's running balance after it (debit-positive, in the posting's currency). */
export type RegisterRow = RegisterPosting & { balance: number };

export type AccountRegister = {
  accountId: string;
  from?: IsoDate;
  to?: IsoDate;
  /** Balance before `from` per currency (debit-positive). */
  opening: CurrencyAmount[];
  rows: RegisterRow[];
  /** Debits and credits of the rows per currency. */
  totals: Array<{ currency: string; debit: number; credit: number }>;
  closing: CurrencyAmount[];
};

export type AccountRegisterInput = {
  accountId: string;
  /** The account's chunks from the month of `from` (or the first) to the month of `to`. */
  chunks: readonly RegisterChunk[];
  /** The account's monthly balances of the months before the first chunk's month. */
  openingBalances?: ReadonlyArray<Pick<PeriodBalance, 'currency' | 'debit' | 'credit'>>;
  from?: IsoDate;
  to?: IsoDate;
};

const byCurrency = (map: Map<string, number>): CurrencyAmount[] =>
  [...map].sort(([a], [b]) => (a < b ? -1 : 1)).map(([currency, amount]) => ({ currency, amount }));

/**
 * The account's postings in [from, to] with a running balance that starts from the
 * opening balance: the monthly balances before the first month plus that month's postings
 * before `from`. So a register of 100,000 postings reads its chunks and a few balances.
 */
export function accountRegister(input: AccountRegisterInput): AccountRegister {
  const { accountId, from, to } = input;
  const running = new Map<string, number>();
  for (const balance of input.openingBalances ?? []) {
    running.set(balance.currency, (running.get(balance.currency) ?? 0) + balance.debit - balance.credit);
  }
  const chunks = input.chunks.filter((chunk) => chunk.accountId === accountId).sort((a, b) => (a.period < b.period ? -1 : 1));
  const rows: RegisterRow[] = [];
  const totals = new Map<string, { currency: string; debit: number; credit: number }>();
  let openingDone = false;
  let opening: CurrencyAmount[] = [];
  const add = (posting: RegisterPosting): number => {
    const balance = (running.get(posting.currency) ?? 0) + posting.debit - posting.credit;
    running.set(posting.currency, balance);
    return balance;
  };
  for (const chunk of chunks) {
    for (const posting of chunk.postings) {
      if (to !== undefined && posting.date > to) break;
      if (from !== undefined && posting.date < from) {
        add(posting);
        continue;
      }
      if (!openingDone) {
        opening = byCurrency(running);
        openingDone = true;
      }
      rows.push(registerRow(posting, add(posting)));
      const total = totals.get(posting.currency) ?? { currency: posting.currency, debit: 0, credit: 0 };
      total.debit += posting.debit;
      total.credit += posting.credit;
      totals.set(posting.currency, total);
    }
  }
  if (!openingDone) opening = byCurrency(running);
  const register: AccountRegister = {
    accountId,
    opening: opening.filter(({ amount }) => amount !== 0),
    rows,
    totals: [...totals.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1)),
    closing: byCurrency(running).filter(({ amount }) => amount !== 0),
  };
  if (from !== undefined) register.from = from;
  if (to !== undefined) register.to = to;
  return register;
}

/**
 * The row written out field by field: object spread over 100,000 postings with optional
 * fields costs about ten times as much in V8 as a literal of a fixed shape.
 */
function registerRow(posting: RegisterPosting, balance: number): RegisterRow {
  const row: RegisterRow = {
    entryId: posting.entryId,
    line: posting.line,
    date: posting.date,
    number: posting.number,
    payee: posting.payee,
    memo: posting.memo,
    currency: posting.currency,
    debit: posting.debit,
    credit: posting.credit,
    balance,
  };
  if (posting.counterAccountId !== undefined) row.counterAccountId = posting.counterAccountId;
  if (posting.closing) row.closing = true;
  return row;
}
