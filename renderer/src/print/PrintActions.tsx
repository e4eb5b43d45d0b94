import { useTranslation } from 'react-i18next';
import { describeIpcError } from '../ipc/client';
import { runExport, runPrint, usePrintStore, type PrintStatus, type ReportSource } from './printStore';
import type { TFunction } from 'i18next';

function statusText(status: PrintStatus, t: TFunction): string {
  switch (status.kind) {
    case 'working':
      return t('print.preparing');
    case 'saved':
      return status.fileName ? t('print.saved', { fileName: status.fileName }) : t('print.savedNoName');
    case 'printed':
      return t('print.printed');
    case 'failed':
      return describeIpcError(status.error, t);
    default:
      return '';
  }
}

type PrintActionsProps = {
  /** Extra class for the group, for a screen's own layout. */
  className?: string;
  /** Names the group of buttons, e.g. "Print company details". */
  label: string;
  source: ReportSource;
};

/** "Print…" and "Save as PDF…" for one report (and CSV/Excel when it has a table), with what happened last. */
export function PrintActions({ label, source, className }: PrintActionsProps) {
  const { t } = useTranslation();
  const status = usePrintStore((state) => state.status);
  const text = statusText(status, t);

  return (
    <div className={className ? `print-actions ${className}` : 'print-actions'} role="group" aria-label={label}>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void runPrint(source, 'printer')}>
          {t('print.print')}
        </button>
        <button type="button" className="button" onClick={() => void runPrint(source, 'pdf')}>
          {t('print.savePdf')}
        </button>
        {source.table ? (
          <>
            <button type="button" className="button" onClick={() => void runExport(source, 'csv')}>
              {t('print.exportCsv')}
            </button>
            <button type="button" className="button" onClick={() => void runExport(source, 'xlsx')}>
              {t('print.exportXlsx')}
            </button>
          </>
        ) : null}
      </div>
      <p className={status.kind === 'failed' ? 'status status-error' : 'status'} role="status" aria-live="polite">
        {text}
      </p>
    </div>
  );
}
