import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mappingProblems } from '../../../../../shared/journal/accountMapping';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useRegionalFormat } from '../../../i18n/regionalFormat';
import type { Books } from '../useBooks';
import { JournalAccountMapping } from './JournalAccountMapping';
import { foreignShares, JournalCurrencyWarning } from './JournalCurrencyWarning';
import { closeJournalImport, mapJournalAccount, startJournalImport } from './journalFileActions';
import type { JournalImportState } from './journalFileStore';
import { JournalSummaryView } from './JournalSummaryView';
import { JournalWarnings } from './JournalWarnings';

type Ready = Extract<JournalImportState, { step: 'ready' }>;

/**
 * A read journal before anything is written: what it holds, its currencies where they are
 * not the company's, and where its accounts go in the chart. A journal in other currencies
 * is imported only after the user confirms it; Cancel leaves the books as they were.
 */
export function JournalReady({ books, ready }: { books: Books; ready: Ready }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const [confirming, setConfirming] = useState(false);
  const { session, summary, mapping } = ready;
  const paths = useMemo(() => new Map(session.accountRows.map((row) => [row.id, row.path])), [session.accountRows]);
  const problems = useMemo(() => mappingProblems(session.journalAccounts, books.accounts, mapping, paths), [session.journalAccounts, books.accounts, mapping, paths]);
  const newAccounts = [...mapping.values()].filter((target) => target === null).length;
  const foreign = foreignShares(summary, books.currency);
  const start = () => void startJournalImport(books.accounts, books.lockDate);

  return (
    <>
      <h3>{t('journalFile.import.readyHeading', { fileName: ready.fileName })}</h3>
      <JournalSummaryView summary={{ ...summary, newAccounts }} />
      <JournalCurrencyWarning summary={summary} baseCurrency={books.currency} />
      <JournalWarnings warnings={session.warnings} />
      <JournalAccountMapping rows={session.accountRows} chart={books.accounts} mapping={mapping} problems={problems} onMap={mapJournalAccount} />
      <p className="muted">{t('journalFile.import.readyNote')}</p>
      {problems.length > 0 ? (
        <p className="status status-error" role="alert" data-testid="journal-mapping-problems">
          {t('journalFile.mapping.fixFirst', { count: problems.length })}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={problems.length > 0} onClick={() => (foreign.length > 0 ? setConfirming(true) : start())}>
          {t('journalFile.import.start', { count: summary.entries.toLocaleString(regional.locale) })}
        </button>
        <button type="button" className="button" onClick={closeJournalImport}>
          {t('journalFile.import.discard')}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('journalFile.currencies.confirmTitle', { currencies: foreign.map((share) => share.currency).join(', ') })}
        confirmLabel={t('journalFile.currencies.continue')}
        onConfirm={() => {
          setConfirming(false);
          start();
        }}
        onCancel={() => setConfirming(false)}
      >
        <JournalCurrencyWarning summary={summary} baseCurrency={books.currency} testId="journal-currency-confirm" />
      </ConfirmDialog>
    </>
  );
}
