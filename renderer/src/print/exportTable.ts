import type { ExportFormat, TableExport } from '../../../shared/export';
import { currentRegionalFormat } from '../i18n/regionalFormat';
import { invoke } from '../ipc/client';

/**
 * Hands a report table to main, which asks where to save it and writes CSV or XLSX there;
 * its dates in the regional format the screen shows.
 */
export function exportTable(table: TableExport, format: ExportFormat) {
  return invoke('export:save-table', { format, table: { ...table, locale: currentRegionalFormat().locale } });
}
