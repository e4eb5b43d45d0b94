import type { IsoDate } from '../dates';
import { comparePostings } from './aggregates';
import { payablesAccounts } from './payablesAccounts';
import { daysBetween } from './periods';
import type { Account, BillSettlement, RegisterChunk, RegisterPosting } from './types';

/** An unpaid (part of a) bill: `open` is what is still owed of `amount`, on the payables account `accountId`. */
export type OpenBill = { entryId: string; accountId: string; date: IsoDate; number: string; amount: number; open: number; ageDays: number };

/** Amounts owed to one supplier in one currency, by age of the bill. */
export type AgedPayablesRow = {
  payee: string;
  /** The supplier record the row's payees belong to (by its name or earlier names); absent for a payee no supplier has. */
  supplierId?: string;
  currency: string;
  /** 0–30 days old */
  current: number;
  days31to60: number;
  days61to90: number;
  over90: number;
  total: number;
  /** Paid beyond the bills so far (an advance), positive; not in `total`. */
  unapplied: number;
  bills: OpenBill[];
};

/**
 * One currency's sums. `unmatched` is the part of the payables accounts' balance that no
 * supplier's bill explains (postings with neither supplier nor payee; credit positive).
 * `balance` = total + unmatched − unapplied: the payables accounts' credit balance.
 */
export type AgedPayablesTotals = Omit<AgedPayablesRow, 'payee' | 'supplierId' | 'bills'> & { unmatched: number; balance: number };

export type AgedPayables = { asOf: IsoDate; rows: AgedPayablesRow[]; totals: AgedPayablesTotals[] };

const ageColumn = (days: number): 'current' | 'days31to60' | 'days61to90' | 'over90' =>
  days <= 30 ? 'current' : days <= 60 ? 'days31to60' : days <= 90 ? 'days61to90' : 'over90';

/** Suppliers are told apart by name, ignoring case and surrounding spaces. */
export const payeeKey = (payee: string) => payee.trim().toLocaleLowerCase();

/** Two names of one supplier record: case and runs of spaces do not tell them apart. */
export const supplierNameKey = (name: string) => payeeKey(name.replace(/\s+/g, ' '));

/** A supplier record as aged payables needs it: its current name and the earlier ones bookkeeping used. */
export type SupplierNames = { id: string; name: string; otherNames: readonly string[]; archived: boolean };

/** Finds the supplier record of a payee: by any of its names; a live supplier before an archived one. */
function supplierFinder(suppliers: readonly SupplierNames[]): (payee: string) => SupplierNames | undefined {
  const byKey = new Map<string, SupplierNames>();
  for (const supplier of [...suppliers].sort((a, b) => Number(b.archived) - Number(a.archived))) {
    for (const name of [supplier.name, ...supplier.otherNames]) byKey.set(supplierNameKey(name), supplier);
  }
  return (payee) => byKey.get(supplierNameKey(payee));
}

type Group = { payee: string; supplierId?: string; currency: string; bills: OpenBill[]; unapplied: number };

/** Pays `amount` off the open bills `pick` chooses, in their order; returns what is left. */
function pay(bills: OpenBill[], amount: number, pick: (bill: OpenBill) => boolean): number {
  let left = amount;
  for (const bill of bills) {
    if (left === 0) break;
    if (!pick(bill)) continue;
    const part = Math.min(left, bill.open);
    bill.open -= part;
    left -= part;
  }
  return left;
}

/**
 * Open supplier bills as of a date from the postings of the payables accounts (those with
 * the payable role or a payables name, and their sub-accounts): a credit is a bill, a debit
 * a payment. The supplier is the sub-account's name, else the entry's payee. A payment
 * settles the bills it names first (`settles`), then the supplier's oldest (FIFO); a
 * payment beyond the open bills waits as `unapplied` for the next bill. Postings with no
 * supplier at all are the `unmatched` balance, so each currency's `balance` equals the
 * payables accounts' balance. Payees that are one of `suppliers` (by name or earlier
 * names) are one row under the supplier's current name, whatever spelling each bill used.
 */
