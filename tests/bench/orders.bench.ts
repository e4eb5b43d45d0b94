import type { Page } from '@playwright/test';
import type { Benchmark } from './measure';
import { median } from './measure';
import { bigOrderId } from './purchasingBook';
import { openPurchasingSite, type PurchasingSite } from './purchasingSite';

/**
 * Purchase orders on screen over the purchasing book (5,000 items, 300 suppliers, 20,000
 * orders of 100,000 lines), in a persistent Chromium profile: the order list filtering as
 * the user types, opening the order of 300 lines, changing one of its lines, and receiving
 * all 300 lines. Each is timed in the page, from the user's action to the screen showing
 * its outcome; the book is seeded afresh each run, so every receipt is the first.
 */

/**
 * Milliseconds from `act` (a script run in the page) to `done` (a script returning true
 * once the screen shows the outcome), watched on every DOM change. Scripts are strings:
 * the bench runs under tsx, whose helpers must not reach the page.
 */
async function timedInPage(page: Page, act: string, done: string): Promise<number> {
  return (await page.evaluate(`new Promise((resolve, reject) => {
    const isDone = () => { try { return (${done}); } catch { return false; } };
    let start = 0;
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error('The screen did not show the outcome: ' + ${JSON.stringify(done)})); }, 120000);
    const observer = new MutationObserver(() => {
      if (start > 0 && isDone()) { observer.disconnect(); clearTimeout(timer); resolve(performance.now() - start); }
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    start = performance.now();
    (${act});
  })`)) as number;
}

/** Sets an input's value as typing does (React listens to the native setter's input event). */
const typeInto = (selector: string, value: string) => `(() => {
  const input = document.querySelector(${JSON.stringify(selector)});
  input.focus();
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(value)});
  input.dispatchEvent(new Event('input', { bubbles: true }));
})()`;

const countText = `document.querySelector('.list-count')?.textContent ?? ''`;

export function ordersBenchmark(): Benchmark {
  let site: PurchasingSite | undefined;

  return {
    name: 'orders',
    async prepare() {
      site = await openPurchasingSite('orders');
    },
    async run() {
      const seeded = await site!.seed();
      const page = await site!.app('#/purchasing/orders');
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.locator('.list-count').waitFor();
      const find = page.getByLabel('Find', { exact: true });
      const findSelector = `#${await find.getAttribute('id')}`;

      // Each search narrows or widens the list; timed until the count under it says so.
      const searches = ['supplier 12', 'supplier 123', 'BI-00042', 'PO-2026', ''];
      const filterMs: number[] = [];
      for (const text of searches) {
        const before = await page.evaluate(countText);
        filterMs.push(await timedInPage(page, typeInto(findSelector, text), `${countText} !== ${JSON.stringify(before)}`));
      }

      const hash = `#/purchasing/orders/${bigOrderId}`;
      const openMs = await timedInPage(
        page,
        `location.hash = ${JSON.stringify(hash)}`,
        `document.querySelector('[data-testid="order-totals"]') !== null && document.querySelectorAll('[data-testid="order-lines"] [data-testid="line-total"]').length > 10`,
      );

      // Line 1's quantity changed and the field left: the order's totals follow.
      // The grid's inputs are labelled, not given ids.
      const quantitySelector = '[data-line="1"] input[aria-label="Line 1: quantity"]';
      const totalsBefore = await page.evaluate(`document.querySelector('[data-testid="order-totals"]').textContent`);
      const editMs = await timedInPage(
        page,
        // Focused first, as a person's click does: only a focused field is left by blur().
        `(() => { document.querySelector(${JSON.stringify(quantitySelector)}).focus(); ${typeInto(quantitySelector, '997')}; document.querySelector(${JSON.stringify(quantitySelector)}).blur(); })()`,
        `document.querySelector('[data-testid="order-totals"]').textContent !== ${JSON.stringify(totalsBefore)}`,
      );
      await page.getByRole('button', { name: 'Revert', exact: false }).first().click().catch(() => undefined);

      // Everything still to receive, as the receive page proposes it, saved at once.
      await page.evaluate(`location.hash = ${JSON.stringify(`${hash}/receive`)}`);
      const save = page.locator('form button[type="submit"]').first();
      await save.waitFor();
      const lineCount = await page.locator('form tbody tr').count();
      const receiveMs = await timedInPage(page, `document.querySelector('form button[type="submit"]').click()`, `location.hash === ${JSON.stringify(hash)} && document.querySelector('[data-testid="order-receipts"]') !== null`);
      const receipts = await page.locator('[data-testid="order-receipts"] li').count();
      if (receipts !== 1) throw new Error(`Receiving stored ${receipts} receipts.`);

      return {
        [`order list over ${seeded.orders} orders: search typed → count shown (median of ${searches.length})`]: median(filterMs),
        [`order of 300 lines: opened → lines and totals shown`]: openMs,
        'order of 300 lines: one quantity changed → totals shown': editMs,
        [`receive all (${lineCount} lines): Save → order shows the receipt`]: receiveMs,
      };
    },
    async cleanup() {
      await site?.close();
    },
  };
}
