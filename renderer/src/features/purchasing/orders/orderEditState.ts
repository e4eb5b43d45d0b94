import type { IsoDate } from '../../../../../shared/dates';
import { addDays } from '../../../../../shared/purchasing/orderDrafts';
import type { OrderLine, PurchaseOrder, Supplier } from '../../../../../shared/purchasing/types';
import { dateText, readDate } from '../../../components/dateText';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';

/** The order's header as the form holds it: dates as typed. */
export type HeaderForm = {
  supplierId: string;
  orderDate: string;
  expectedDate: string;
  deliveryAddress: string;
  locationId: string;
  terms: string;
  notes: string;
  department: string;
};

export function headerFormOf(order: PurchaseOrder, regional: RegionalFormat): HeaderForm {
  return {
    supplierId: order.supplierId,
    orderDate: dateText(order.orderDate, regional),
    expectedDate: order.expectedDate ? dateText(order.expectedDate, regional) : '',
    deliveryAddress: order.deliveryAddress,
    locationId: order.locationId ?? '',
    terms: order.terms,
    notes: order.notes,
    department: order.department,
  };
}

/** The expected date a supplier's lead time gives an order date typed in the form; '' when the date is not readable. */
export function expectedFromLeadTime(orderDate: string, supplier: Supplier | undefined, regional: RegionalFormat): string {
  const reading = readDate(orderDate, regional);
  return reading.kind === 'date' && supplier ? dateText(addDays(reading.iso, supplier.leadTimeDays), regional) : '';
}

export type HeaderReading = { ok: true; header: Pick<PurchaseOrder, 'supplierId' | 'orderDate' | 'expectedDate' | 'deliveryAddress' | 'locationId' | 'terms' | 'notes' | 'department'> } | { ok: false; field: 'orderDate' | 'expectedDate' };

/** The form's header as order fields, or the date field that is not a date. */
export function readHeader(form: HeaderForm, regional: RegionalFormat): HeaderReading {
  const orderDate = readDate(form.orderDate, regional);
  if (orderDate.kind !== 'date') return { ok: false, field: 'orderDate' };
  const expected = readDate(form.expectedDate, regional);
  if (expected.kind === 'invalid') return { ok: false, field: 'expectedDate' };
  const expectedDate: IsoDate | null = expected.kind === 'date' ? expected.iso : null;
  return {
    ok: true,
    header: {
      supplierId: form.supplierId, orderDate: orderDate.iso, expectedDate, deliveryAddress: form.deliveryAddress, locationId: form.locationId || null,
      terms: form.terms, notes: form.notes, department: form.department,
    },
  };
}

/** What the user typed into an order and had not saved, kept when they go elsewhere in the app. */
export type UnsavedOrder = { form: HeaderForm; lines: OrderLine[] };

const unsavedOrders = new Map<string, UnsavedOrder>();

/** Keeps (or, with null, forgets) the unsaved edits of an order for this session. */
export function keepUnsaved(orderId: string, edits: UnsavedOrder | null): void {
  if (edits) unsavedOrders.set(orderId, edits);
  else unsavedOrders.delete(orderId);
}

/**
 * The edits kept for an order, once. They return even if the order changed meanwhile:
 * saving then asks the order's state again, so nothing typed is lost silently.
 */
export function takeUnsaved(orderId: string): UnsavedOrder | null {
  const kept = unsavedOrders.get(orderId) ?? null;
  unsavedOrders.delete(orderId);
  return kept;
}
