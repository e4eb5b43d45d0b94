import { useTranslation } from 'react-i18next';
import type { JournalEntry } from '../../../../../shared/ledger/types';
import { EntryLinesTable } from '../entries/EntryLinesTable';
import type { Books } from '../useBooks';

/** The lines a quick form will make (built by the ledger's own quick-form builders). */
export function QuickPreview({ entry, books }: { entry: JournalEntry | undefined; books: Books }) {
  const { t } = useTranslation();
  return (
    <section className="quick-preview" aria-labelledby="quick-preview-heading">
      <h3 id="quick-preview-heading">{t('bookkeeping.quick.preview')}</h3>
      {entry ? (
        <EntryLinesTable lines={entry.lines} currency={entry.currency} books={books} caption={t('bookkeeping.quick.preview')} testId="quick-preview" />
      ) : (
        <p className="muted">{t('bookkeeping.quick.previewEmpty')}</p>
      )}
    </section>
  );
}
