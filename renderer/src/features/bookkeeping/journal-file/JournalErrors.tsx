import { useTranslation } from 'react-i18next';
import type { JournalError } from '../../../../../shared/journal';
import { FailureNote } from '../../../components/FailureNote';
import { journalErrorText } from './journalText';

/** Why the journal was refused, line by line; nothing was written. */
export function JournalErrors({ fileName, errors }: { fileName: string; errors: readonly JournalError[] }) {
  const { t } = useTranslation();
  return (
    <div className="journal-errors" data-testid="journal-errors">
      <h3>{t('journalFile.errors.heading', { fileName, count: errors.length })}</h3>
      <FailureNote>
        {t('journalFile.errors.nothingWritten')}
      </FailureNote>
      <ul className="problems">
        {errors.map((error, index) => {
          const text = journalErrorText(error, t);
          return (
            <li key={index}>
              {text.where ? <strong>{text.where}: </strong> : null}
              {text.what}
              {text.detail ? <span className="problem-detail">{text.detail}</span> : null}
            </li>
          );
        })}
      </ul>
      <p className="muted">{t('journalFile.errors.advice')}</p>
    </div>
  );
}
