import { describe, expect, it } from 'vitest';
import { readBankFixture } from '../../tests/fixtures/bank/read-fixture';
import { readCsvRows } from './csv';
import { decodeStatement } from './encoding';
import { validateMapping } from './mapping';
import { decimalStylesFitting, suggestMapping } from './suggest';

function suggestionFor(name: string) {
  const decoded = decodeStatement(readBankFixture(name));
  if (!decoded.ok) throw new Error(decoded.error);
  return suggestMapping(readCsvRows(decoded.text));
}

describe('suggestMapping from en/ru/hu headers', () => {
  it('maps the OTP-like HUF export (title lines, signed amount, balance)', () => {
    const { mapping, missing, unsure } = suggestionFor('otp-iso-8859-2.csv');
    expect(missing).toEqual([]);
    expect(unsure).toEqual([]);
    expect(mapping).toEqual({
      delimiter: ';', skipRows: 4, hasHeader: true,
      date: 0, payee: 2, description: 4, amount: { kind: 'signed', column: 5 }, balance: 7,
      dateFormat: 'yyyy.MM.dd', decimalStyle: '1.234,56',
    });
    expect(validateMapping(mapping)).toEqual([]);
  });

  it('maps the OTP-like EUR export with a T/J mark', () => {
    const { mapping } = suggestionFor('otp-eur-windows-1250.csv');
    expect(mapping).toMatchObject({
      skipRows: 0, date: 1, payee: 6, description: 7, balance: 8,
      amount: { kind: 'withIndicator', column: 4, indicator: 3, debitMarks: ['T'] },
      dateFormat: 'yyyy.MM.dd', decimalStyle: '1 234,56',
    });
  });

  it('maps the Sberbank-like export with Списание / Зачисление', () => {
    const { mapping } = suggestionFor('sberbank-windows-1251.csv');
    expect(mapping).toMatchObject({
      skipRows: 4, date: 0, reference: 2, payee: 3, description: 4, balance: 7,
      amount: { kind: 'debitCredit', debit: 5, credit: 6 },
      dateFormat: 'dd.MM.yyyy', decimalStyle: '1 234,56',
    });
  });

  it('maps the English export', () => {
    const { mapping } = suggestionFor('english-utf8-bom.csv');
    expect(mapping).toMatchObject({
      delimiter: ',', skipRows: 0, date: 0, payee: 1, description: 2, reference: 3, balance: 5,
      amount: { kind: 'signed', column: 4 }, dateFormat: 'MM/dd/yyyy', decimalStyle: '1,234.56',
    });
  });

  it('keeps an amount column that is empty in this statement (no money came in)', () => {
    const rows = [['Дата', 'Назначение платежа', 'Списание', 'Зачисление'], ['02.03.2026', 'Аренда', '5 000,00', ''], ['03.03.2026', 'Связь', '990,00', '']];
    expect(suggestMapping({ delimiter: ';', rows }).mapping?.amount).toEqual({ kind: 'debitCredit', debit: 2, credit: 3 });
  });

  it('recognises English Debit/Credit and Hungarian Terhelés/Jóváírás columns', () => {
    const english = suggestMapping({ delimiter: ',', rows: [['Posting Date', 'Details', 'Debit', 'Credit'], ['2026-01-02', 'Rent', '500.00', ''], ['2026-01-03', 'Sale', '', '20.00']] });
    expect(english.mapping?.amount).toEqual({ kind: 'debitCredit', debit: 2, credit: 3 });
    const hungarian = suggestMapping({ delimiter: ';', rows: [['Dátum', 'Leírás', 'Terhelés', 'Jóváírás'], ['2026.01.02.', 'Bérleti díj', '500,00', ''], ['2026.01.03.', 'Eladás', '', '20,00']] });
    expect(hungarian.mapping?.amount).toEqual({ kind: 'debitCredit', debit: 2, credit: 3 });
  });
});

describe('suggestMapping from values', () => {
  it('maps a file without a header by what its cells hold', () => {
    const rows = [
      ['2026-01-02', 'Coffee at the corner café', '-3.50', '96.50'],
      ['2026-01-03', 'Invoice 7 paid by customer', '120.00', '216.50'],
    ];
    const { mapping } = suggestMapping({ delimiter: ',', rows });
    expect(mapping).toMatchObject({ hasHeader: false, skipRows: 0, date: 0, description: 1, amount: { kind: 'signed', column: 2 }, balance: 3, dateFormat: 'yyyy-MM-dd' });
  });

  it('flags a date format it had to choose among readings that all fit', () => {
    const rows = [['Date', 'Description', 'Amount'], ['01/02/2026', 'Rent', '-500.00'], ['03/04/2026', 'Sale', '20.00']];
    const { mapping, unsure } = suggestMapping({ delimiter: ',', rows });
    expect(mapping?.dateFormat).toBe('dd/MM/yyyy');
    expect(unsure).toContain('dateFormat');
  });

  it('lists what it could not find', () => {
    const { mapping, missing } = suggestMapping({ delimiter: ',', rows: [['Name', 'City'], ['Ann', 'Pécs']] });
    expect(mapping).toBeNull();
    expect(missing).toEqual(expect.arrayContaining(['date', 'amount']));
  });

  it('notices total rows under the table', () => {
    const rows = [['Date', 'Text', 'Amount'], ['2026-01-02', 'a', '1.00'], ['2026-01-03', 'b', '2.00'], ['Total', '', '3.00']];
    expect(suggestMapping({ delimiter: ',', rows }).mapping?.skipTrailingRows).toBe(1);
  });
});

describe('decimalStylesFitting', () => {
  it('prefers what the cells and the delimiter say', () => {
    expect(decimalStylesFitting(['1,234.56', '-7.00'], ',')).toEqual(['1,234.56']);
    expect(decimalStylesFitting(['1.234,56', '-7,00'], ';')[0]).toBe('1.234,56');
    expect(decimalStylesFitting(['1 234,56', '-7,00'], ';')[0]).toBe('1 234,56');
    expect(decimalStylesFitting(['12.345'], ';')).toEqual(['1.234,56', '1 234,56']); // three decimals are not a cent amount
  });
});
