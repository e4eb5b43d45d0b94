import type { Benchmark } from './measure';
import { purchasingBookToday } from './purchasingBook';
import { openPurchasingSite, type PurchasingSite, type SeedSummary } from './purchasingSite';

/**
 * Purchasing at scale (5,000 items, 300 suppliers, 20,000 orders of 100,000 lines, about
 * 17,000 posted bills) in a persistent Chromium profile: writing the book, a year's
 * spending read and grouped as the Spending tab does it, and the Spending tab opened on
 * screen (click → total shown, with the open deliveries).
 */
export function purchasingBenchmark(): Benchmark {
  let site: PurchasingSite | undefined;
  let seeded: SeedSummary | undefined;

  return {
    name: 'purchasing',
    async prepare() {
      site = await openPurchasingSite('spending');
    },
    async run() {
      seeded = await site!.seed();
      const byCategory = await site!.call<{ ms: number }>('spending', '2025-01-01', '2025-12-31', 'category');
      const deliveries = await site!.call<{ ms: number; count: number; overdue: number }>('openDeliveries', purchasingBookToday);
      const page = await site!.app('#/purchasing/orders');
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.getByRole('navigation', { name: 'Purchasing pages' }).waitFor();
      // A string, not a function: the bench runs under tsx, whose helpers must not reach the page.
      const screenMs = (await page.evaluate(`new Promise((resolve) => {
        const start = performance.now();
        const done = () => document.querySelector('[data-testid="spending"][aria-busy="false"] [data-testid="spending-total"], [data-testid="spending"][aria-busy="false"] [data-testid="report-empty"]');
        const observer = new MutationObserver(() => {
          if (done()) { observer.disconnect(); resolve(performance.now() - start); }
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        location.hash = '#/purchasing/spending';
      })`)) as number;
      return {
        [`write the book (${seeded.orders} orders, ${seeded.lines} lines, ${seeded.bills} bills)`]: seeded.storeMs,
        'spending of 2025 read and grouped by category (bills and their orders)': byCategory.ms,
        [`open deliveries (${deliveries.count} orders, ${deliveries.overdue} late)`]: deliveries.ms,
        'Spending tab on screen, this year (click → total)': screenMs,
      };
    },
    async cleanup() {
      await site?.close();
    },
  };
}
