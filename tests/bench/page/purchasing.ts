// The purchasing benchmarks' page: seeds the purchasing book (tests/bench/purchasingBook.ts)
// into the app's own database, then times what reads only the tables. Other purchasing
// benchmarks seed through `bench.seed` and measure the app's screens on the same origin.
import { spendingReport, type SpendingGrouping } from '../../../shared/purchasing/spending';
import { BackofficeDb } from '../../../renderer/src/db/database';
import { createCompanyRepository } from '../../../renderer/src/db/repositories/companyRepository';
import { createLedgerRepository } from '../../../renderer/src/db/repositories/ledger';
import { loadOpenDeliveries, loadSpending } from '../../../renderer/src/features/purchasing/spending/spendingData';
import { purchasingBook, purchasingBookSizes, storePurchasingBook, type PurchasingBookSizes } from '../purchasingBook';

let db: BackofficeDb | undefined;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

const bench = {
  /**
   * A fresh company (default chart) in the database of that name, with the purchasing book;
   * milliseconds of building the records and of writing them, and what was written.
   */
  async seed(name: string, sizes: Partial<PurchasingBookSizes> = {}) {
    await new BackofficeDb(name).delete();
    db = new BackofficeDb(name);
    await createCompanyRepository(db).saveCompanySetup({ name: 'Bench Trading Kft.', address: '', taxNumber: '', baseCurrency: 'EUR', fiscalYearStart: { month: 1, day: 1 }, language: 'en' });
    await createLedgerRepository(db).ensureLedger();
    const built = await timed(async () => purchasingBook({ ...purchasingBookSizes, ...sizes }));
    const book = built.result;
    const stored = await timed(() => storePurchasingBook(db!, book));
    const orders = await db.purchaseOrders.count();
    if (orders !== book.purchaseOrders.length) throw new Error(`Stored ${orders} orders of ${book.purchaseOrders.length}.`);
    return {
      buildMs: built.ms,
      storeMs: stored.ms,
      items: book.items.length,
      suppliers: book.suppliers.length,
      orders,
      lines: book.purchaseOrders.reduce((sum, order) => sum + order.lines.length, 0),
      bills: book.purchaseBills.length,
    };
  },
  /** Milliseconds to read and group a period's spending (as the Spending tab does), with its total. */
  async spending(from: string, to: string, grouping: SpendingGrouping) {
    const { ms, result } = await timed(async () => spendingReport((await loadSpending(db!, { from, to })).lines, grouping));
    if (result.total <= 0) throw new Error('The period has no spending.');
    return { ms, total: result.total, groups: result.groups.length };
  },
  /** Milliseconds to find the deliveries still awaited on `today`, and how many. */
  async openDeliveries(today: string) {
    const { ms, result } = await timed(() => loadOpenDeliveries(db!, today));
    if (result.length === 0) throw new Error('No open deliveries.');
    return { ms, count: result.length, overdue: result.filter((delivery) => delivery.overdue).length };
  },
};

Object.assign(window, { bench });
document.body.dataset.ready = 'true';
