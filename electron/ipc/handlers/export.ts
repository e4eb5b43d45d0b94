import type { Dialogs } from '../../services/dialogs';
import { saveTableExport } from '../../services/export/export-service';
import { defineHandlers, type HandlerGroup } from '../registry';

/** Report tables to CSV or XLSX, saved only where the user chose. */
export function exportHandlers(deps: { dialogs: Dialogs }): HandlerGroup {
  return defineHandlers('export', {
    'export:save-table': ({ format, table }) => saveTableExport(deps.dialogs, format, table),
  });
}
