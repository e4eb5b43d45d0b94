import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvText, spreadsheetText } from './csv';

// Payees and memos come from bank statements that others write: a spreadsheet must show
// them as text, never run them; the app's own amounts must stay numbers it can sum.

describe('csvText', () => {
  it('escapes text that a spreadsheet would run as a formula, in every text column and the header', () => {
    const text = csvText(
      ['Payee', '=Memo', 'Amount'],
      ['text', 'text', 'number'],
      [
        ['=HYPERLINK("http://evil.example","Refund")', '+1+2', '-12.50'],
        ['-2+3', '@SUM(A1:A9)', '1200.00'],
        ['\tTAB', '\rCR', '0.05'],
        ['Kovács Kft.', 'a = b', null],
      ],
    );
    expect(text.split('\r\n')[0]).toBe(`Payee,"'=Memo",Amount`);
    expect(text.split('\r\n')[1]).toBe(`"'=HYPERLINK(""http://evil.example"",""Refund"")","'+1+2",-12.50`);
    expect(Papa.parse<string[]>(text.trim()).data).toEqual([
      ['Payee', "'=Memo", 'Amount'],
      ["'=HYPERLINK(\"http://evil.example\",\"Refund\")", "'+1+2", '-12.50'],
      ["'-2+3", "'@SUM(A1:A9)", '1200.00'],
      ["'\tTAB", "'\rCR", '0.05'],
      ['Kovács Kft.', 'a = b', ''],
    ]);
  });

  it('writes negative amounts in number columns as plain numbers, unquoted', () => {
    const text = csvText(['account', 'balance'], ['text', 'number'], [['Income:Sales', '-1000.00'], ['Assets:Bank', '-5']]);
    expect(text).toBe('account,balance\r\nIncome:Sales,-1000.00\r\nAssets:Bank,-5\r\n');
  });

  it('quotes cells with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvText(['a', 'b'], ['text', 'text'], [['Sales, goods', 'say "hi"\nbye']])).toBe('a,b\r\n"Sales, goods","say ""hi""\nbye"\r\n');
  });
});

describe('spreadsheetText', () => {
  it('leaves ordinary text alone', () => {
    for (const text of ['', 'Rent', '2026-03-31', "'quoted", ' =spaced', '12.50']) expect(spreadsheetText(text)).toBe(text);
    expect(spreadsheetText('-12.50')).toBe("'-12.50");
  });
});
