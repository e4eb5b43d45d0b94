import type { ExportFormat, TableExport } from '../../../shared/export';
import type { Dialogs } from '../dialogs';
import { saveToChosenFile } from '../save-file';
import { tableToCsv, tableToXlsx } from './table-files';

/** Saves a report table as CSV or XLSX where the user chose in the save dialog. */
export function saveTableExport(dialogs: Dialogs, format: ExportFormat, table: TableExport) {
  return saveToChosenFile(dialogs, {
    title: table.title,
    extension: format,
    filterName: format === 'csv' ? 'CSV' : 'Excel',
    contents: () => (format === 'csv' ? tableToCsv(table) : tableToXlsx(table)),
  });
}
