import { describe, expect, it } from 'vitest';
import { tableExportSchema } from '../../../../../shared/export';
import { plainQuantity, stockExport, type StockTable } from './stockReports';

const kg = { code: 'kg', decimals: 3 };

describe('stock view export', () => {
  it('writes quantities as plain decimals and amounts in minor units, in a table the export channel accepts', () => {
    const table: StockTable = {
      columns: [
        { header: 'Date', kind: 'date' },
        { header: 'Item', kind: 'text' },
        { header: 'Quantity', kind: 'quantity' },
        { header: 'Value', kind: 'amount' },
      ],
      rows: [
        ['2026-03-02', 'FLOUR · Flour', { quantity: 1500, unit: kg }, 330],
        ['2026-03-03', 'FLOUR · Flour', { quantity: -250, unit: kg }, -55],
        [null, 'PEN · Pen', { quantity: 12, unit: { code: 'pcs', decimals: 0 } }, null],
      ],
      keys: ['a', 'b', 'c'],
    };
    const exported = stockExport('Movements', table, 'EUR');
    expect(tableExportSchema.safeParse(exported).success).toBe(true);
    expect(exported.rows.map((row) => row[2])).toEqual(['1.500', '-0.250', '12']);
    expect(exported.columns[3]).toEqual({ kind: 'amount', header: 'Value', currency: 'EUR' });
    expect(plainQuantity(5, kg)).toBe('0.005');
  });
});
