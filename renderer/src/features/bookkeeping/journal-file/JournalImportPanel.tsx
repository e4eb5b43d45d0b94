import { useTranslation } from 'react-i18next';
import { reportHref } from '../reports/drill';
import type { Books } from '../useBooks';
import { describeBankError } from '../bank/bankText';
import { FailureNote } from '../../../components/FailureNote';
import { cancelJournalImport, chooseJournalFile } from './journalFileActions';
import { useJournalFileStore } from './journalFileStore';
import { JournalErrors } from './JournalErrors';
import { JournalReady } from './JournalReady';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

/** Import an hledger / ledger journal: read and checked first (errors by line, nothing written), then imported with progress. */
export function JournalImportPanel({ books }: { books: Books }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const current = useJournalFileStore((state) => state.current);
  const choose = () => void chooseJournalFile({ title: t('journalFile.import.dialogTitle'), filterName: t('journalFile.filterName') }, books.accounts, regional.language);
  const chooseButton = (primary: boolean, label = t('journalFile.import.choose')) => (
    <button type="button" className={primary ? 'button button-primary' : 'button'} onClick={choose}>
      {label}
    </button>
  );

  return (
    <section className="panel journal-import" aria-labelledby="journal-import-heading">
      <h2 id="journal-import-heading">{t('journalFile.import.heading')}</h2>
      <p className="muted">{t('journalFile.import.intro')}</p>
      {current.step === 'idle' ? <div className="button-row">{chooseButton(true)}</div> : null}
      {current.step === 'reading' ? (
        <div role="status">
          <p>{t('journalFile.import.reading', { fileName: current.fileName, size: (current.bytes / 1_048_576).toFixed(1) })}</p>
          <progress className="journal-progress" aria-label={t('journalFile.import.reading', { fileName: current.fileName, size: (current.bytes / 1_048_576).toFixed(1) })} />
        </div>
      ) : null}
      {current.step === 'refused' ? (
        <>
          <JournalErrors fileName={current.fileName} errors={current.errors} />
          <div className="button-row">{chooseButton(true, t('journalFile.import.chooseAnother'))}</div>
        </>
      ) : null}
      {current.step === 'ready' ? <JournalReady books={books} ready={current} /> : null}
      {current.step === 'importing' ? (
        <div className="journal-importing">
          <h3>{t('journalFile.import.importingHeading', { fileName: current.fileName })}</h3>
          <progress className="journal-progress" max={Math.max(current.progress.total, 1)} value={current.progress.done} aria-label={t('journalFile.import.progressLabel')} />
          <p role="status" data-testid="journal-progress">
            {t('journalFile.import.progress', { done: current.progress.done.toLocaleString(regional.locale), total: current.progress.total.toLocaleString(regional.locale) })}
          </p>
          <div className="button-row">
            <button type="button" className="button" disabled={current.controller.signal.aborted} onClick={cancelJournalImport}>
              {t('journalFile.import.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {current.step === 'done' ? (
        <div role="status" data-testid="journal-import-done">
          <h3>{current.outcome.cancelled ? t('journalFile.import.cancelledHeading') : t('journalFile.import.doneHeading')}</h3>
          <p>
            {current.outcome.cancelled
              ? t('journalFile.import.cancelled', { imported: current.outcome.imported.toLocaleString(regional.locale), total: current.outcome.total.toLocaleString(regional.locale) })
              : t('journalFile.import.done', { count: current.outcome.imported.toLocaleString(regional.locale), accounts: current.outcome.accountsAdded })}
          </p>
          <div className="button-row">
            <a className="button button-primary" href={reportHref('trial-balance')}>
              {t('journalFile.import.showTrialBalance')}
            </a>
            {chooseButton(false, t('journalFile.import.another'))}
          </div>
        </div>
      ) : null}
      {current.step === 'failed' ? (
        <>
          <FailureNote>
            {describeBankError(current.error, t, regional)}
          </FailureNote>
          <div className="button-row">{chooseButton(true, t('journalFile.import.chooseAnother'))}</div>
        </>
      ) : null}
    </section>
  );
}
