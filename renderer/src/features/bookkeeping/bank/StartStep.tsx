import { useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Books } from '../useBooks';
import { FailureNote } from '../../../components/FailureNote';
import { chooseStatementFile } from './bankImportActions';
import { setBankImport, useBankImportStore } from './bankImportStore';
import { bankAccountChoices, defaultBankAccount } from './bankAccounts';

/** Which bank account the statement is for, and the file. */
export function StartStep({ books }: { books: Books }) {
  const { t } = useTranslation();
  const id = useId();
  const accountId = useBankImportStore((state) => state.accountId);
  const busy = useBankImportStore((state) => state.busy);
  const fileError = useBankImportStore((state) => state.fileError);
  const choices = useMemo(() => bankAccountChoices(books.accounts), [books.accounts]);
  const chosen = defaultBankAccount(choices, accountId);
  useEffect(() => {
    if (chosen !== accountId) setBankImport({ accountId: chosen });
  }, [chosen, accountId]);

  return (
    <div className="panel bank-start">
      <p className="muted">{t('bank.start.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}account`}>{t('bank.start.account')}</label>
        <select id={`${id}account`} value={chosen} onChange={(event) => setBankImport({ accountId: event.target.value })}>
          {choices.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={busy || chosen === ''}
          onClick={() => void chooseStatementFile({ title: t('bank.start.dialogTitle'), filterName: t('bank.start.filterName') }, books.currency)}
        >
          {busy ? t('bank.start.reading') : t('bank.start.chooseFile')}
        </button>
      </div>
      <p className="field-hint">{t('bank.start.formats')}</p>
      {fileError ? (
        <FailureNote>
          {t(`bank.fileErrors.${fileError.code}`, { fileName: fileError.fileName, currency: books.currency })}
          {fileError.line ? ` ${t('bank.fileErrors.atLine', { line: fileError.line })}` : ''}
        </FailureNote>
      ) : null}
    </div>
  );
}
