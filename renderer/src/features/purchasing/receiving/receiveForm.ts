import { parseQuantity, quantityDecimalText, type QuantityError } from '../../../../../shared/catalog/quantities';
import { stillToReceive } from '../../../../../shared/purchasing/orderStates';
import { overDeliveries, type OverDelivery, type ReceiveLine } from '../../../../../shared/purchasing/receiving';
import type { OrderLine, PurchaseOrder } from '../../../../../shared/purchasing/types';

/** One open line on the receive screen as typed: the quantity arriving, where it goes, and what happens to a shortfall. */
export type ReceiveRow = { quantity: string; locationId: string; closeShort: boolean };

/** The lines still expected: not closed short and not all in. */
export const openLines = (order: PurchaseOrder): OrderLine[] => order.lines.filter((line) => stillToReceive(line) > 0);

/** Every open line prefilled with what is still to receive, into the order's place (free text needs none). */
export function initialRows(order: PurchaseOrder, defaultLocationId: string | null): Record<string, ReceiveRow> {
  return Object.fromEntries(
    openLines(order).map((line) => [line.id, { quantity: quantityDecimalText(stillToReceive(line), line.unit), locationId: line.itemId === null ? '' : (order.locationId ?? defaultLocationId ?? ''), closeShort: false }]),
  );
}

export type ReadRows = {
  lines: ReceiveLine[];
  closeShort: string[];
  /** Per line: why its quantity or place cannot be read. */
  errors: Record<string, QuantityError | 'location'>;
  /** Per line: what arrives of it, when it can be read. */
  quantities: Record<string, number>;
  over: OverDelivery[];
};

/** What the typed rows say: lines to receive (an empty or zero quantity receives nothing), lines to close short, and what is wrong. */
export function readRows(order: PurchaseOrder, rows: Record<string, ReceiveRow>, tolerance: number): ReadRows {
  const read: ReadRows = { lines: [], closeShort: [], errors: {}, quantities: {}, over: [] };
  for (const line of openLines(order)) {
    const row = rows[line.id];
    if (!row) continue;
    const typed = row.quantity.trim();
    const parsed = typed === '' ? { ok: true as const, value: 0 } : parseQuantity(typed, line.unit);
    if (!parsed.ok) {
      read.errors[line.id] = parsed.error;
      continue;
    }
    read.quantities[line.id] = parsed.value;
    if (parsed.value > 0) {
      if (line.itemId !== null && row.locationId === '') read.errors[line.id] = 'location';
      read.lines.push({ orderLineId: line.id, quantity: parsed.value, locationId: line.itemId === null ? null : row.locationId });
    }
    if (row.closeShort && parsed.value < stillToReceive(line)) read.closeShort.push(line.id);
  }
  read.over = overDeliveries(order, read.lines, tolerance);
  return read;
}
