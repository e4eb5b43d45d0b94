import { isIsoDate, type IsoDate } from '../dates';
import type { MovementDraft } from '../stock/valuation';
import { allowanceOver, withinTolerance } from './matching';
import { orderRefusal, statusFromLines, stillToReceive } from './orderStates';
import { lineNet } from './orderTotals';
import type { PurchasingProblem } from './problems';
import type { OrderLine, PurchaseOrder, ReceiptLine } from './types';

/** What arrived of one order line, and where it was put. */
export type ReceiveLine = { orderLineId: string; quantity: number; locationId: string | null };

/** A delivery as the receive screen gives it; `receiptId` is chosen by the screen before saving. */
export type ReceiveInput = {
  receiptId: string;
  orderId: string;
  date: IsoDate;
  deliveryNote: string;
  note?: string;
  lines: ReceiveLine[];
  /** Lines whose missing rest is no longer expected (closed short); the others stay open as a backorder. */
  closeShort: string[];
  /** The user confirmed taking in more than ordered plus the tolerance. */
  allowOver?: boolean;
};

/** An order line that came in above what was ordered: shown, and beyond the tolerance confirmed by the user. */
export type OverDelivery = { orderLineId: string; description: string; ordered: number; received: number; beyondTolerance: boolean };

/** Lines receiving more than ordered, and whether it is beyond the tolerance. */
export function overDeliveries(order: Pick<PurchaseOrder, 'lines'>, lines: readonly ReceiveLine[], tolerance: number): OverDelivery[] {
  const byId = new Map(order.lines.map((line) => [line.id, line]));
  const found: OverDelivery[] = [];
  for (const input of lines) {
    const line = byId.get(input.orderLineId);
    if (!line || !(input.quantity > 0)) continue;
    const received = line.received + input.quantity;
    if (received > line.quantity) {
      found.push({ orderLineId: line.id, description: line.description, ordered: line.quantity, received, beyondTolerance: !withinTolerance(line.quantity, received, tolerance) });
    }
  }
  return found;
}

/** What may still come in of a line without confirmation: the rest plus the tolerance. */
export const receivableWithinTolerance = (line: OrderLine, tolerance: number): number =>
  line.closedShort ? 0 : Math.max(0, line.quantity + allowanceOver(line.quantity, tolerance) - line.received);

/**
 * Everything wrong with a delivery before anything is written: the order's state, unknown
 * or repeated lines, quantities that are not whole positive smallest units, lines without
 * a place, over-deliveries beyond the tolerance the user did not confirm.
 */
export function receiptProblems(order: PurchaseOrder, input: ReceiveInput, tolerance: number): PurchasingProblem[] {
  const refusal = orderRefusal(order, 'receive');
  if (refusal) return [refusal];
  const problems: PurchasingProblem[] = [];
  if (!isIsoDate(input.date)) problems.push({ code: 'receiptDateInvalid', params: { date: String(input.date) } });
  const byId = new Map(order.lines.map((line) => [line.id, line]));
  const seen = new Set<string>();
  for (const entry of input.lines) {
    const line = byId.get(entry.orderLineId);
    if (!line) {
      problems.push({ code: 'receiptLineUnknown', params: { number: order.number } });
      continue;
    }
    if (seen.has(line.id)) problems.push({ code: 'receiptLineTwice', params: { line: line.description } });
    seen.add(line.id);
    if (!Number.isSafeInteger(entry.quantity) || entry.quantity <= 0) problems.push({ code: 'receiptQuantityInvalid', params: { line: line.description } });
    else if (line.closedShort) problems.push({ code: 'receiptLineClosed', params: { line: line.description } });
    if (line.itemId !== null && !entry.locationId) problems.push({ code: 'receiptLocationMissing', params: { line: line.description } });
  }
  for (const id of input.closeShort) if (!byId.has(id)) problems.push({ code: 'receiptLineUnknown', params: { number: order.number } });
  if (input.lines.length === 0 && input.closeShort.length === 0) problems.push({ code: 'receiptNothing', params: { number: order.number } });
  if (problems.length === 0 && !input.allowOver) {
    for (const over of overDeliveries(order, input.lines, tolerance)) {
      if (over.beyondTolerance) problems.push({ code: 'receiptOverQuantity', params: { line: over.description, ordered: String(over.ordered), received: String(over.received) } });
    }
  }
  return problems;
}

/**
 * The order after the delivery (received quantities, lines closed short, status) and the
 * receipt's lines, each at its cost: the order price of the quantity, rounded once per line.
 * Call after `receiptProblems` found nothing.
 */
export function applyReceipt(order: PurchaseOrder, input: ReceiveInput, at: string): { order: PurchaseOrder; lines: ReceiptLine[] } {
  const quantities = new Map(input.lines.map((line) => [line.orderLineId, line]));
  const closing = new Set(input.closeShort);
  const receiptLines: ReceiptLine[] = [];
  const lines = order.lines.map((line): OrderLine => {
    const entry = quantities.get(line.id);
    let next = line;
    if (entry) {
      receiptLines.push({ orderLineId: line.id, itemId: line.itemId, quantity: entry.quantity, value: lineNet(line, entry.quantity), locationId: entry.locationId ?? '' });
      next = { ...next, received: next.received + entry.quantity };
    }
    if (closing.has(line.id) && stillToReceive(next) > 0) next = { ...next, closedShort: true };
    return next;
  });
  const changed = { ...order, lines };
  return {
    order: { ...changed, status: statusFromLines(changed), receiptIds: [...order.receiptIds, input.receiptId], updatedAt: at },
    lines: receiptLines,
  };
}

/** The stock movements of a receipt: one 'receipt' per catalog-item line, at its cost; free-text lines move no stock. */
export function receiptMovements(receiptId: string, date: IsoDate, lines: readonly ReceiptLine[]): MovementDraft[] {
  return lines
    .filter((line) => line.itemId !== null)
    .map((line) => ({ date, kind: 'receipt', itemId: line.itemId!, locationId: line.locationId, quantity: line.quantity, value: line.value, source: { kind: 'receipt', id: receiptId } }));
}
