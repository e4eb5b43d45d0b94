import type { DateProblem } from '../../../../../shared/dates';
import type { IsoDate } from '../../../../../shared/dates';
import { accountWithRole } from '../../../../../shared/ledger/accounts';
import { payablesAccounts } from '../../../../../shared/ledger/payablesAccounts';
import type { EntryInput } from '../../../../../shared/ledger/entries';
import { LedgerRejected } from '../../../../../shared/ledger/problems';
import {
  billPayment,
  expensePaid,
  incomeReceived,
  supplierBill,
  transferBetweenAccounts,
  type AmountWithVat,
  type PickedBill,
  type QuickFormBase,
} from '../../../../../shared/ledger/quickForms';
import { payeeKey, type OpenBill } from '../../../../../shared/ledger/agedPayables';
import type { Account, AccountRole, AccountType, JournalEntry } from '../../../../../shared/ledger/types';
import { readAmount } from '../../../components/amountText';
import { readDate } from '../../../components/dateText';
import type { Books } from '../useBooks';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';

export const quickKinds = ['expense', 'bill', 'billPayment', 'income', 'transfer'] as const;
export type QuickKind = (typeof quickKinds)[number];

type AccountSlot = { labelKey: string; types: readonly AccountType[]; defaultRoles: readonly AccountRole[] };

/** What each quick form asks for: who the other party is, whether VAT applies, and its two accounts. */
export const quickFormShapes: Record<QuickKind, { partyKey: string; vat: 'input' | 'output' | null; main: AccountSlot; other: AccountSlot }> = {
  expense: {
    partyKey: 'bookkeeping.quick.payee',
    vat: 'input',
    main: { labelKey: 'bookkeeping.quick.expenseAccount', types: ['expense', 'asset'], defaultRoles: [] },
    other: { labelKey: 'bookkeeping.quick.paidFrom', types: ['asset'], defaultRoles: ['bank', 'cash'] },
  },
  bill: {
    partyKey: 'bookkeeping.quick.supplier',
    vat: 'input',
    main: { labelKey: 'bookkeeping.quick.expenseAccount', types: ['expense', 'asset'], defaultRoles: [] },
    other: { labelKey: 'bookkeeping.quick.payableAccount', types: ['liability'], defaultRoles: ['payable'] },
  },
  billPayment: {
    partyKey: 'bookkeeping.quick.supplier',
    vat: null,
    main: { labelKey: 'bookkeeping.quick.payableAccount', types: ['liability'], defaultRoles: ['payable'] },
    other: { labelKey: 'bookkeeping.quick.paidFrom', types: ['asset'], defaultRoles: ['bank', 'cash'] },
  },
  income: {
    partyKey: 'bookkeeping.quick.customer',
    vat: 'output',
    main: { labelKey: 'bookkeeping.quick.incomeAccount', types: ['income'], defaultRoles: [] },
    other: { labelKey: 'bookkeeping.quick.depositTo', types: ['asset'], defaultRoles: ['bank', 'cash'] },
  },
  transfer: {
    partyKey: 'bookkeeping.quick.payee',
    vat: null,
    main: { labelKey: 'bookkeeping.quick.fromAccount', types: ['asset'], defaultRoles: ['bank'] },
    other: { labelKey: 'bookkeeping.quick.toAccount', types: ['asset'], defaultRoles: ['cash'] },
  },
};

/** The quick form as typed. */
export type QuickValues = {
  date: string;
  party: string;
  memo: string;
  amount: string;
  amountIs: 'gross' | 'net';
  vatCodeId: string;
  mainAccountId: string;
  otherAccountId: string;
  /** A bill payment's picked bills (their entries' ids), in the order picked. */
  billIds: string[];
};

export type QuickErrors = Partial<Record<'date' | 'amount' | 'vatCodeId' | 'mainAccountId' | 'otherAccountId', string>>;

export function defaultAccountId(accounts: readonly Account[], slot: AccountSlot): string {
  for (const role of slot.defaultRoles) {
    const found = accountWithRole(accounts, role);
    if (found) return found.id;
  }
  return '';
}

/** Which slot of a form holds the supplier's payables account, if the form has one. */
export const supplierSlotOf: Partial<Record<QuickKind, 'main' | 'other'>> = { bill: 'other', billPayment: 'main' };

/**
 * The supplier's own account where payables are kept per supplier (a sub-account named
 * after them under a payables account): a bill or payment for "Birch Hardware" goes to
 * "Accounts payable:Birch Hardware", as the group itself takes no postings. Only while a
 * payables account is chosen; undefined when the supplier has no account of their own.
 */
export function supplierAccountId(accounts: readonly Account[], payablesId: string, supplier: string): string | undefined {
  const key = payeeKey(supplier);
  const payables = payablesAccounts(accounts);
  if (key === '' || !payables.has(payablesId)) return undefined;
  const parents = new Set(accounts.map((account) => account.parentId));
  for (const { account, supplier: name } of payables.values()) {
    if (name !== null && payeeKey(name) === key && !account.archived && !parents.has(account.id)) return account.id;
  }
  return undefined;
}

