// Runs the app's own stock and stocktake repositories in the browser for the stocktake
// benchmark: a warehouse of many items in many places, a stocktake of all of it started,
// counted sheet by sheet and approved.
import type { CatalogItem } from '../../../shared/catalog/types';
import type { MovementDraft, StockLocation } from '../../../shared/stock';
import { newId, now, writeWithAudit } from '../../../renderer/src/db/audit';
import { BackofficeDb } from '../../../renderer/src/db/database';
import { createCompanyRepository } from '../../../renderer/src/db/repositories/companyRepository';
import { createLedgerRepository } from '../../../renderer/src/db/repositories/ledger';
import { createStockRepository } from '../../../renderer/src/db/repositories/stock';
import { createStocktakesRepository, type StocktakesRepository } from '../../../renderer/src/db/repositories/stocktakes';

let db: BackofficeDb | undefined;
let stocktakes: StocktakesRepository | undefined;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

const bench = {
  /** A company, its chart, `items` items spread over `places` places (one place each), opening stock. */
  async setUp(name: string, itemCount: number, placeCount: number) {
    await new BackofficeDb(name).delete();
    db = new BackofficeDb(name);
    const book = db;
    await createCompanyRepository(book).saveCompanySetup({ name: 'Bench Trading Kft.', address: '', taxNumber: '', baseCurrency: 'EUR', fiscalYearStart: { month: 1, day: 1 }, language: 'en' });
    const ledger = createLedgerRepository(book);
    await ledger.ensureLedger();
    const accounts = new Map((await ledger.listAccounts()).map((account) => [account.templateKey, account.id]));
    const at = now();
    const places: StockLocation[] = Array.from({ length: placeCount }, (_, index) => ({
      id: newId(), createdAt: at, updatedAt: at, name: `Shelf ${index + 1}`, code: `S-${String(index + 1).padStart(3, '0')}`, kind: 'shelf', parentId: null, archived: false,
    }));
    const items: CatalogItem[] = Array.from({ length: itemCount }, (_, index) => ({
      id: newId(), createdAt: at, updatedAt: at, sku: `SKU-${String(index + 1).padStart(5, '0')}`, name: `Bench item ${index + 1}`, categoryId: 'stationery',
      unit: { code: 'pcs', decimals: 0 }, packs: [{ name: 'box', contains: 12 }], barcodes: [`BC${String(index + 1).padStart(8, '0')}`], vatCodeId: null, accountId: null,
      reorderPoint: null, reorderQuantity: null, archived: false,
    }));
    await writeWithAudit(book, [book.items, book.locations, book.settings], 'itemsImported', async () => {
      await book.items.bulkAdd(items);
      await book.locations.bulkAdd(places);
      await book.settings.put({
        key: 'inventory', id: newId(), createdAt: at, updatedAt: at, lastStocktakeNumbers: {},
        inventoryAccountId: accounts.get('inventory')!, adjustmentAccountId: accounts.get('otherExpenses')!, receiptAccountId: accounts.get('payable')!, consumptionAccountId: accounts.get('officeSupplies')!,
      });
      return { result: undefined, recordIds: [] };
    });
    const openings: MovementDraft[] = items.map((item, index) => ({
      date: '2026-01-02', kind: 'opening', itemId: item.id, locationId: places[index % placeCount]!.id, quantity: 10 + (index % 90), value: (10 + (index % 90)) * 250, source: { kind: 'import' },
    }));
    await createStockRepository(book).record(openings);
    stocktakes = createStocktakesRepository(book);
  },
  /** Milliseconds to start a stocktake of everything (the snapshot into one sheet per place). */
  async start() {
    const { ms, result } = await timed(() => stocktakes!.startStocktake({ name: 'Bench count', scope: { kind: 'all' }, blind: true, tolerancePercent: 5 }));
    return { ms, id: result.id, lines: result.lineCount };
  },
  /** Counts every line (sheet by sheet, each its own save), most a little off; milliseconds of all saves. */
  async countAll(id: string) {
    const sheets = await stocktakes!.sheetsOf(id);
    const { ms } = await timed(async () => {
      for (const sheet of sheets) {
        await stocktakes!.saveCounts({ stocktakeId: id, locationId: sheet.locationId, counts: sheet.lines.map((line, index) => ({ itemId: line.itemId, counted: line.expected + (index % 3) - 1 })) });
      }
    });
    return ms;
  },
  /** Milliseconds to approve: the adjustments, their journal entry, the levels and the status. */
  async approve(id: string) {
    const { ms, result } = await timed(() => stocktakes!.approveStocktake(id, { uncountedMeansZero: false, date: '2026-03-20' }));
    if (result.status !== 'approved') throw new Error('The stocktake was not approved.');
    return ms;
  },
};

Object.assign(window, { bench });
document.body.dataset.ready = 'true';
