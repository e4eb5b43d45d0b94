import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Books } from '../useBooks';
import { readWithMapping, suggestAgain } from './bankImportActions';
import { restartBankImport, setBankImport, useBankImportStore } from './bankImportStore';
import { fieldsOfColumns, mappingFromForm, previewOfForm } from './mappingForm';
import { MappingFields } from './MappingFields';

/** Which column is what: pre-filled from this account's last import or guessed from the file, checked on a preview. */
export function MappingStep({ books }: { books: Books }) {
  const { t } = useTranslation();
  const statement = useBankImportStore((state) => state.statement);
  const form = useBankImportStore((state) => state.mapping);
  const unsure = useBankImportStore((state) => state.unsure);
  const remembered = useBankImportStore((state) => state.remembered);
  const busy = useBankImportStore((state) => state.busy);
  const preview = useMemo(() => (statement && form ? previewOfForm(statement.decoded.text, form) : null), [statement, form]);
  if (!statement || !form || !preview) return null;
  const reading = mappingFromForm(form);
  const roles = fieldsOfColumns(form);

  return (
    <div className="panel bank-mapping">
      <h3>{t('bank.mapping.heading', { fileName: statement.fileName })}</h3>
      <p className="muted">{remembered ? t('bank.mapping.remembered') : t('bank.mapping.suggested')}</p>
      <div className="mapping-grid">
        <MappingFields form={form} titles={preview.titles} unsure={unsure} />
      </div>
      <div className="mapping-preview-wrap">
        <table className="table mapping-preview" aria-label={t('bank.mapping.preview')}>
          <thead>
            <tr>
              {preview.titles.map((title, column) => (
                <th key={column} scope="col" className={roles.has(column) ? 'is-mapped' : undefined}>
                  <span className="mapping-role">{(roles.get(column) ?? []).map((field) => t(`bank.fields.${field}`)).join(', ') || '—'}</span>
                  <span className="mapping-title">{title || t('bank.mapping.column', { number: column + 1 })}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row, index) => (
              <tr key={index}>
                {preview.titles.map((_, column) => (
                  <td key={column} className={roles.has(column) ? 'is-mapped' : undefined}>
                    {row[column] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!reading.ok ? (
        <p className="status status-warning" role="status">
          {reading.sameColumnTwice
            ? t('bank.mapping.sameColumnTwice')
            : t('bank.mapping.missing', { fields: reading.missing.map((field) => t(`bank.mapping.parts.${field}`)).join(', ') })}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={busy || !reading.ok} onClick={() => void readWithMapping(books.currency)}>
          {t('bank.mapping.read')}
        </button>
        <button type="button" className="button" onClick={suggestAgain}>
          {t('bank.mapping.suggestAgain')}
        </button>
        <button type="button" className="button" onClick={() => setBankImport({ step: 'text' })}>
          {t('bank.mapping.back')}
        </button>
        <button type="button" className="button" onClick={restartBankImport}>
          {t('bank.text.otherFile')}
        </button>
      </div>
    </div>
  );
}
