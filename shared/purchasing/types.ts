import type { IsoDate } from '../dates';
import type { StockUnit } from '../catalog/types';

/**
 * Purchasing records: suppliers and their prices, requests, purchase orders, goods
 * receipts and supplier bills. Quantities are exact integers in the item's smallest stock
 * unit (shared/catalog/types.ts; a free-text line has its own unit); money is integer minor
 * units of the order's currency, which is the book's base currency.
 */

/** A person to talk to at a supplier. */
export type SupplierContact = { name: string; role: string; email: string; phone: string };

/**
 * A supplier: the one party record purchasing, bookkeeping (payee of bills and payments,
 * aged payables) and documents share. Bookkeeping knows a supplier by name: bills and
 * payments carry it as their payee; `otherNames` keeps earlier names and spellings
 * bookkeeping used, so aged payables still groups their bills under this supplier.
 */
export type Supplier = {
  id: string;
  createdAt: string;
  updatedAt: string;
  name: string;
  otherNames: string[];
  taxNumber: string;
  contacts: SupplierContact[];
  /** Postal address, several lines. */
  address: string;
  /** Where orders are e-mailed. */
  email: string;
  phone: string;
  /** Days from the bill's date to its due date. */
  paymentTermsDays: number;
  /** Days from ordering to delivery, usually. */
  leadTimeDays: number;
  /** ISO 4217 code the supplier bills in. */
  currency: string;
  /**
   * How far a billed price or quantity may exceed the order or receipt before the bill
   * is flagged, in basis points (100 = 1 %); null: the purchasing settings' tolerance.
   */
  tolerance: number | null;
  notes: string;
  /** Archived suppliers stay on their orders, bills and payments but are not offered anew. */
  archived: boolean;
};

/** One earlier price of a supplier price, kept when the price changes. */
export type PriceChange = { price: number; priceUnit: number; validFrom: IsoDate; changedAt: string };

/**
 * What a supplier charges for a catalog item. `price` is net of VAT, in minor units, for
 * `priceUnit` smallest stock units (a box of 100 pieces at 12.50: price 1250, priceUnit
 * 100); orders go in whole multiples of `packSize` and at least `minimumQuantity`.
 */
export type SupplierPrice = {
  id: string;
  createdAt: string;
  updatedAt: string;
  itemId: string;
  supplierId: string;
  /** One price per item is the preferred one: reorder suggestions order from it. */
  preferred: boolean;
  supplierSku: string;
  price: number;
  priceUnit: number;
  currency: string;
  /** Smallest stock units the supplier sells together (1 when sold singly). */
  packSize: number;
  /** Smallest stock units, 0 when there is no minimum. */
  minimumQuantity: number;
  /** The day the current price applies from. */
  validFrom: IsoDate;
  /** Earlier prices, oldest first. */
  history: PriceChange[];
};

export const requestStatuses = ['open', 'approved', 'rejected', 'ordered'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/** Someone's note of a need: an item or free text, approved, rejected or turned into an order line. */
export type PurchaseRequest = {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** "RQ-2026-0007", per year. */
  number: string;
  itemId: string | null;
  /** The item's name when it was asked for, or the free text. */
  description: string;
  quantity: number;
  unit: StockUnit;
  requestedBy: string;
  department: string;
  neededBy: IsoDate | null;
  status: RequestStatus;
  /** Why it was rejected or what was decided. */
  decisionNote: string;
  decidedAt: string | null;
  /** Set once ordered: the order and its line. */
  orderId: string | null;
  orderLineId: string | null;
};

export const orderStatuses = ['draft', 'ordered', 'partiallyReceived', 'received', 'closed', 'cancelled'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

/**
 * One line of a purchase order. `quantity`, `received` and `billed` are in smallest
 * units of `unit`; `price` is net, in minor units, per `priceUnit` of them (as on
 * SupplierPrice), so the line's net is quantity × price / priceUnit (shared/purchasing/orderTotals.ts).
 */
export type OrderLine = {
  id: string;
  /** A catalog item, or null for free text (a service, something not kept in the catalog). */
  itemId: string | null;
  description: string;
  supplierSku: string;
  quantity: number;
  unit: StockUnit;
  price: number;
  priceUnit: number;
  vatCodeId: string | null;
  /** Where a free-text line is booked when billed (an expense or asset account); items use their own or the inventory account. */
  accountId: string | null;
  received: number;
  billed: number;
  /** The user closed the line short: what was not delivered is no longer expected. */
  closedShort: boolean;
  /** The requests this line orders. */
  requestIds: string[];
};

export type PurchaseOrder = {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** "PO-2026-0042", per year of the order date, given when the order is created. */
  number: string;
  supplierId: string;
  /** The supplier's name when the order was last saved (lists show it without a lookup). */
  supplierName: string;
  status: OrderStatus;
  orderDate: IsoDate;
  /** From the supplier's lead time unless the user set it. */
  expectedDate: IsoDate | null;
  deliveryAddress: string;
  /** Where deliveries go unless the receipt says otherwise. */
  locationId: string | null;
  currency: string;
  /** Payment and delivery terms printed on the order. */
  terms: string;
  notes: string;
  department: string;
  lines: OrderLine[];
  receiptIds: string[];
  billIds: string[];
  orderedAt: string | null;
  closedAt: string | null;
  cancelledAt: string | null;
};

/** One line of a goods receipt: what arrived of one order line, and the cost it came in at. */
export type ReceiptLine = { orderLineId: string; itemId: string | null; quantity: number; value: number; locationId: string };

/**
 * A delivery taken in against one order. Its id is chosen before it is saved, so saving
 * the same receipt twice (a double click) stores it once.
 */
export type GoodsReceipt = {
  id: string;
  createdAt: string;
  /** "GR-2026-0011", per year. */
  number: string;
  orderId: string;
  date: IsoDate;
  lines: ReceiptLine[];
  /** The supplier's delivery note number. */
  deliveryNote: string;
  note: string;
  movementIds: string[];
  /** The journal entry the stock movements posted (goods received, not invoiced). */
  entryId: string | null;
};

/** One line of a supplier bill: what the supplier charges for one order line (or an extra line such as freight). */
export type BillLine = {
  id: string;
  orderId: string | null;
  orderLineId: string | null;
  description: string;
  quantity: number;
  price: number;
  priceUnit: number;
  vatCodeId: string | null;
  /** The account an extra line (no order line) is booked to. */
  accountId: string | null;
  /** The ordered item (null: none), kept when the bill is posted so spending need not read the order. */
  itemId?: string | null;
  /** The order's department ('' none), kept when the bill is posted, for the same reason. */
  department?: string;
};

export const billStatuses = ['draft', 'posted'] as const;
export type BillStatus = (typeof billStatuses)[number];

/** A supplier's invoice registered against one or more orders; posting it books the payable. */
export type PurchaseBill = {
  id: string;
  createdAt: string;
  updatedAt: string;
  supplierId: string;
  /** The supplier's invoice number. */
  number: string;
  billDate: IsoDate;
  dueDate: IsoDate;
  currency: string;
  orderIds: string[];
  lines: BillLine[];
  status: BillStatus;
  /** The payable entry, once posted. */
  entryId: string | null;
  postedAt: string | null;
  note: string;
  /** Once posted: its orders' receipts when it was posted (it bills their goods oldest first). */
  receiptIds?: string[];
};
