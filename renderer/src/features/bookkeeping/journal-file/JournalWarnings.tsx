import { useTranslation } from 'react-i18next';
import type { JournalError } from '../../../../../shared/journal';
import { journalErrorText } from './journalText';

/** Amounts read as hledger reads them that may have been meant otherwise: for the user to check before importing. */
export function JournalWarnings({ warnings }: { warnings: readonly JournalError[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <div className="status status-warning journal-warnings" role="status" data-testid="journal-warnings">
      <p>{t('journalFile.warnings.heading')}</p>
      <ul>
        {warnings.map((warning, index) => {
          const text = journalErrorText(warning, t);
          return (
            <li key={index}>
              {text.where ? <strong>{text.where}: </strong> : null}
              {text.what}
              {text.detail ? <span className="problem-detail">{text.detail}</span> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
