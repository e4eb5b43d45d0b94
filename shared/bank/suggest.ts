import { readStatementAmount, type DecimalStyle } from './amounts';
import { findTableStart, isBlankRow, looksLikeAmount, looksLikeDate, type CsvDelimiter } from './csv';
import { validateMapping, type AmountColumns, type ColumnMapping } from './mapping';
import { dateFormatsFitting, readStatementDate } from './statement-dates';

/**
 * A first guess at the column mapping, from the header's words (English, Russian, Hungarian)
 * and from what the cells hold. The user confirms or corrects it on the mapping screen.
 */

type Field = 'date' | 'valueDate' | 'description' | 'payee' | 'amount' | 'debit' | 'credit' | 'indicator' | 'balance' | 'reference';

/** Header titles per field, compared without accents and case. Earlier fields win a tie. */
const titles: [Field, string[]][] = [
  ['indicator', ['t/j', 'terheles/jovairas', 'debit/credit', 'dr/cr', 'д/к', 'cdtdbtind', 'type (debit/credit)']],
  ['date', ['date', 'transaction date', 'posting date', 'booking date', 'posted date', 'trans. date', 'дата', 'дата операции', 'дата проводки', 'дата транзакции', 'datum', 'konyveles datuma', 'konyvelesi datum', 'konyveles napja', 'tranzakcio datuma', 'terhelesi datum']],
  ['valueDate', ['value date', 'дата валютирования', 'ertéknap', 'erteknap', 'ertek nap']],
  ['debit', ['debit', 'debits', 'withdrawal', 'withdrawals', 'paid out', 'money out', 'списание', 'списания', 'расход', 'дебет', 'сумма по дебету', 'terheles', 'terhelesek', 'kiadas']],
  ['credit', ['credit', 'credits', 'deposit', 'deposits', 'paid in', 'money in', 'зачисление', 'зачисления', 'приход', 'поступление', 'кредит', 'сумма по кредиту', 'jovairas', 'jovairasok', 'bevetel']],
  ['amount', ['amount', 'transaction amount', 'сумма', 'сумма операции', 'сумма в валюте счета', 'osszeg', 'forgalom', 'tranzakcio osszege']],
  ['balance', ['balance', 'running balance', 'остаток', 'баланс', 'исходящий остаток', 'остаток после операции', 'egyenleg', 'uj egyenleg', 'konyvelt egyenleg', 'egyenleg a tranzakcio utan']],
  ['payee', ['payee', 'name', 'counterparty', 'beneficiary', 'merchant', 'payer', 'контрагент', 'получатель', 'плательщик', 'наименование контрагента', 'корреспондент', 'partner neve', 'partner', 'kedvezmenyezett', 'ellenoldali nev', 'ellenoldali szamlatulajdonos neve', 'partner nev']],
  ['description', ['description', 'details', 'memo', 'narrative', 'transaction details', 'particulars', 'назначение платежа', 'назначение', 'описание', 'описание операции', 'содержание операции', 'комментарий', 'kozlemeny', 'leiras', 'megjegyzes', 'tranzakcio leirasa', 'tranzakcio tipusa']],
  ['reference', ['reference', 'ref', 'ref.', 'transaction id', 'номер документа', '№ документа', 'номер', 'no. документа', 'hivatkozas', 'azonosito', 'tranzakcio azonosito', 'bizonylatszam', 'banki azonosito']],
];

