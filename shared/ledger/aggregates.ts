import { periodOf } from './periods';
import type { JournalEntry, PeriodBalance, RegisterChunk, RegisterPosting } from './types';

/**
 * The maintained aggregates: monthly balances per account and currency, and register
 * chunks (an account's postings of one month in one record). The repository keeps them up
 * to date in the same transaction as each posting; `balancesFromEntries` and
 * `registerChunksFromEntries` rebuild them from the entries, and tests compare the two.
 */

const sep = '\u0000';
export const balanceKey = (b: Pick<PeriodBalance, 'accountId' | 'period' | 'currency'>): string => b.accountId + sep + b.period + sep + b.currency;
export const chunkKey = (c: Pick<RegisterChunk, 'accountId' | 'period'>): string => c.accountId + sep + c.period;

function addEntryTo(map: Map<string, PeriodBalance>, entry: JournalEntry, sign: 1 | -1): void {
  const period = periodOf(entry.date);
  for (const line of entry.lines) {
    const currency = line.currency ?? entry.currency;
    const key = line.accountId + sep + period + sep + currency;
    let balance = map.get(key);
    if (!balance) {
      balance = { accountId: line.accountId, currency, period, debit: 0, credit: 0 };
      map.set(key, balance);
    }
    balance.debit += sign * line.debit;
    balance.credit += sign * line.credit;
    if (entry.closing) {
      balance.closingDebit = (balance.closingDebit ?? 0) + sign * line.debit;
      balance.closingCredit = (balance.closingCredit ?? 0) + sign * line.credit;
    }
  }
}

/** Drops closing parts that came to zero, so equal balances compare equal. */
function tidy(balance: PeriodBalance): PeriodBalance {
  if (balance.closingDebit === 0 && balance.closingCredit === 0) {
    delete balance.closingDebit;
    delete balance.closingCredit;
  }
  return balance;
}

/** How an entry moves the monthly balances: +1 when it is posted, −1 to take it back out. */
export function balanceDeltas(entry: JournalEntry, sign: 1 | -1 = 1): PeriodBalance[] {
  const map = new Map<string, PeriodBalance>();
  addEntryTo(map, entry, sign);
  return [...map.values()].map(tidy);
}

/** The stored balances with the deltas added: one new record per key the deltas touch. */
export function applyDeltas(existing: readonly PeriodBalance[], deltas: readonly PeriodBalance[]): PeriodBalance[] {
  const byKey = new Map(existing.map((balance) => [balanceKey(balance), balance]));
  const out = new Map<string, PeriodBalance>();
  for (const delta of deltas) {
    const key = balanceKey(delta);
    const base = out.get(key) ?? byKey.get(key);
    const next: PeriodBalance = {
      accountId: delta.accountId,
      currency: delta.currency,
      period: delta.period,
      debit: (base?.debit ?? 0) + delta.debit,
      credit: (base?.credit ?? 0) + delta.credit,
    };
    const closingDebit = (base?.closingDebit ?? 0) + (delta.closingDebit ?? 0);
    const closingCredit = (base?.closingCredit ?? 0) + (delta.closingCredit ?? 0);
    if (closingDebit !== 0 || closingCredit !== 0) {
      next.closingDebit = closingDebit;
      next.closingCredit = closingCredit;
    }
    out.set(key, next);
  }
  return [...out.values()];
}

/** A balance with nothing in it (after taking an entry back out): the store may drop it. */
export function isEmptyBalance(balance: PeriodBalance): boolean {
  return balance.debit === 0 && balance.credit === 0 && !balance.closingDebit && !balance.closingCredit;
}

/** The monthly balances of the posted entries, from scratch. */
export function balancesFromEntries(entries: Iterable<JournalEntry>): PeriodBalance[] {
  const map = new Map<string, PeriodBalance>();
  for (const entry of entries) if (entry.status === 'posted') addEntryTo(map, entry, 1);
  return [...map.values()].map(tidy);
}

/** Register order: by date, then entry id (ULIDs sort in creation order), then line. */
export function comparePostings(a: RegisterPosting, b: RegisterPosting): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.entryId !== b.entryId) return a.entryId < b.entryId ? -1 : 1;
  return a.line - b.line;
}

function postingsOf(entry: JournalEntry, add: (accountId: string, period: string, posting: RegisterPosting) => void): void {
  const period = periodOf(entry.date);
  const twoLines = entry.lines.length === 2;
  entry.lines.forEach((line, index) => {
    const posting: RegisterPosting = {
      entryId: entry.id,
      line: index,
      date: entry.date,
      number: entry.number,
      payee: entry.payee,
      memo: line.memo ?? entry.memo,
      currency: line.currency ?? entry.currency,
      debit: line.debit,
      credit: line.credit,
    };
    if (twoLines) posting.counterAccountId = entry.lines[1 - index]!.accountId;
    if (entry.closing) posting.closing = true;
    if (entry.settles && entry.settles.length > 0 && line.debit > 0) posting.settles = entry.settles.map((settle) => ({ ...settle }));
    add(line.accountId, period, posting);
  });
}

/** The register chunks of the posted entries, from scratch, postings in register order. */
export function registerChunksFromEntries(entries: Iterable<JournalEntry>): RegisterChunk[] {
  const chunks = new Map<string, RegisterChunk>();
  for (const entry of entries) {
    if (entry.status !== 'posted') continue;
    postingsOf(entry, (accountId, period, posting) => {
      const key = accountId + sep + period;
      const chunk = chunks.get(key);
      if (chunk) chunk.postings.push(posting);
      else chunks.set(key, { accountId, period, postings: [posting] });
    });
  }
  for (const chunk of chunks.values()) sortPostings(chunk.postings);
  return [...chunks.values()];
}

function sortPostings(postings: RegisterPosting[]): void {
  for (let index = 1; index < postings.length; index += 1) {
    if (comparePostings(postings[index - 1]!, postings[index]!) > 0) {
      postings.sort(comparePostings);
      return;
    }
  }
}

/** The stored chunks with the additions merged in: one new record per chunk the additions touch. */
export function mergeRegisterChunks(existing: readonly RegisterChunk[], additions: readonly RegisterChunk[]): RegisterChunk[] {
  const byKey = new Map(existing.map((chunk) => [chunkKey(chunk), chunk]));
  const out = new Map<string, RegisterChunk>();
  for (const addition of additions) {
    const key = chunkKey(addition);
    const base = out.get(key) ?? byKey.get(key);
    const postings = [...(base?.postings ?? []), ...addition.postings];
    sortPostings(postings);
    out.set(key, { accountId: addition.accountId, period: addition.period, postings });
  }
  return [...out.values()];
}
