import type { BillLine, OrderLine, Supplier } from './types';

/** Basis points: 10 000 = 100 %. */
const whole = 10_000;

/** The tolerance that applies to a supplier: its own, else the purchasing settings' (basis points). */
export const toleranceFor = (supplier: Pick<Supplier, 'tolerance'> | undefined, settingsTolerance: number): number =>
  supplier?.tolerance ?? settingsTolerance;

/** How far above `expected` a quantity may go within the tolerance, rounded down to whole smallest units. */
export const allowanceOver = (expected: number, tolerance: number): number => Math.floor((expected * tolerance) / whole);

/** Whether `actual` stays within `expected` plus the tolerance. */
export const withinTolerance = (expected: number, actual: number, tolerance: number): boolean => actual <= expected + allowanceOver(expected, tolerance);

/**
 * Whether two prices (each per its own price unit) differ by more than the tolerance of
 * the order's price; compared by cross-multiplying, so nothing is rounded.
 */
export function priceDiffers(order: Pick<OrderLine, 'price' | 'priceUnit'>, billed: Pick<BillLine, 'price' | 'priceUnit'>, tolerance: number): boolean {
  const orderPerUnit = BigInt(order.price) * BigInt(billed.priceUnit);
  const billedPerUnit = BigInt(billed.price) * BigInt(order.priceUnit);
  const difference = billedPerUnit > orderPerUnit ? billedPerUnit - orderPerUnit : orderPerUnit - billedPerUnit;
  return difference * BigInt(whole) > orderPerUnit * BigInt(tolerance);
}

export type MatchFlag = 'quantityOverReceived' | 'priceDiffers';

/** The three-way comparison of one bill line with its order line and what was received. */
export type LineMatch = {
  ordered: number;
  received: number;
  /** Billed on earlier posted bills. */
  billedBefore: number;
  /** Billed on this bill. */
  billed: number;
  orderPrice: number;
  orderPriceUnit: number;
  billedPrice: number;
  billedPriceUnit: number;
  flags: MatchFlag[];
};

/**
 * Ordered vs received vs billed quantity, order vs billed price. Flags a quantity billed
 * (with earlier bills) beyond what was received plus the tolerance, and a price beyond
 * the tolerance of the order's price either way.
 */
export function matchBillLine(orderLine: OrderLine, billLine: Pick<BillLine, 'quantity' | 'price' | 'priceUnit'>, tolerance: number, billedBefore = orderLine.billed): LineMatch {
  const flags: MatchFlag[] = [];
  if (!withinTolerance(orderLine.received, billedBefore + billLine.quantity, tolerance)) flags.push('quantityOverReceived');
  if (priceDiffers(orderLine, billLine, tolerance)) flags.push('priceDiffers');
  return {
    ordered: orderLine.quantity,
    received: orderLine.received,
    billedBefore,
    billed: billLine.quantity,
    orderPrice: orderLine.price,
    orderPriceUnit: orderLine.priceUnit,
    billedPrice: billLine.price,
    billedPriceUnit: billLine.priceUnit,
    flags,
  };
}
