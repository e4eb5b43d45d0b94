import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { statementEncodings } from '../../../../../shared/bank';
import { chooseEncoding, goToMapping } from './bankImportActions';
import { restartBankImport, useBankImportStore } from './bankImportStore';
import { encodingLabel } from './bankText';

const previewLines = 14;

/** The file's text as read: the detected encoding, a picker to read it another way, and its first lines. */
export function TextStep() {
  const { t } = useTranslation();
  const id = useId();
  const statement = useBankImportStore((state) => state.statement);
  const busy = useBankImportStore((state) => state.busy);
  if (!statement) return null;
  const { decoded } = statement;
  const lines = decoded.text.split(/\r?\n/);
  const percent = Math.round(statement.confidence * 100);

  return (
    <div className="panel bank-text">
      <h3>{t('bank.text.heading', { fileName: statement.fileName })}</h3>
      <p>
        {t('bank.text.detected', { encoding: encodingLabel(statement.detected, t), percent })}
      </p>
      <div className="field field-inline">
        <label htmlFor={`${id}encoding`}>{t('bank.text.encoding')}</label>
        <select id={`${id}encoding`} value={statement.encoding} onChange={(event) => chooseEncoding(event.target.value as typeof statement.encoding)}>
          {statementEncodings.map((encoding) => (
            <option key={encoding} value={encoding}>
              {encodingLabel(encoding, t)}
            </option>
          ))}
        </select>
      </div>
      {decoded.warnings.map((warning) => (
        <p key={warning} className="status status-warning">
          {t(`bank.text.warnings.${warning}`)}
        </p>
      ))}
      <p className="field-hint">{t('bank.text.previewHint')}</p>
      <pre className="text-preview" aria-label={t('bank.text.preview')} data-testid="statement-preview">
        {lines.slice(0, previewLines).join('\n')}
        {lines.length > previewLines ? `\n${t('bank.text.moreLines', { count: lines.length - previewLines })}` : ''}
      </pre>
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void goToMapping()}>
          {t('bank.text.continue')}
        </button>
        <button type="button" className="button" onClick={restartBankImport}>
          {t('bank.text.otherFile')}
        </button>
      </div>
    </div>
  );
}
