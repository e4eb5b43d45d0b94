import type { ExportFormat, TableExport } from '../../../shared/export';
import { invoke } from '../ipc/client';

/** Hands a report table to main, which asks where to save it and writes CSV or XLSX there. */
export function exportTable(table: TableExport, format: ExportFormat) {
  return invoke('export:save-table', { format, table });
}
