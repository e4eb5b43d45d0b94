import { describe, expect, it } from 'vitest';
import { indexAccounts } from './accounts';
import { LedgerRejected } from './problems';
import { billPayment, expensePaid, incomeReceived, supplierBill, transferBetweenAccounts } from './quickForms';
import { cr, dr, testChart } from './testing';
import type { VatCode } from './types';
import { validateEntryForPosting } from './validation';
import { createDefaultVatCodes, splitVat } from './vat';

const { accounts, id } = testChart('hu');
const byId = indexAccounts(accounts);
const codes = createDefaultVatCodes(accounts, 'hu', 'HUF', () => `v${Math.random()}`, 'now');
const code = (text: string): VatCode => codes.find((c) => c.code === text)!;
const base = { stamp: { id: 'q1', at: 'now' }, date: '2026-05-02', payee: 'Tesco' };

describe('splitVat', () => {
  it('rounds the tax once, half up, and derives the rest exactly', () => {
    expect(splitVat(10_000, 'net', { numerator: 27, denominator: 100 }, 'HUF')).toEqual({ net: 10_000, tax: 2_700, gross: 12_700 });
    // 1000 × 27/127 = 212.598… → 213
    expect(splitVat(1_000, 'gross', { numerator: 27, denominator: 100 }, 'HUF')).toEqual({ net: 787, tax: 213, gross: 1_000 });
    // 10 × 5% = 0.5 → 1 (half up), not 0 (half even)
    expect(splitVat(10, 'net', { numerator: 5, denominator: 100 }, 'HUF').tax).toBe(1);
    expect(splitVat(10, 'net', { numerator: 5, denominator: 100 }, 'HUF', 'half-even').tax).toBe(0);
  });
});

describe('default VAT codes', () => {
  it('makes an input and an output code per Hungarian rate, on the VAT accounts', () => {
    expect(codes.map((c) => c.code)).toEqual(['I27', 'I18', 'I5', 'O27', 'O18', 'O5']);
    expect(code('I27')).toMatchObject({ kind: 'input', accountId: id('vatInput'), rate: { numerator: 27, denominator: 100 }, name: 'Előzetesen felszámított ÁFA 27%' });
    expect(code('O5').accountId).toBe(id('vatOutput'));
    expect(createDefaultVatCodes(accounts, 'en', 'RUB', () => 'x', 'now').map((c) => c.code)).toEqual(['I22', 'I10', 'O22', 'O10']);
  });
});

describe('quick forms', () => {
  it('expense paid from the bank, gross with VAT: Dr expense net, Dr input VAT, Cr bank gross', () => {
    const entry = expensePaid({ ...base, currency: 'HUF', amount: 12_700, amountIs: 'gross', vatCode: code('I27'), expenseAccountId: id('officeSupplies'), paidFromAccountId: id('bank') });
    expect(entry.lines).toEqual([
      dr(id('officeSupplies'), 10_000, { vatCode: code('I27').id }),
      dr(id('vatInput'), 2_700, { vatCode: code('I27').id }),
      cr(id('bank'), 12_700),
    ]);
    expect(entry).toMatchObject({ status: 'draft', origin: 'quickForm', quickForm: 'expense', payee: 'Tesco', number: '' });
    expect(validateEntryForPosting(entry, byId, null)).toEqual([]);
  });

  it('expense without VAT has two lines', () => {
    const entry = expensePaid({ ...base, currency: 'HUF', amount: 500, amountIs: 'net', expenseAccountId: id('bankFees'), paidFromAccountId: id('bank') });
    expect(entry.lines).toEqual([dr(id('bankFees'), 500), cr(id('bank'), 500)]);
  });

  it('supplier bill, net: Dr expense, Dr VAT, Cr payable; its payment: Dr payable, Cr bank', () => {
    const bill = supplierBill({ ...base, currency: 'HUF', amount: 20_000, amountIs: 'net', vatCode: code('I5'), expenseAccountId: id('costOfGoods'), payableAccountId: id('payable') });
    expect(bill.lines).toEqual([dr(id('costOfGoods'), 20_000, { vatCode: code('I5').id }), dr(id('vatInput'), 1_000, { vatCode: code('I5').id }), cr(id('payable'), 21_000)]);
    const payment = billPayment({ ...base, currency: 'HUF', amount: 21_000, payableAccountId: id('payable'), paidFromAccountId: id('bank') });
    expect(payment.lines).toEqual([dr(id('payable'), 21_000), cr(id('bank'), 21_000)]);
    expect([bill.quickForm, payment.quickForm]).toEqual(['bill', 'billPayment']);
    expect(validateEntryForPosting(bill, byId, null)).toEqual([]);
  });

  it('a bill payment keeps the bills picked, each paid no more than is open, the rest left to the oldest-first rule', () => {
    const bills = [{ entryId: 'b2', open: 5_000 }, { entryId: 'b1', open: 8_000 }];
    const payment = billPayment({ ...base, currency: 'HUF', amount: 10_000, payableAccountId: id('payable'), paidFromAccountId: id('bank'), bills });
    expect(payment.settles).toEqual([{ entryId: 'b2', amount: 5_000 }, { entryId: 'b1', amount: 5_000 }]);
    const more = billPayment({ ...base, currency: 'HUF', amount: 20_000, payableAccountId: id('payable'), paidFromAccountId: id('bank'), bills });
    expect(more.settles).toEqual([{ entryId: 'b2', amount: 5_000 }, { entryId: 'b1', amount: 8_000 }]);
    expect(billPayment({ ...base, currency: 'HUF', amount: 1, payableAccountId: id('payable'), paidFromAccountId: id('bank') }).settles).toBeUndefined();
  });

  it('income received with output VAT: Dr bank gross, Cr income net, Cr output VAT', () => {
    const entry = incomeReceived({ ...base, currency: 'HUF', amount: 12_700, amountIs: 'gross', vatCode: code('O27'), incomeAccountId: id('sales'), depositToAccountId: id('cash') });
    expect(entry.lines).toEqual([dr(id('cash'), 12_700), cr(id('sales'), 10_000, { vatCode: code('O27').id }), cr(id('vatOutput'), 2_700, { vatCode: code('O27').id })]);
  });

  it('transfer between bank and cash', () => {
    const entry = transferBetweenAccounts({ ...base, currency: 'HUF', amount: 30_000, fromAccountId: id('bank'), toAccountId: id('cash') });
    expect(entry.lines).toEqual([dr(id('cash'), 30_000), cr(id('bank'), 30_000)]);
  });

  it('refuses an output VAT code on an expense', () => {
    expect(() => expensePaid({ ...base, currency: 'HUF', amount: 100, amountIs: 'net', vatCode: code('O27'), expenseAccountId: id('rent'), paidFromAccountId: id('bank') })).toThrow(LedgerRejected);
  });
});
