import type { IsoDate } from '../dates';
import type { RoundingMode } from '../money';
import { reject } from './problems';
import { splitVat, vatRounding } from './vat';
import type { BillSettlement, EntryLine, JournalEntry, QuickFormKind, Stamp, VatCode } from './types';

/**
 * The everyday cases as forms. Each builder returns an ordinary draft entry (origin
 * 'quickForm') that is validated and posted like any other; none of them posts itself.
 */
export type QuickFormBase = {
  stamp: Stamp;
  date: IsoDate;
  currency: string;
  payee?: string;
  memo?: string;
  number?: string;
  documentIds?: string[];
};

/** An amount that may carry VAT: as typed (net or gross) and the code that applies, if any. */
export type AmountWithVat = {
  /** Minor units, > 0. */
  amount: number;
  amountIs: 'net' | 'gross';
  vatCode?: VatCode;
  rounding?: RoundingMode;
};

function draft(base: QuickFormBase, quickForm: QuickFormKind, lines: EntryLine[]): JournalEntry {
  return {
    id: base.stamp.id,
    number: base.number ?? '',
    date: base.date,
    payee: base.payee ?? '',
    memo: base.memo ?? '',
    currency: base.currency,
    lines,
    status: 'draft',
    origin: 'quickForm',
    quickForm,
    documentIds: base.documentIds ?? [],
    createdAt: base.stamp.at,
    updatedAt: base.stamp.at,
  };
}

/**
 * The base line on `accountId` and, when the code has tax, the tax line on the code's
 * account; both on `side`. Returns the lines and the gross amount for the other side.
 */
function linesWithVat(accountId: string, side: 'debit' | 'credit', value: AmountWithVat, kind: VatCode['kind'], currency: string, memo?: string) {
  const { vatCode } = value;
  if (vatCode && vatCode.kind !== kind) reject('ledger.vat.wrongKind', { params: { code: vatCode.code } });
  const split = vatCode
    ? splitVat(value.amount, value.amountIs, vatCode.rate, currency, value.rounding ?? vatRounding)
    : { net: value.amount, tax: 0, gross: value.amount };
  const line = (lineAccount: string, amount: number): EntryLine => {
    const out: EntryLine = { accountId: lineAccount, debit: side === 'debit' ? amount : 0, credit: side === 'credit' ? amount : 0 };
    if (memo) out.memo = memo;
    if (vatCode) out.vatCode = vatCode.id;
    return out;
  };
  const lines = [line(accountId, split.net)];
  if (vatCode && split.tax !== 0) lines.push(line(vatCode.accountId, split.tax));
  return { lines, gross: split.gross };
}

const plainLine = (accountId: string, side: 'debit' | 'credit', amount: number): EntryLine => ({
  accountId,
  debit: side === 'debit' ? amount : 0,
  credit: side === 'credit' ? amount : 0,
});

/** An expense paid at once from a bank or cash account: Dr expense (+ input VAT), Cr bank/cash. */
export function expensePaid(input: QuickFormBase & AmountWithVat & { expenseAccountId: string; paidFromAccountId: string }): JournalEntry {
  const { lines, gross } = linesWithVat(input.expenseAccountId, 'debit', input, 'input', input.currency);
  return draft(input, 'expense', [...lines, plainLine(input.paidFromAccountId, 'credit', gross)]);
}

/** A supplier's bill, to be paid later: Dr expense (+ input VAT), Cr accounts payable. */
export function supplierBill(input: QuickFormBase & AmountWithVat & { expenseAccountId: string; payableAccountId: string }): JournalEntry {
  const { lines, gross } = linesWithVat(input.expenseAccountId, 'debit', input, 'input', input.currency);
  return draft(input, 'bill', [...lines, plainLine(input.payableAccountId, 'credit', gross)]);
}

/** A bill the user picked to pay, with what is still open of it. */
export type PickedBill = { entryId: string; open: number };

/**
 * What of `amount` goes to each picked bill, in the order picked, none beyond what is open;
 * a rest beyond the picked bills is left to the aging's oldest-first rule.
 */
export function settlementsFor(amount: number, picked: readonly PickedBill[]): BillSettlement[] {
  const out: BillSettlement[] = [];
  let left = amount;
  for (const bill of picked) {
    const part = Math.min(left, bill.open);
    if (part <= 0) break;
    out.push({ entryId: bill.entryId, amount: part });
    left -= part;
  }
  return out;
}

/**
 * Paying a supplier's bill: Dr accounts payable, Cr bank/cash. The payee names the supplier;
 * the bills picked are kept on the entry (`settles`), so the aging pays those first.
 */
export function billPayment(input: QuickFormBase & { amount: number; payableAccountId: string; paidFromAccountId: string; bills?: readonly PickedBill[] }): JournalEntry {
  const entry = draft(input, 'billPayment', [plainLine(input.payableAccountId, 'debit', input.amount), plainLine(input.paidFromAccountId, 'credit', input.amount)]);
  const settles = settlementsFor(input.amount, input.bills ?? []);
  if (settles.length > 0) entry.settles = settles;
  return entry;
}

/** Money received for a sale: Dr bank/cash (or receivable), Cr income (+ output VAT). */
export function incomeReceived(input: QuickFormBase & AmountWithVat & { incomeAccountId: string; depositToAccountId: string }): JournalEntry {
  const { lines, gross } = linesWithVat(input.incomeAccountId, 'credit', input, 'output', input.currency);
  return draft(input, 'income', [plainLine(input.depositToAccountId, 'debit', gross), ...lines]);
}

/** Moving money between bank and cash accounts: Dr the receiving account, Cr the paying one. */
export function transferBetweenAccounts(input: QuickFormBase & { amount: number; fromAccountId: string; toAccountId: string }): JournalEntry {
  return draft(input, 'transfer', [plainLine(input.toAccountId, 'debit', input.amount), plainLine(input.fromAccountId, 'credit', input.amount)]);
}
