import type { IsoDate } from '../dates';
import { comparePostings } from './aggregates';
import { daysBetween } from './periods';
import type { RegisterPosting } from './types';

/** An unpaid (part of a) bill: `open` is what is still owed of `amount`. */
export type OpenBill = { entryId: string; date: IsoDate; number: string; amount: number; open: number; ageDays: number };

/** Amounts owed to one supplier in one currency, by age of the bill. */
export type AgedPayablesRow = {
  payee: string;
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

export type AgedPayablesTotals = Omit<AgedPayablesRow, 'payee' | 'bills'>;

export type AgedPayables = { asOf: IsoDate; rows: AgedPayablesRow[]; totals: AgedPayablesTotals[] };

const ageColumn = (days: number): 'current' | 'days31to60' | 'days61to90' | 'over90' =>
  days <= 30 ? 'current' : days <= 60 ? 'days31to60' : days <= 90 ? 'days61to90' : 'over90';

/** Suppliers are told apart by payee, ignoring case and surrounding spaces. */
const payeeKey = (payee: string) => payee.trim().toLocaleLowerCase();

/**
 * Open supplier bills as of a date from the postings of the payable accounts: a credit is
 * a bill, a debit a payment; payments settle each supplier's oldest bills first (FIFO),
 * and a payment beyond the open bills waits as `unapplied` for the next bill.
 */
export function agedPayables(input: { postings: readonly RegisterPosting[]; asOf: IsoDate }): AgedPayables {
  const { asOf } = input;
  const groups = new Map<string, { payee: string; currency: string; bills: OpenBill[]; unapplied: number }>();
  const postings = input.postings.filter((posting) => posting.date <= asOf).sort(comparePostings);
  for (const posting of postings) {
    const key = `${payeeKey(posting.payee)}\u0000${posting.currency}`;
    let group = groups.get(key);
    if (!group) {
      group = { payee: posting.payee.trim(), currency: posting.currency, bills: [], unapplied: 0 };
      groups.set(key, group);
    }
    let payment = group.unapplied + posting.debit;
    let bill = posting.credit;
    // An advance pays the new bill first.
    const settled = Math.min(payment, bill);
    payment -= settled;
    bill -= settled;
    if (bill > 0) {
      group.bills.push({ entryId: posting.entryId, date: posting.date, number: posting.number, amount: posting.credit, open: bill, ageDays: daysBetween(posting.date, asOf) });
    }
    for (const open of group.bills) {
      if (payment === 0) break;
      const part = Math.min(payment, open.open);
      open.open -= part;
      payment -= part;
    }
    group.bills = group.bills.filter((open) => open.open > 0);
    group.unapplied = payment;
  }

  const rows: AgedPayablesRow[] = [];
  const totals = new Map<string, AgedPayablesTotals>();
  for (const group of groups.values()) {
    if (group.bills.length === 0 && group.unapplied === 0) continue;
    const row: AgedPayablesRow = { payee: group.payee, currency: group.currency, current: 0, days31to60: 0, days61to90: 0, over90: 0, total: 0, unapplied: group.unapplied, bills: group.bills };
    for (const bill of group.bills) {
      row[ageColumn(bill.ageDays)] += bill.open;
      row.total += bill.open;
    }
    rows.push(row);
    const total = totals.get(row.currency) ?? { currency: row.currency, current: 0, days31to60: 0, days61to90: 0, over90: 0, total: 0, unapplied: 0 };
    for (const column of ['current', 'days31to60', 'days61to90', 'over90', 'total', 'unapplied'] as const) total[column] += row[column];
    totals.set(row.currency, total);
  }
  rows.sort((a, b) => a.payee.localeCompare(b.payee) || (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
  return { asOf, rows, totals: [...totals.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1)) };
}
