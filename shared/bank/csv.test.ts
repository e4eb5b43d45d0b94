import { describe, expect, it } from 'vitest';
import { readBankFixture } from '../../tests/fixtures/bank/read-fixture';
import { detectDelimiter, findTableStart, previewStatement, readCsvRows } from './csv';
import { decodeStatement } from './encoding';

function fixtureText(name: string): string {
  const decoded = decodeStatement(readBankFixture(name));
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.text;
}

describe('detectDelimiter', () => {
  it.each([
    ['otp-iso-8859-2.csv', ';'],
    ['otp-eur-windows-1250.csv', ';'],
    ['sberbank-windows-1251.csv', ';'],
    ['english-utf8-bom.csv', ','],
  ])('%s uses %j', (name, delimiter) => {
    expect(detectDelimiter(fixtureText(name))).toBe(delimiter);
  });

  it('finds tabs, and is not fooled by decimal commas in a ; file', () => {
    expect(detectDelimiter('Date\tAmount\tText\n2026-01-02\t5,00\tx\n2026-01-03\t6,00\ty\n')).toBe('\t');
    expect(detectDelimiter('Dátum;Összeg;Leírás\n2026.01.02.;-1 234,50;a\n2026.01.03.;7,00;b\n')).toBe(';');
  });
});

describe('findTableStart and previewStatement', () => {
  it('skips the bank title lines above the header', () => {
    const preview = previewStatement(fixtureText('sberbank-windows-1251.csv'), { rowCount: 2 });
    expect(preview).toMatchObject({ delimiter: ';', skipRows: 4, hasHeader: true, columnCount: 8, dataRowCount: 7 });
    expect(preview.header).toEqual(['Дата операции', 'Дата списания', '№ документа', 'Контрагент', 'Назначение платежа', 'Списание', 'Зачисление', 'Остаток']);
    expect(preview.rows).toHaveLength(2);
    // The quoted cell with a ';' inside stays one cell.
    const { rows } = readCsvRows(fixtureText('sberbank-windows-1251.csv'));
    expect(rows[9]?.[3]).toBe('ООО "Арендодатель"');
    expect(rows[9]?.[4]).toBe('Арендная плата за март; НДС не облагается');
  });

  it('knows a file without a header', () => {
    expect(findTableStart([['2026-01-02', 'Coffee', '-3.50'], ['2026-01-03', 'Tea', '-2.00']])).toEqual({ skipRows: 0, hasHeader: false });
  });

  it('reports where a quoted cell never closes', () => {
    const { unclosedQuoteRows } = readCsvRows('Date,Text,Amount\n2026-01-02,"cut off,1.00\n');
    expect(unclosedQuoteRows).toEqual([2]);
  });
});
