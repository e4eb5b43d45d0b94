import { useTranslation } from 'react-i18next';
import { FailureNote } from '../../../components/FailureNote';
import { restartBankImport, setBankImport, useBankImportStore } from './bankImportStore';
import { rowErrorText } from './bankText';

/** The rows that do not fit the mapping, by row and column; nothing was imported. */
export function RowErrorsStep() {
  const { t } = useTranslation();
  const rowErrors = useBankImportStore((state) => state.rowErrors);
  const statement = useBankImportStore((state) => state.statement);
  if (!rowErrors) return null;
  return (
    <div className="panel bank-errors">
      <h3>{t('bank.errors.heading', { count: rowErrors.errorCount, fileName: statement?.fileName ?? '' })}</h3>
      <FailureNote message={t('bank.errors.nothingImported')} />
      <ul className="problems row-errors" aria-label={t('bank.errors.listLabel')}>
        {rowErrors.errors.map((error, index) => (
          <li key={index}>{rowErrorText(error, t)}</li>
        ))}
      </ul>
      {rowErrors.errorCount > rowErrors.errors.length ? <p className="muted">{t('bank.errors.more', { count: rowErrors.errorCount - rowErrors.errors.length })}</p> : null}
      <p className="muted">{t('bank.errors.advice')}</p>
      <div className="button-row">
        {statement?.format === 'csv' ? (
          <button type="button" className="button button-primary" onClick={() => setBankImport({ step: 'mapping' })}>
            {t('bank.errors.backToMapping')}
          </button>
        ) : null}
        <button type="button" className="button" onClick={restartBankImport}>
          {t('bank.text.otherFile')}
        </button>
      </div>
    </div>
  );
}
