import { beforeAll, describe, expect, it } from 'vitest';
import { startI18n } from '../../../i18n';
import { testItem, testLocation } from '../../../../../shared/stock/stocktakeTesting';
import type { Stocktake } from '../../../../../shared/stock/types';
import type { StocktakeView } from '../../../db/repositories/stocktakes';
import { renderReportHtml } from '../../../print/renderReportHtml';
import { buildCountSheetsReport } from './countSheetsReport';

const stocktake: Stocktake = {
  id: 'st',
  createdAt: '',
  updatedAt: '',
  number: 'ST-2026-001',
  name: 'March',
  scope: { kind: 'all' },
  blind: true,
  tolerancePercent: 5,
  status: 'counting',
  snapshotAt: '2026-03-15T10:00:00.000Z',
  date: '2026-03-15',
  lineCount: 3,
};

function view(blind: boolean): StocktakeView {
  const items = [testItem('paper', { sku: 'P-A4', name: 'Copy paper', barcodes: ['4006381333931'] }), testItem('toner', { sku: 'T-05A', name: 'Toner' }), testItem('pen', { sku: 'PEN', name: 'Pen', barcodes: ['PEN-BLUE'] })];
  const locations = [testLocation('b', null, { code: 'A-10', name: 'Back shelf' }), testLocation('a', null, { code: 'A-02', name: 'Front shelf' })];
  return {
    stocktake: { ...stocktake, blind },
    sheets: [
      { stocktakeId: 'st', locationId: 'b', updatedAt: '', lines: [{ itemId: 'pen', expected: 1234, counted: null }] },
      { stocktakeId: 'st', locationId: 'a', updatedAt: '', lines: [{ itemId: 'paper', expected: 5000, counted: null }, { itemId: 'toner', expected: 8, counted: null }] },
    ],
    items: new Map(items.map((item) => [item.id, item])),
    locations: new Map(locations.map((location) => [location.id, location])),
    levels: new Map(),
    moved: new Map(),
  };
}

const regional = { locale: 'en-US', language: 'en' } as const;

beforeAll(() => startI18n('en'));

describe('count sheets', () => {
  it('one sheet per place by shelf code, every line with its barcode drawn (EAN-13, or Code 128 of the barcode or SKU)', async () => {
    const html = renderReportHtml(await buildCountSheetsReport(view(true), 'Harbour Ltd', regional));
    expect([...html.matchAll(/data-location="([^"]+)"/g)].map((match) => match[1])).toEqual(['A-02', 'A-10']);
    const barcodes = [...html.matchAll(/<svg class="barcode"[\s\S]*?<\/svg>/g)].map((match) => match[0]);
    expect(barcodes).toHaveLength(3);
    for (const svg of barcodes) expect((svg.match(/<path /g) ?? []).length).toBeGreaterThan(0);
    expect(html).toContain('4006381333931');
    expect(html).toContain('T-05A');
    expect(html).toContain('PEN-BLUE');
  });

  it('shows the expected quantity only when the count is not blind', async () => {
    const blind = renderReportHtml(await buildCountSheetsReport(view(true), 'Harbour Ltd', regional));
    const open = renderReportHtml(await buildCountSheetsReport(view(false), 'Harbour Ltd', regional));
    expect(blind).not.toContain('Expected');
    expect(blind).not.toContain('1,234');
    expect(open).toContain('Expected');
    expect(open).toContain('1,234');
  });
});
