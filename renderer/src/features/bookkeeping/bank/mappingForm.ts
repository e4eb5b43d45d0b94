import {
  isBlankRow,
  readCsvRows,
  validateMapping,
  type ColumnMapping,
  type CsvDelimiter,
  type DecimalStyle,
  type StatementDateFormat,
} from '../../../../../shared/bank';

/**
 * The column-mapping form's values: every column a number or null (not chosen), the
 * amount as one of three layouts. Turned into a ColumnMapping only when complete and valid.
 */
export type MappingForm = {
  delimiter: CsvDelimiter;
  skipRows: number;
  hasHeader: boolean;
  skipTrailingRows: number;
  date: number | null;
  description: number | null;
  payee: number | null;
  balance: number | null;
  reference: number | null;
  amountKind: 'signed' | 'debitCredit' | 'withIndicator';
  amount: number | null;
  debit: number | null;
  credit: number | null;
  indicator: number | null;
  /** Marks meaning "money out" in the indicator column, comma separated ("T" for OTP). */
  debitMarks: string;
  invertSign: boolean;
  dateFormat: StatementDateFormat | null;
  decimalStyle: DecimalStyle | null;
};

export type MappingField = 'date' | 'description' | 'payee' | 'balance' | 'reference' | 'amount' | 'debit' | 'credit' | 'indicator';

/** The form pre-filled from a stored mapping or from suggestMapping's draft. */
export function formFromMapping(mapping: Partial<ColumnMapping>, delimiter: CsvDelimiter): MappingForm {
  const amount = mapping.amount;
  return {
    delimiter: mapping.delimiter ?? delimiter,
    skipRows: mapping.skipRows ?? 0,
    hasHeader: mapping.hasHeader ?? true,
    skipTrailingRows: mapping.skipTrailingRows ?? 0,
    date: mapping.date ?? null,
    description: mapping.description ?? null,
    payee: mapping.payee ?? null,
    balance: mapping.balance ?? null,
    reference: mapping.reference ?? null,
    amountKind: amount?.kind ?? 'signed',
    amount: amount?.kind === 'signed' || amount?.kind === 'withIndicator' ? amount.column : null,
    debit: amount?.kind === 'debitCredit' ? amount.debit : null,
    credit: amount?.kind === 'debitCredit' ? amount.credit : null,
    indicator: amount?.kind === 'withIndicator' ? amount.indicator : null,
    debitMarks: amount?.kind === 'withIndicator' ? amount.debitMarks.join(', ') : '',
    invertSign: mapping.invertSign ?? false,
    dateFormat: mapping.dateFormat ?? null,
    decimalStyle: mapping.decimalStyle ?? null,
  };
}

export type MappingReading = { ok: true; mapping: ColumnMapping } | { ok: false; missing: string[]; sameColumnTwice: boolean };

/** The mapping the form describes, or what is still missing. */
export function mappingFromForm(form: MappingForm): MappingReading {
  const missing: string[] = [];
  const need = (value: number | null, field: string) => {
    if (value === null) missing.push(field);
    return value ?? 0;
  };
  const date = need(form.date, 'date');
  const description = need(form.description, 'description');
  let amount: ColumnMapping['amount'];
  if (form.amountKind === 'signed') amount = { kind: 'signed', column: need(form.amount, 'amount') };
  else if (form.amountKind === 'debitCredit') amount = { kind: 'debitCredit', debit: need(form.debit, 'debit'), credit: need(form.credit, 'credit') };
  else {
    const debitMarks = form.debitMarks.split(',').map((mark) => mark.trim()).filter(Boolean);
    if (debitMarks.length === 0) missing.push('debitMarks');
    amount = { kind: 'withIndicator', column: need(form.amount, 'amount'), indicator: need(form.indicator, 'indicator'), debitMarks };
  }
  if (form.dateFormat === null) missing.push('dateFormat');
  if (form.decimalStyle === null) missing.push('decimalStyle');
  if (missing.length > 0) return { ok: false, missing, sameColumnTwice: false };
  const mapping: ColumnMapping = {
    delimiter: form.delimiter,
    skipRows: form.skipRows,
    hasHeader: form.hasHeader,
    date,
    description,
    amount,
    dateFormat: form.dateFormat!,
    decimalStyle: form.decimalStyle!,
  };
  if (form.skipTrailingRows > 0) mapping.skipTrailingRows = form.skipTrailingRows;
  if (form.payee !== null) mapping.payee = form.payee;
  if (form.balance !== null) mapping.balance = form.balance;
  if (form.reference !== null) mapping.reference = form.reference;
  if (form.invertSign) mapping.invertSign = true;
  const problems = validateMapping(mapping);
  return problems.length === 0 ? { ok: true, mapping } : { ok: false, missing: [], sameColumnTwice: problems.includes('sameColumnTwice') };
}

export type MappingPreview = {
  /** A title per column: the header's cell, or '' when the file has no header row. */
  titles: string[];
  rows: string[][];
  columnCount: number;
};

/** The table as the form reads it now: the header row (if any) and the first data rows. */
export function previewOfForm(text: string, form: MappingForm, rowCount = 8): MappingPreview {
  const { rows } = readCsvRows(text, form.delimiter);
  const header = form.hasHeader ? (rows[form.skipRows] ?? []).map((cell) => cell.trim()) : [];
  const first = form.skipRows + (form.hasHeader ? 1 : 0);
  const data = rows.slice(first, Math.max(first, rows.length - form.skipTrailingRows)).filter((row) => !isBlankRow(row));
  const shown = data.slice(0, rowCount);
  const columnCount = Math.max(header.length, ...shown.map((row) => row.length), 0);
  return { titles: Array.from({ length: columnCount }, (_, i) => header[i] ?? ''), rows: shown, columnCount };
}

/** What each column is read as, for the preview's column titles. */
export function fieldsOfColumns(form: MappingForm): Map<number, MappingField[]> {
  const chosen: [MappingField, number | null][] = [
    ['date', form.date],
    ['description', form.description],
    ['payee', form.payee],
    ['reference', form.reference],
    ['balance', form.balance],
    ...(form.amountKind === 'debitCredit'
      ? ([['debit', form.debit], ['credit', form.credit]] as [MappingField, number | null][])
      : ([['amount', form.amount]] as [MappingField, number | null][])),
    ...(form.amountKind === 'withIndicator' ? ([['indicator', form.indicator]] as [MappingField, number | null][]) : []),
  ];
  const fields = new Map<number, MappingField[]>();
  for (const [field, column] of chosen) if (column !== null) fields.set(column, [...(fields.get(column) ?? []), field]);
  return fields;
}
