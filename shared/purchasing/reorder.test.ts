import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderQuantity, reorderDrafts, reorderNeed, reorderSuggestions, type ReorderItem } from './reorder';
import type { OrderLine, PurchaseOrder, Supplier, SupplierPrice } from './types';

const at = '2026-12-01T08:00:00.000Z';
const item = (id: string, extra: Partial<ReorderItem> = {}): ReorderItem => ({
  id, sku: id.toUpperCase(), name: `Item ${id}`, unit: { code: 'pcs', decimals: 0 }, packs: [], reorderPoint: 10, reorderQuantity: 50, archived: false, vatCodeId: null, ...extra,
});
const supplier = (id: string, name: string, archived = false): Supplier => ({
  id, name, archived, createdAt: at, updatedAt: at, otherNames: [], taxNumber: '', contacts: [], address: '', email: '', phone: '', paymentTermsDays: 30, leadTimeDays: 7, currency: 'EUR', tolerance: null, notes: '',
});
const price = (itemId: string, supplierId: string, extra: Partial<SupplierPrice> = {}): SupplierPrice => ({
  id: `${itemId}@${supplierId}`, createdAt: at, updatedAt: at, itemId, supplierId, preferred: true, supplierSku: `S-${itemId}`, price: 1250, priceUnit: 100, currency: 'EUR',
  packSize: 1, minimumQuantity: 0, validFrom: '2026-01-01', history: [], ...extra,
});
const line = (itemId: string, quantity: number, received = 0, closedShort = false): OrderLine => ({
  id: `${itemId}-${quantity}`, itemId, description: itemId, supplierSku: '', quantity, unit: { code: 'pcs', decimals: 0 }, price: 0, priceUnit: 1, vatCodeId: null, accountId: null,
  received, billed: 0, closedShort, requestIds: [],
});
const order = (status: PurchaseOrder['status'], lines: OrderLine[]) => ({ status, lines });

