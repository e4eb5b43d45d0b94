import { describe, expect, it } from 'vitest';
import { readCsvRows } from '../bank/csv';
import { decodeStatement } from '../bank/encoding';
import type { StockUnit } from '../catalog/types';
import { columnsOf, decimalMinor, movementsOfRows, type ImportContext } from './importMovements';

/** Decimal text to smallest units, as the catalog's quantity parser does it (enough for these rows). */
function parseQuantity(text: string, unit: StockUnit): number | null {
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(text.trim());
  if (!match || (match[2]?.length ?? 0) > unit.decimals) return null;
  return Number(match[1]! + (match[2] ?? '').padEnd(unit.decimals, '0'));
}

const context: ImportContext = {
  itemsBySku: new Map([
    ['PEN', { id: 'pen', unit: { code: 'pcs', decimals: 0 } }],
    ['FLOUR', { id: 'flour', unit: { code: 'kg', decimals: 3 } }],
  ]),
  locationIdsByCode: new Map([
    ['w1-a', 'shelfA'],
    ['w1-b', 'shelfB'],
  ]),
  currency: 'EUR',
  parseQuantity,
};

function read(csv: string) {
  const { rows } = readCsvRows(csv);
  const columns = columnsOf(rows[0]!);
  if (!columns.ok) throw new Error(`missing ${columns.missing.join()}`);
  return movementsOfRows(rows.slice(1), columns.columns, context, 2, 'imp1');
}

describe('reading stock movements from CSV', () => {
  it('reads openings, receipts, issues, write-offs and transfers with exact quantities and values', () => {
    const { drafts, errors } = read(
      ['date;type;sku;location;quantity;value;reason;to location', '2026-01-01;opening;PEN;W1-A;100;25.00;;', '2026-01-02;receipt;FLOUR;w1-a;1,5;3.30;;', '2026-01-03;issue;PEN;W1-A;10;;Sales desk;', '2026-01-04;writeOff;FLOUR;W1-A;0.25;;damaged;', '2026-01-05;transfer;PEN;W1-A;5;;;W1-B'].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(drafts.map((draft) => [draft.kind, draft.itemId, draft.locationId, draft.quantity, draft.value ?? null])).toEqual([
      ['opening', 'pen', 'shelfA', 100, 2500],
      ['receipt', 'flour', 'shelfA', 1500, 330],
      ['issue', 'pen', 'shelfA', -10, null],
      ['writeOff', 'flour', 'shelfA', -250, null],
      ['transferOut', 'pen', 'shelfA', -5, null],
      ['transferIn', 'pen', 'shelfB', 5, null],
    ]);
    expect(drafts[2]!.reason).toBe('Sales desk');
    expect(drafts[4]!.transferId).toBe(drafts[5]!.transferId);
    expect(drafts.every((draft) => draft.source.kind === 'import' && draft.source.id === 'imp1')).toBe(true);
  });

  it('names each bad row by its spreadsheet row number and what is wrong', () => {
    const { errors } = read(
      ['date,type,sku,location,quantity,value', '2026-13-01,receipt,PEN,W1-A,1,1', '2026-01-01,gift,PEN,W1-A,1,1', '2026-01-01,receipt,NOPE,W1-A,1,1', '2026-01-01,receipt,PEN,W9,1,1', '2026-01-01,receipt,FLOUR,W1-A,1.2345,1', '2026-01-01,receipt,PEN,W1-A,1,', '2026-01-01,transfer,PEN,W1-A,1,'].join('\n'),
    );
    expect(errors.map((error) => [error.row, error.problem])).toEqual([
      [2, 'dateInvalid'],
      [3, 'typeUnknown'],
      [4, 'itemUnknown'],
      [5, 'locationUnknown'],
      [6, 'quantityInvalid'],
      [7, 'valueMissing'],
      [8, 'toLocationMissing'],
    ]);
  });

  it('reads values exactly as plain decimals, refusing signs and extra decimals', () => {
    expect([decimalMinor('12', 2), decimalMinor('12.5', 2), decimalMinor('1 234,56', 2), decimalMinor('7', 0)]).toEqual([1200, 1250, 123456, 7]);
    expect([decimalMinor('1.234', 2), decimalMinor('-5', 2), decimalMinor('1,234.56', 2), decimalMinor('', 2), decimalMinor('5.5', 0)]).toEqual([null, null, null, null, null]);
  });

  it('knows the columns by their Russian and Hungarian names and says which required ones are missing', () => {
    expect(columnsOf(['Дата', 'Тип', 'Артикул', 'Место хранения', 'Количество', 'Стоимость'])).toEqual({ ok: true, columns: { date: 0, type: 1, sku: 2, location: 3, quantity: 4, value: 5 } });
    expect(columnsOf(['Dátum', 'Típus', 'Cikkszám', 'Mennyiség'])).toEqual({ ok: false, missing: ['location'] });
  });

  it('reads a windows-1251 file through the bank import’s encoding detection', () => {
    const text = 'Дата;Тип;Артикул;Место;Количество;Стоимость\n2026-01-01;поступление;PEN;W1-A;3;4,50\n';
    const bytes = Uint8Array.from([...text].map((char) => (char.charCodeAt(0) < 128 ? char.charCodeAt(0) : char.charCodeAt(0) - 0x410 + 0xc0)));
    const decoded = decodeStatement(bytes);
    expect(decoded.ok && decoded.encoding).toBe('windows-1251');
    const { drafts, errors } = read(decoded.ok ? decoded.text : '');
    expect(errors).toEqual([]);
    expect(drafts).toMatchObject([{ kind: 'receipt', quantity: 3, value: 450 }]);
  });
});
