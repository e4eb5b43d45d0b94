import { parseQuantity, quantityDecimalText } from '../../../../../shared/catalog/quantities';
import type { StockUnit } from '../../../../../shared/catalog/types';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';
import type { BillLine, PurchaseBill, PurchaseOrder } from '../../../../../shared/purchasing/types';
import { amountText, readAmount } from '../../../components/amountText';
import { dateText, readDate } from '../../../components/dateText';

/** A bill line as typed: quantity and price as text, the unit it is counted in. */
export type TypedBillLine = Omit<BillLine, 'quantity' | 'price' | 'vatCodeId' | 'accountId'> & { quantity: string; price: string; vatCodeId: string; accountId: string; unit: StockUnit };
export type TypedBill = { number: string; billDate: string; dueDate: string; note: string; lines: TypedBillLine[] };

const extraUnit: StockUnit = { code: 'pcs', decimals: 0 };

/** The unit a bill line counts in: its order line's, or pieces for an extra line. */
export function unitOfLine(line: Pick<BillLine, 'orderLineId'>, orders: readonly PurchaseOrder[]): StockUnit {
  const orderLine = line.orderLineId === null ? undefined : orders.flatMap((order) => order.lines).find((candidate) => candidate.id === line.orderLineId);
  return orderLine?.unit ?? extraUnit;
}

export function typedLine(line: BillLine, orders: readonly PurchaseOrder[], currency: string, regional: RegionalFormat): TypedBillLine {
  const unit = unitOfLine(line, orders);
  return { ...line, unit, quantity: quantityDecimalText(line.quantity, unit), price: amountText(line.price, currency, regional), vatCodeId: line.vatCodeId ?? '', accountId: line.accountId ?? '' };
}

/** A stored or new bill as the form shows it. */
export function typedBill(bill: PurchaseBill, orders: readonly PurchaseOrder[], regional: RegionalFormat): TypedBill {
  return {
    number: bill.number,
    billDate: dateText(bill.billDate, regional),
    dueDate: dateText(bill.dueDate, regional),
    note: bill.note,
    lines: bill.lines.map((line) => typedLine(line, orders, bill.currency, regional)),
  };
}

/** An extra line (freight, packing) with nothing typed yet. */
export function extraLine(id: string, vatCodeId: string): TypedBillLine {
  return { id, orderId: null, orderLineId: null, description: '', quantity: '1', price: '', priceUnit: 1, vatCodeId, accountId: '', unit: extraUnit };
}

export type BillFormErrors = Record<string, string>;

/**
 * The bill the typed form stands for, with message keys of what cannot be read (per
 * field, and per line as `<line id>.quantity`); lines that cannot be read keep their old
 * figures in the result, so totals stay shown while the user corrects them.
 */
export function readBill(base: PurchaseBill, typed: TypedBill, regional: RegionalFormat): { bill: PurchaseBill; errors: BillFormErrors } {
  const errors: BillFormErrors = {};
  const billDate = readDate(typed.billDate, regional);
  const dueDate = readDate(typed.dueDate, regional);
  if (typed.number.trim() === '') errors.number = 'purchasing.bills.errors.number';
  if (billDate.kind !== 'date') errors.billDate = 'purchasing.bills.errors.date';
  if (dueDate.kind !== 'date') errors.dueDate = 'purchasing.bills.errors.date';
  const lines = typed.lines.map((line): BillLine => {
    const quantity = parseQuantity(line.quantity, line.unit);
    const price = readAmount(line.price, base.currency, regional);
    if (!quantity.ok || quantity.value === 0) errors[`${line.id}.quantity`] = 'purchasing.bills.errors.quantity';
    if (price.kind !== 'amount') errors[`${line.id}.price`] = 'purchasing.bills.errors.price';
    if (line.orderLineId === null && line.description.trim() === '') errors[`${line.id}.description`] = 'purchasing.bills.errors.description';
    return {
      id: line.id, orderId: line.orderId, orderLineId: line.orderLineId, description: line.description.trim(), priceUnit: line.priceUnit,
      quantity: quantity.ok ? quantity.value : 0, price: price.kind === 'amount' ? price.minor : 0,
      vatCodeId: line.vatCodeId === '' ? null : line.vatCodeId, accountId: line.accountId === '' ? null : line.accountId,
    };
  });
  return {
    bill: {
      ...base,
      number: typed.number.trim(),
      billDate: billDate.kind === 'date' ? billDate.iso : base.billDate,
      dueDate: dueDate.kind === 'date' ? dueDate.iso : base.dueDate,
      note: typed.note.trim(),
      lines,
    },
    errors,
  };
}
