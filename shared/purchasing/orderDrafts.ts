import type { IsoDate } from '../dates';
import type { OrderLine, PurchaseOrder, Supplier } from './types';

/** A new order line as the user or a suggestion gives it; what was received and billed starts at nothing. */
export type OrderLineDraft = Omit<OrderLine, 'id' | 'received' | 'billed' | 'closedShort'>;

/** A new order before it is numbered and stored. */
export type OrderDraft = {
  supplierId: string;
  orderDate: IsoDate;
  /** Null: from the supplier's lead time. */
  expectedDate?: IsoDate | null;
  deliveryAddress?: string;
  locationId?: string | null;
  terms?: string;
  notes?: string;
  department?: string;
  lines: OrderLineDraft[];
};

/** The day `days` after `date` (lead times, payment terms). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** A draft order as stored: numbered, with the supplier's name and the expected date from its lead time. */
export function draftOrderRecord(
  draft: OrderDraft,
  supplier: Supplier,
  stamp: { id: string; at: string; number: string; currency: string; lineId: () => string; deliveryAddress: string; terms: string; locationId: string | null },
): PurchaseOrder {
  return {
    id: stamp.id,
    createdAt: stamp.at,
    updatedAt: stamp.at,
    number: stamp.number,
    supplierId: supplier.id,
    supplierName: supplier.name,
    status: 'draft',
    orderDate: draft.orderDate,
    expectedDate: draft.expectedDate ?? addDays(draft.orderDate, supplier.leadTimeDays),
    deliveryAddress: draft.deliveryAddress ?? stamp.deliveryAddress,
    locationId: draft.locationId ?? stamp.locationId,
    currency: stamp.currency,
    terms: draft.terms ?? stamp.terms,
    notes: draft.notes ?? '',
    department: draft.department ?? '',
    lines: draft.lines.map((line) => ({ ...line, id: stamp.lineId(), received: 0, billed: 0, closedShort: false })),
    receiptIds: [],
    billIds: [],
    orderedAt: null,
    closedAt: null,
    cancelledAt: null,
  };
}
