import type { TFunction } from 'i18next';
import type { StatementDateFormat, StatementEncoding, StatementRowError } from '../../../../../shared/bank';
import { LedgerRejected } from '../../../../../shared/ledger/problems';
import { BankRejected } from '../../../db/repositories';
import { IpcError } from '../../../ipc/client';
import { describeBookkeepingError } from '../problemText';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';

/** Statement problems and choices in the user's language (keys under `bank.`). */

/** "Row 6, column 4 (Списание): …" */
export function rowErrorText(error: StatementRowError, t: TFunction): string {
  const where =
    error.column === null
      ? t('bank.errors.atRow', { row: error.row })
      : error.columnName
        ? t('bank.errors.atCellNamed', { row: error.row, column: error.column, name: error.columnName })
        : t('bank.errors.atCell', { row: error.row, column: error.column });
  const field = error.field ? t(`bank.fields.${error.field}`) : '';
  const what = t(`bank.rowErrors.${error.code}`, { field, text: error.text ?? '' });
  return `${where}: ${what}`;
}

/** The encoding's name with what it is used for: "Windows-1251 (Cyrillic)". */
export function encodingLabel(encoding: StatementEncoding, t: TFunction): string {
  return t(`bank.encodings.${encoding.replace(/-/g, '_')}`);
}

const dateExamples: Record<StatementDateFormat, string> = {
  'yyyy-MM-dd': '2026-03-31',
  'dd.MM.yyyy': '31.03.2026',
  'dd/MM/yyyy': '31/03/2026',
  'MM/dd/yyyy': '03/31/2026',
  'yyyy.MM.dd': '2026.03.31',
  'yyyy. MM. dd.': '2026. 03. 31.',
};

export function dateFormatLabel(format: StatementDateFormat, t: TFunction): string {
  return t('bank.mapping.dateFormatOption', { example: dateExamples[format], format });
}

/** Any failure of bank work as sentences: the bank's or the ledger's reasons, a refused file, or what went wrong. */
export function describeBankError(error: unknown, t: TFunction, regional: RegionalFormat, currency?: string): string {
  if (error instanceof BankRejected) return error.problems.map((problem) => t(`bank.problems.${problem.key}`, problem.params ?? {})).join(' ');
  if (error instanceof LedgerRejected) {
    return error.problems
      .map((problem) => {
        const text = describeBookkeepingError(new LedgerRejected([{ ...problem, entry: undefined }]), t, regional, currency);
        return problem.entry === undefined ? text : t('bank.problems.inEntry', { number: problem.entry + 1, text });
      })
      .join(' ');
  }
  if (error instanceof IpcError && error.code === 'FILE_REFUSED') {
    const details = (error.details ?? {}) as { reason?: string; fileName?: string; line?: number };
    return t(`bank.fileRefused.${details.reason ?? 'other'}`, { fileName: details.fileName ?? '', line: details.line ?? 0 });
  }
  return describeBookkeepingError(error, t, regional, currency);
}
