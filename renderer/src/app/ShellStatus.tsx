import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePrintStore } from '../print/printStore';

/** Says so when Print is asked for on a page without a report; clears itself. */
export function ShellStatus() {
  const { t } = useTranslation();
  const nothing = usePrintStore((state) => state.status.kind === 'nothing-to-print');

  useEffect(() => {
    if (!nothing) return;
    const timer = window.setTimeout(() => usePrintStore.setState({ status: { kind: 'idle' } }), 6000);
    return () => window.clearTimeout(timer);
  }, [nothing]);

  return (
    <div className={nothing ? 'toast toast-visible' : 'toast'} role="status" aria-live="polite">
      {nothing ? t('print.nothingToPrint') : null}
    </div>
  );
}