describe('reorder suggestions', () => {
  it('counts on hand, what is still to come on open orders and drafts, and subtracts open requests', () => {
    const groups = reorderSuggestions({
      items: [item('a', { reorderPoint: 20 })],
      onHand: new Map([['a', 12]]),
      orders: [
        order('ordered', [line('a', 10, 4)]),
        order('draft', [line('a', 3)]),
        order('partiallyReceived', [line('a', 5, 1, true)]),
        order('received', [line('a', 100, 100)]),
        order('cancelled', [line('a', 100)]),
        order('closed', [line('a', 100, 50, true)]),
      ],
      requests: [
        { status: 'open', itemId: 'a', quantity: 4 },
        { status: 'approved', itemId: 'a', quantity: 2 },
        { status: 'ordered', itemId: 'a', quantity: 50 },
        { status: 'rejected', itemId: 'a', quantity: 50 },
      ],
      prices: [],
      suppliers: [],
    });
    const [suggestion] = groups[0]!.suggestions;
    expect(suggestion).toMatchObject({ onHand: 12, onOrder: 9, requested: 6, available: 15, reorderPoint: 20, need: 50, quantity: 50 });
  });

  it('suggests at the point, not above it, and never for archived items or items without a point', () => {
    const groups = reorderSuggestions({
      items: [item('at', { reorderPoint: 10 }), item('above', { reorderPoint: 10 }), item('old', { archived: true }), item('none', { reorderPoint: null })],
      onHand: new Map([['at', 10], ['above', 11]]),
      orders: [], requests: [], prices: [], suppliers: [],
    });
    expect(groups.flatMap((group) => group.suggestions.map((row) => row.item.id))).toEqual(['at']);
  });

  it('groups by preferred supplier by name (an item with prices but none preferred: its first), with the items without an active one last', () => {
    const groups = reorderSuggestions({
      items: [item('a'), item('b'), item('c'), item('d'), item('e')],
      onHand: new Map(),
      orders: [], requests: [],
      prices: [price('a', 'zeta', { preferred: false }), price('a', 'alpha'), price('b', 'alpha'), price('c', 'zeta', { preferred: false }), price('d', 'gone')],
      suppliers: [supplier('zeta', 'Zeta Kft.'), supplier('alpha', 'Alpha Bt.'), supplier('gone', 'Gone Ltd.', true)],
    });
    expect(groups.map((group) => [group.supplier?.name ?? null, group.suggestions.map((row) => row.item.id)])).toEqual([
      ['Alpha Bt.', ['a', 'b']], ['Zeta Kft.', ['c']], [null, ['d', 'e']],
    ]);
    expect(groups[2]!.suggestions.every((row) => row.price === null)).toBe(true);
  });

  it('orders the reorder quantity, or enough to rise above the point, or up to the maximum level', () => {
    expect(reorderNeed({ reorderPoint: 10, reorderQuantity: 50, maxLevel: null }, 8)).toBe(50);
    expect(reorderNeed({ reorderPoint: 100, reorderQuantity: 50, maxLevel: null }, -20)).toBe(121);
    expect(reorderNeed({ reorderPoint: 10, reorderQuantity: null, maxLevel: 80 }, 4)).toBe(76);
    expect(reorderNeed({ reorderPoint: 10, reorderQuantity: null, maxLevel: 5 }, 4)).toBe(7);
    expect(reorderNeed({ reorderPoint: 10, reorderQuantity: null }, 4)).toBe(7);
  });

  it('rounds up to whole packs and to at least the minimum', () => {
    expect(orderQuantity(50, { packSize: 12, minimumQuantity: 0 })).toBe(60);
    expect(orderQuantity(48, { packSize: 12, minimumQuantity: 0 })).toBe(48);
    expect(orderQuantity(50, { packSize: 100, minimumQuantity: 250 })).toBe(300);
    expect(orderQuantity(5, { packSize: 1, minimumQuantity: 20 })).toBe(20);
    expect(orderQuantity(7, null)).toBe(7);
  });

  it('never orders less than needed, always whole packs, at least the minimum, and less than a pack more than that', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 1_000_000 }), (need, packSize, minimumQuantity) => {
        const quantity = orderQuantity(need, { packSize, minimumQuantity });
        expect(quantity).toBeGreaterThanOrEqual(need);
        expect(quantity).toBeGreaterThanOrEqual(minimumQuantity);
        expect(quantity % packSize).toBe(0);
        expect(quantity - Math.max(need, minimumQuantity)).toBeLessThan(packSize);
      }),
    );
  });

  it('lifts every suggested item above its reorder point once ordered', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: -5_000, max: 20_000 }), fc.option(fc.integer({ min: 1, max: 5_000 })), fc.option(fc.integer({ min: 0, max: 30_000 })), fc.integer({ min: 1, max: 500 }),
        (point, available, reorderQuantity, maxLevel, packSize) => {
          fc.pre(available <= point);
          const quantity = orderQuantity(reorderNeed({ reorderPoint: point, reorderQuantity, maxLevel }, available), { packSize, minimumQuantity: 0 });
          expect(available + quantity).toBeGreaterThan(point);
        },
      ),
    );
  });

  it('makes one draft per supplier with the supplier price and sku', () => {
    const a = item('a');
    const drafts = reorderDrafts(
      [
        { item: a, quantity: 300, supplierId: 'alpha', price: price('a', 'alpha') },
        { item: item('b'), quantity: 0, supplierId: 'alpha', price: null },
        { item: item('c'), quantity: 7, supplierId: 'zeta', price: null },
      ],
      '2026-12-03',
    );
    expect(drafts).toHaveLength(2);
    expect(drafts[0]!.lines).toEqual([expect.objectContaining({ itemId: 'a', quantity: 300, price: 1250, priceUnit: 100, supplierSku: 'S-a', requestIds: [] })]);
    expect(drafts[1]!.lines[0]).toMatchObject({ itemId: 'c', quantity: 7, price: 0, priceUnit: 1 });
  });
});