export function agedPayables(input: { accounts: readonly Account[]; chunks: readonly RegisterChunk[]; asOf: IsoDate; suppliers?: readonly SupplierNames[] }): AgedPayables {
  const { asOf } = input;
  const supplierOf = supplierFinder(input.suppliers ?? []);
  const payables = payablesAccounts(input.accounts);
  const postings: (RegisterPosting & { accountId: string; supplier: string })[] = [];
  for (const chunk of input.chunks) {
    const account = payables.get(chunk.accountId);
    if (!account) continue;
    for (const posting of chunk.postings) {
      if (posting.date <= asOf) postings.push({ ...posting, accountId: chunk.accountId, supplier: account.supplier ?? posting.payee.trim() });
    }
  }
  postings.sort(comparePostings);

  const groups = new Map<string, Group>();
  const unmatched = new Map<string, number>();
  // What each payment still has to give to the bills it names (a payment may have several payables lines).
  const settlementsLeft = new Map<string, BillSettlement[]>();
  for (const posting of postings) {
    if (posting.supplier === '') {
      unmatched.set(posting.currency, (unmatched.get(posting.currency) ?? 0) + posting.credit - posting.debit);
      continue;
    }
    const supplier = supplierOf(posting.supplier);
    const key = `${supplier ? `\u0001${supplier.id}` : payeeKey(posting.supplier)}\u0000${posting.currency}`;
    let group = groups.get(key);
    if (!group) {
      group = supplier
        ? { payee: supplier.name, supplierId: supplier.id, currency: posting.currency, bills: [], unapplied: 0 }
        : { payee: posting.supplier, currency: posting.currency, bills: [], unapplied: 0 };
      groups.set(key, group);
    }
    let payment = group.unapplied;
    if (posting.debit > 0) {
      let fresh = posting.debit;
      const named = settlementsLeft.get(posting.entryId) ?? (posting.settles ?? []).map((settle) => ({ ...settle }));
      settlementsLeft.set(posting.entryId, named);
      for (const settle of named) {
        const share = Math.min(fresh, settle.amount);
        const left = pay(group.bills, share, (bill) => bill.entryId === settle.entryId);
        settle.amount -= share - left;
        fresh -= share - left;
      }
      payment += fresh;
    }
    let bill = posting.credit;
    // An advance pays the new bill first.
    const settled = Math.min(payment, bill);
    payment -= settled;
    bill -= settled;
    if (bill > 0) {
      group.bills.push({ entryId: posting.entryId, accountId: posting.accountId, date: posting.date, number: posting.number, amount: posting.credit, open: bill, ageDays: daysBetween(posting.date, asOf) });
    }
    payment = pay(group.bills, payment, () => true);
    group.bills = group.bills.filter((open) => open.open > 0);
    group.unapplied = payment;
  }

  const rows: AgedPayablesRow[] = [];
  const totals = new Map<string, AgedPayablesTotals>();
  const totalOf = (currency: string) => {
    let total = totals.get(currency);
    if (!total) {
      total = { currency, current: 0, days31to60: 0, days61to90: 0, over90: 0, total: 0, unapplied: 0, unmatched: 0, balance: 0 };
      totals.set(currency, total);
    }
    return total;
  };
  for (const group of groups.values()) {
    if (group.bills.length === 0 && group.unapplied === 0) continue;
    const row: AgedPayablesRow = { payee: group.payee, ...(group.supplierId ? { supplierId: group.supplierId } : {}), currency: group.currency, current: 0, days31to60: 0, days61to90: 0, over90: 0, total: 0, unapplied: group.unapplied, bills: group.bills };
    for (const bill of group.bills) {
      row[ageColumn(bill.ageDays)] += bill.open;
      row.total += bill.open;
    }
    rows.push(row);
    const total = totalOf(row.currency);
    for (const column of ['current', 'days31to60', 'days61to90', 'over90', 'total', 'unapplied'] as const) total[column] += row[column];
  }
  for (const [currency, amount] of unmatched) if (amount !== 0) totalOf(currency).unmatched = amount;
  for (const total of totals.values()) total.balance = total.total + total.unmatched - total.unapplied;
  rows.sort((a, b) => a.payee.localeCompare(b.payee) || (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
  return { asOf, rows, totals: [...totals.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1)) };
}

/** A name bookkeeping owes money to: as aged payables names it, with how many postings and the latest date. */
export type PayablesPayee = { name: string; postings: number; lastDate: IsoDate };

/**
 * Every supplier name on the payables accounts' postings (bills and payments), named as
 * aged payables names them (the supplier's sub-account, else the payee), one per spelling.
 */
export function payablesPayees(input: { accounts: readonly Account[]; chunks: readonly RegisterChunk[] }): PayablesPayee[] {
  const payables = payablesAccounts(input.accounts);
  const found = new Map<string, PayablesPayee>();
  for (const chunk of input.chunks) {
    const account = payables.get(chunk.accountId);
    if (!account) continue;
    for (const posting of chunk.postings) {
      const name = (account.supplier ?? posting.payee).trim();
      if (name === '') continue;
      const known = found.get(name);
      if (!known) found.set(name, { name, postings: 1, lastDate: posting.date });
      else {
        known.postings += 1;
        if (posting.date > known.lastDate) known.lastDate = posting.date;
      }
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}
