import type { VatCode } from '../ledger/types';
import { splitVat } from '../ledger/vat';
import { lineNet } from './orderTotals';
import type { PurchasingProblem } from './problems';
import type { OrderLine, PurchaseOrder } from './types';

/**
 * What an order's lines must be before they are saved, and what they come to: net and VAT
 * per VAT code, rounded the way the bill's journal entry rounds them, so the order, the
 * bill and the books agree to the cent.
 */

type CheckedLine = Pick<OrderLine, 'itemId' | 'description' | 'quantity' | 'unit' | 'price' | 'priceUnit' | 'vatCodeId'>;

/** Problems of one line (`line` is its 1-based position, for the message). */
export function orderLineProblems(line: CheckedLine, position: number, vatCodes: readonly VatCode[]): PurchasingProblem[] {
  const params = { line: String(position) };
  const problems: PurchasingProblem[] = [];
  if (line.itemId === null && line.description.trim() === '') problems.push({ code: 'orderLineWhat', params });
  if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) problems.push({ code: 'orderLineQuantity', params });
  if (!Number.isSafeInteger(line.price) || line.price < 0) problems.push({ code: 'orderLinePrice', params });
  if (!Number.isSafeInteger(line.priceUnit) || line.priceUnit < 1) problems.push({ code: 'orderLinePriceUnit', params });
  if (line.vatCodeId !== null) {
    const code = vatCodes.find((candidate) => candidate.id === line.vatCodeId);
    if (!code || code.kind !== 'input') problems.push({ code: 'orderLineVatCode', params });
  }
  return problems;
}

/** Problems of every line of an order, in line order. */
export function orderLinesProblems(lines: readonly CheckedLine[], vatCodes: readonly VatCode[]): PurchasingProblem[] {
  return lines.flatMap((line, index) => orderLineProblems(line, index + 1, vatCodes));
}

/** Net and VAT of the lines of one VAT code (vatCodeId null: lines without VAT). */
export type VatTotal = { vatCodeId: string | null; code: string; net: number; vat: number; gross: number };
export type OrderTotals = { perVat: VatTotal[]; net: number; vat: number; gross: number };

/** A line as it counts towards totals: its net, computed once (lineNet, half-even). */
export type PricedLine = { net: number; vatCodeId: string | null };

/**
 * Net and VAT per VAT code of already priced lines: the nets of a code are added first,
 * then the VAT of that sum is rounded once (splitVat, half-up), as the bill's entry books
 * it. Codes in the order of the VAT code list; lines without a code last.
 */
export function vatTotalsOf(lines: readonly PricedLine[], vatCodes: readonly VatCode[], currency: string): VatTotal[] {
  const nets = new Map<string | null, number>();
  for (const line of lines) nets.set(line.vatCodeId, (nets.get(line.vatCodeId) ?? 0) + line.net);
  const totals: VatTotal[] = [];
  for (const code of vatCodes) {
    const net = nets.get(code.id);
    if (net === undefined) continue;
    const { tax } = splitVat(net, 'net', code.rate, currency);
    totals.push({ vatCodeId: code.id, code: code.code, net, vat: tax, gross: net + tax });
    nets.delete(code.id);
  }
  // Lines without a code, or with a code no longer in the list, carry no VAT.
  const rest = [...nets.values()].reduce((sum, net) => sum + net, 0);
  if (nets.size > 0) totals.push({ vatCodeId: null, code: '', net: rest, vat: 0, gross: rest });
  return totals;
}

/** Totals of an order: per VAT code, then all together. */
export function orderTotals(order: Pick<PurchaseOrder, 'lines' | 'currency'>, vatCodes: readonly VatCode[]): OrderTotals {
  const perVat = vatTotalsOf(
    order.lines.map((line) => ({ net: lineNet(line), vatCodeId: line.vatCodeId })),
    vatCodes,
    order.currency,
  );
  const net = perVat.reduce((sum, total) => sum + total.net, 0);
  const vat = perVat.reduce((sum, total) => sum + total.vat, 0);
  return { perVat, net, vat, gross: net + vat };
}