/** Lower case, no accents, single spaces: "Könyvelés  dátuma" → "konyveles datuma". Й keeps its breve. */
function normalTitle(text: string): string {
  return text
    .normalize('NFD')
    .replace(/(?<=[a-z])[\u0300-\u036f]/gi, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .trim();
}

function titleScore(header: string, title: string): number {
  const h = normalTitle(header);
  const t = normalTitle(title);
  if (h === t) return 3;
  const words = h.split(/[^\p{L}\p{N}/№.]+/u).join(' ');
  return ` ${words} `.includes(` ${t} `) ? 2 : 0;
}

export type MappingSuggestion = {
  /** The full mapping when every required part was found; null otherwise. */
  mapping: ColumnMapping | null;
  /** What was found, to pre-fill the mapping form. */
  draft: Partial<ColumnMapping>;
  /** Required parts that were not found. */
  missing: ('date' | 'description' | 'amount' | 'dateFormat' | 'decimalStyle')[];
  /** Parts chosen among several readings that all fit the rows: the user should look. */
  unsure: ('dateFormat' | 'decimalStyle' | 'amount')[];
};

/** Guesses the mapping of a CSV's rows (as `readCsvRows` returns them). */
export function suggestMapping(csv: { rows: string[][]; delimiter: CsvDelimiter }): MappingSuggestion {
  const { rows, delimiter } = csv;
  const start = findTableStart(rows);
  const header = start.hasHeader ? (rows[start.skipRows] ?? []) : [];
  let data = rows.slice(start.skipRows + (start.hasHeader ? 1 : 0));
  const trailing = countTrailingRows(data);
  // The first few hundred rows say as much about the columns as ten thousand would.
  data = data.slice(0, data.length - trailing).filter((row) => !isBlankRow(row)).slice(0, 300);
  const width = Math.max(header.length, ...data.map((row) => row.length));
  const cellsOf = (col: number) => data.map((row) => (row[col] ?? '').trim());
  const isDates = remembered((col) => share(cellsOf(col), looksLikeDate) >= 0.9);
  // An empty column does not contradict an amount title: a month with no money in leaves "Credit" empty.
  const isAmounts = remembered((col) => cellsOf(col).every((cell) => cell === '') || share(cellsOf(col), looksLikeAmount) >= 0.9);

  const found = new Map<Field, number>();
  const candidates: { field: Field; col: number; score: number; order: number }[] = [];
  header.forEach((cell, col) =>
    titles.forEach(([field, names], order) => {
      const score = Math.max(...names.map((name) => titleScore(cell, name)));
      if (score === 0) return;
      const fits = field === 'date' || field === 'valueDate' ? isDates(col) : ['amount', 'debit', 'credit', 'balance'].includes(field) ? isAmounts(col) : true;
      if (fits) candidates.push({ field, col, score, order });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.order - b.order || a.col - b.col);
  const used = new Set<number>();
  for (const { field, col } of candidates) {
    if (found.has(field) || used.has(col)) continue;
    found.set(field, col);
    used.add(col);
  }
  if (!found.has('date') && found.has('valueDate')) found.set('date', found.get('valueDate') ?? 0);
  const guessed = guessFromValues(found, used, width, cellsOf, isDates, isAmounts);

  // Without titles, which of two amount columns is money out is a guess (the left one, as most banks print).
  const unsure: MappingSuggestion['unsure'] = guessed.includes('debit') ? ['amount'] : [];
  const amount = amountColumnsOf(found, cellsOf);
  const draft: Partial<ColumnMapping> = { delimiter, skipRows: start.skipRows, hasHeader: start.hasHeader };
  if (trailing > 0) draft.skipTrailingRows = trailing;
  const set = <K extends 'date' | 'description' | 'payee' | 'balance' | 'reference'>(key: K, field: Field) => {
    const col = found.get(field);
    if (col !== undefined) draft[key] = col;
  };
  set('date', 'date');
  set('description', 'description');
  set('payee', 'payee');
  set('balance', 'balance');
  set('reference', 'reference');
  if (amount) draft.amount = amount;

  if (draft.date !== undefined) {
    const formats = dateFormatsFitting(cellsOf(draft.date));
    if (formats[0]) draft.dateFormat = formats[0];
    const readings = new Set(formats.map((format) => cellsOf(draft.date ?? 0).map((cell) => readStatementDate(cell, format)).join()));
    if (readings.size > 1) unsure.push('dateFormat');
  }
  const amountCells = amount ? amountCellsOf(amount, draft.balance).flatMap(cellsOf) : [];
  const styles = decimalStylesFitting(amountCells, delimiter);
  if (styles[0]) draft.decimalStyle = styles[0];
  const amountReadings = new Set(styles.map((style) => amountCells.map((cell) => JSON.stringify(readStatementAmount(cell, style, 'EUR'))).join()));
  if (amountReadings.size > 1) unsure.push('decimalStyle');

  const missing: MappingSuggestion['missing'] = [];
  if (draft.date === undefined) missing.push('date');
  if (draft.description === undefined) missing.push('description');
  if (draft.amount === undefined) missing.push('amount');
  if (draft.dateFormat === undefined) missing.push('dateFormat');
  if (draft.decimalStyle === undefined) missing.push('decimalStyle');
  const mapping = missing.length === 0 && validateMapping(draft).length === 0 ? (draft as ColumnMapping) : null;
  return { mapping, draft, missing, unsure };
}

function remembered(test: (col: number) => boolean): (col: number) => boolean {
  const answers = new Map<number, boolean>();
  return (col) => {
    let answer = answers.get(col);
    if (answer === undefined) answers.set(col, (answer = test(col)));
    return answer;
  };
}

function share(cells: string[], test: (cell: string) => boolean): number {
  const filled = cells.filter((cell) => cell !== '');
  return filled.length === 0 ? 0 : filled.filter(test).length / filled.length;
}

/** Rows after the last transaction that are totals or notes, not transactions. */
function countTrailingRows(data: string[][]): number {
  let count = 0;
  for (let i = data.length - 1; i >= 0; i -= 1) {
    const row = data[i] ?? [];
    if (row.some(looksLikeDate) && row.some(looksLikeAmount)) break;
    count += 1;
  }
  return count === data.length ? 0 : count;
}

/** Without (usable) titles: the first all-dates column, amount-like columns in order, the wordiest text column. */
function guessFromValues(
  found: Map<Field, number>,
  used: Set<number>,
  width: number,
  cellsOf: (col: number) => string[],
  isDates: (col: number) => boolean,
  isAmounts: (col: number) => boolean,
): Field[] {
  const guessed: Field[] = [];
  const free = () => [...Array(width).keys()].filter((col) => !used.has(col));
  const take = (field: Field, col: number | undefined) => {
    if (col === undefined || found.has(field)) return;
    found.set(field, col);
    used.add(col);
    guessed.push(field);
  };
  take('date', free().find(isDates));
  if (!found.has('amount') && !(found.has('debit') && found.has('credit'))) {
    const numeric = free().filter((col) => isAmounts(col) && !isDates(col) && cellsOf(col).some((cell) => cell !== ''));
    const [first, second] = numeric;
    const filledIn = (col: number) => cellsOf(col).map((cell) => cell !== '');
    const complementary =
      first !== undefined && second !== undefined && filledIn(first).every((filled, i) => filled !== filledIn(second)[i]);
    if (complementary) {
      take('debit', first);
      take('credit', second);
    } else {
      take('amount', first);
    }
    if (!found.has('balance')) take('balance', free().find((col) => isAmounts(col) && cellsOf(col).every((cell) => cell !== '')));
  }
  const wordiness = (col: number) => cellsOf(col).reduce((sum, cell) => sum + (/\p{L}/u.test(cell) ? cell.length : 0), 0);
  const texts = free()
    .filter((col) => wordiness(col) > 0)
    .sort((a, b) => wordiness(b) - wordiness(a));
  take('description', texts[0]);
  return guessed;
}

function amountColumnsOf(found: Map<Field, number>, cellsOf: (col: number) => string[]): AmountColumns | undefined {
  const amount = found.get('amount');
  const debit = found.get('debit');
  const credit = found.get('credit');
  const indicator = found.get('indicator');
  if (amount !== undefined && indicator !== undefined) {
    const marks = new Set(cellsOf(indicator).map((cell) => cell.toUpperCase()));
    const debitMarks = ['T', 'D', 'DR', 'DBIT', 'DEBIT', 'Д', 'ДТ', '-'].filter((mark) => marks.has(mark));
    if (debitMarks.length > 0) return { kind: 'withIndicator', column: amount, indicator, debitMarks };
  }
  if (debit !== undefined && credit !== undefined) return { kind: 'debitCredit', debit, credit };
  return amount === undefined ? undefined : { kind: 'signed', column: amount };
}

function amountCellsOf(amount: AmountColumns, balance: number | undefined): number[] {
  const cols = amount.kind === 'debitCredit' ? [amount.debit, amount.credit] : [amount.column];
  return balance === undefined ? cols : [...cols, balance];
}

/**
 * Decimal styles that read every amount cell with two decimals at most. Where several do
 * ("1234,56" fits both comma styles), a ';' or tab file prefers the comma styles, and the
 * grouping seen in the cells picks between them.
 */
export function decimalStylesFitting(cells: string[], delimiter: CsvDelimiter): DecimalStyle[] {
  const filled = cells.filter((cell) => cell !== '');
  if (filled.length === 0) return [];
  const order: DecimalStyle[] =
    delimiter === ','
      ? ['1,234.56', '1 234,56', '1.234,56']
      : filled.some((cell) => /\d\.\d{3}(\D|$)/.test(cell))
        ? ['1.234,56', '1 234,56', '1,234.56']
        : ['1 234,56', '1.234,56', '1,234.56'];
  return order.filter((style) => filled.every((cell) => readStatementAmount(cell, style, 'EUR').ok));
}

