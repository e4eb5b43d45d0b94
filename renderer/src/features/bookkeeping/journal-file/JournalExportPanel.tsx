import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../../ipc/client';
import { describeBankError } from '../bank/bankText';
import { FailureNote } from '../../../components/FailureNote';
import { journalTextOfBook } from './journalExport';
import { useJournalFileStore } from './journalFileStore';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

type ExportState = { step: 'idle' } | { step: 'working'; read: number } | { step: 'saved'; fileName: string; entries: number } | { step: 'failed'; error: unknown };

/** Saves the ledger's posted entries as an hledger journal where the user chooses. */
export function JournalExportPanel({ companyName }: { companyName: string }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const [state, setState] = useState<ExportState>({ step: 'idle' });
  // A book half imported is not worth exporting: wait for the import to finish.
  const importing = useJournalFileStore((store) => store.current.step === 'importing');

  const exportBook = async () => {
    setState({ step: 'working', read: 0 });
    try {
      const { text, entries } = await journalTextOfBook((read) => setState({ step: 'working', read }));
      const title = t('journalFile.export.fileTitle', { company: companyName });
      const answer = await invoke('files:save-journal', { title, filterName: t('journalFile.filterName'), text });
      setState(answer.saved ? { step: 'saved', fileName: answer.fileName ?? '', entries } : { step: 'idle' });
    } catch (error) {
      setState({ step: 'failed', error });
    }
  };

  return (
    <section className="panel journal-export" aria-labelledby="journal-export-heading">
      <h2 id="journal-export-heading">{t('journalFile.export.heading')}</h2>
      <p className="muted">{t('journalFile.export.intro')}</p>
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={state.step === 'working' || importing} onClick={() => void exportBook()}>
          {state.step === 'working' ? t('journalFile.export.working', { count: state.read }) : t('journalFile.export.button')}
        </button>
      </div>
      {state.step === 'saved' ? (
        <p className="status" role="status" data-testid="journal-export-saved">
          {t('journalFile.export.saved', { fileName: state.fileName, count: state.entries })}
        </p>
      ) : null}
      {state.step === 'failed' ? (
        <FailureNote>
          {describeBankError(state.error, t, regional)}
        </FailureNote>
      ) : null}
    </section>
  );
}