/** A form's accounts to start with: the usual ones, the supplier's own payables account where it has one. */
export function startingAccounts(kind: QuickKind, accounts: readonly Account[], supplier: string): Pick<QuickValues, 'mainAccountId' | 'otherAccountId'> {
  const shape = quickFormShapes[kind];
  const start = { mainAccountId: defaultAccountId(accounts, shape.main), otherAccountId: defaultAccountId(accounts, shape.other) };
  const slot = supplierSlotOf[kind];
  if (!slot || supplier.trim() === '') return start;
  const slotKey = slot === 'main' ? 'mainAccountId' : 'otherAccountId';
  const own = supplierAccountId(accounts, start[slotKey], supplier);
  return own ? { ...start, [slotKey]: own } : start;
}

/** After "Post and new": the same kind, date, accounts and VAT; a new party, amount, memo and bills. */
export function valuesForNext(values: QuickValues): QuickValues {
  return { ...values, party: '', memo: '', amount: '', billIds: [] };
}

/** Message keys for fields that cannot be read, and the built draft entry when all can. */
export function buildQuickEntry(
  kind: QuickKind,
  values: QuickValues,
  books: Books,
  regional: RegionalFormat,
  id: string,
  openBills: readonly OpenBill[] = [],
): { errors: QuickErrors; dateProblem?: DateProblem; entry?: JournalEntry } {
  const errors: QuickErrors = {};
  const date = readDate(values.date, regional);
  if (date.kind !== 'date') errors.date = date.kind === 'empty' ? 'bookkeeping.quick.required' : 'components.date.invalid';
  const amount = readAmount(values.amount, books.currency, regional);
  if (amount.kind === 'invalid') errors.amount = amount.messageKey;
  else if (amount.kind === 'empty' || amount.minor === 0) errors.amount = 'components.amount.empty';
  if (!values.mainAccountId) errors.mainAccountId = 'bookkeeping.quick.accountRequired';
  if (!values.otherAccountId) errors.otherAccountId = 'bookkeeping.quick.accountRequired';
  else if (values.otherAccountId === values.mainAccountId) errors.otherAccountId = 'bookkeeping.quick.sameAccount';
  if (Object.keys(errors).length > 0 || date.kind !== 'date' || amount.kind !== 'amount') return date.kind === 'invalid' ? { errors, dateProblem: date.problem } : { errors };

  const base: QuickFormBase = { stamp: { id, at: new Date().toISOString() }, date: date.iso as IsoDate, currency: books.currency, payee: values.party.trim(), memo: values.memo.trim() };
  const vatCode = books.vatCodes.find((code) => code.id === values.vatCodeId);
  const taxed: AmountWithVat = { amount: amount.minor, amountIs: values.amountIs, ...(vatCode ? { vatCode } : {}) };
  try {
    const bills = values.billIds.flatMap((billId) => openBills.filter((bill) => bill.entryId === billId).map((bill) => ({ entryId: bill.entryId, open: bill.open })));
    return { errors, entry: built(kind, values, base, taxed, amount.minor, bills) };
  } catch (error) {
    // A VAT code of the wrong kind (the form offers only the right kind, so this is rare).
    if (error instanceof LedgerRejected) return { errors: { vatCodeId: 'validation.invalid' } };
    throw error;
  }
}

function built(kind: QuickKind, values: QuickValues, base: QuickFormBase, taxed: AmountWithVat, amount: number, bills: PickedBill[]): JournalEntry {
  const { mainAccountId: main, otherAccountId: other } = values;
  switch (kind) {
    case 'expense':
      return expensePaid({ ...base, ...taxed, expenseAccountId: main, paidFromAccountId: other });
    case 'bill':
      return supplierBill({ ...base, ...taxed, expenseAccountId: main, payableAccountId: other });
    case 'billPayment':
      return billPayment({ ...base, amount, payableAccountId: main, paidFromAccountId: other, bills });
    case 'income':
      return incomeReceived({ ...base, ...taxed, incomeAccountId: main, depositToAccountId: other });
    case 'transfer':
      return transferBetweenAccounts({ ...base, amount, fromAccountId: main, toAccountId: other });
  }
}

/** The built entry as input for the repository (a draft to save, or to post in one step). */
export function inputOfQuickEntry(entry: JournalEntry): EntryInput {
  const input: EntryInput = { number: entry.number, date: entry.date, payee: entry.payee, memo: entry.memo, currency: entry.currency, lines: entry.lines, origin: 'quickForm', quickForm: entry.quickForm, documentIds: entry.documentIds };
  if (entry.settles) input.settles = entry.settles;
  return input;
}
