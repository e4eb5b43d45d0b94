import type { IsoDate } from '../dates';
import type { Rate } from '../money';
import type { JournalEntry, VatCode } from './types';

/**
 * Base and tax per VAT code and currency. A line with a VAT code on the code's own account
 * is tax; any other line with the code is base. Input VAT counts debits positive (purchases),
 * output VAT credits positive (sales); a refund or reversal counts against.
 */
export type VatSummaryRow = { vatCodeId: string; code: string; name: string; kind: 'input' | 'output'; rate: Rate; currency: string; base: number; tax: number };

export type VatSummaryTotals = { currency: string; inputBase: number; inputTax: number; outputBase: number; outputTax: number; /** output tax − input tax: to pay when positive */ netTax: number };

export type VatSummary = { from: IsoDate; to: IsoDate; rows: VatSummaryRow[]; totals: VatSummaryTotals[]; /** VAT code ids on lines that no known code has */ unknownCodes: string[] };

export function vatSummary(input: { vatCodes: readonly VatCode[]; entries: readonly JournalEntry[]; from: IsoDate; to: IsoDate }): VatSummary {
  const { from, to } = input;
  const codes = new Map(input.vatCodes.map((code) => [code.id, code]));
  const rows = new Map<string, VatSummaryRow>();
  const unknown = new Set<string>();
  for (const entry of input.entries) {
    if (entry.status !== 'posted' || entry.date < from || entry.date > to) continue;
    for (const line of entry.lines) {
      if (line.vatCode === undefined) continue;
      const code = codes.get(line.vatCode);
      if (!code) {
        unknown.add(line.vatCode);
        continue;
      }
      const currency = line.currency ?? entry.currency;
      const key = `${code.id}\u0000${currency}`;
      let row = rows.get(key);
      if (!row) {
        row = { vatCodeId: code.id, code: code.code, name: code.name, kind: code.kind, rate: code.rate, currency, base: 0, tax: 0 };
        rows.set(key, row);
      }
      const amount = code.kind === 'input' ? line.debit - line.credit : line.credit - line.debit;
      if (line.accountId === code.accountId) row.tax += amount;
      else row.base += amount;
    }
  }
  const sorted = [...rows.values()].sort((a, b) => (a.kind !== b.kind ? (a.kind === 'input' ? -1 : 1) : a.code.localeCompare(b.code) || (a.currency < b.currency ? -1 : 1)));
  const totals = new Map<string, VatSummaryTotals>();
  for (const row of sorted) {
    const total = totals.get(row.currency) ?? { currency: row.currency, inputBase: 0, inputTax: 0, outputBase: 0, outputTax: 0, netTax: 0 };
    if (row.kind === 'input') {
      total.inputBase += row.base;
      total.inputTax += row.tax;
    } else {
      total.outputBase += row.base;
      total.outputTax += row.tax;
    }
    total.netTax = total.outputTax - total.inputTax;
    totals.set(row.currency, total);
  }
  return { from, to, rows: sorted, totals: [...totals.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1)), unknownCodes: [...unknown].sort() };
}
