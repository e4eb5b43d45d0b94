import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../../app/navigationStore';
import { ledgerRepository } from '../../../db/repositories';
import type { Books } from '../useBooks';
import { EntryEditor } from './EntryEditor';
import { PostedEntryView } from './PostedEntryView';

/** One entry by id: the editor for a draft, the read-only view for a posted entry. */
export function EntryPage({ entryId, books }: { entryId: string; books: Books }) {
  const { t } = useTranslation();
  const go = useNavigationStore((state) => state.go);
  const entry = useLiveQuery(async () => (await ledgerRepository.getEntry(entryId)) ?? null, [entryId]);

  const back = (
    <p className="back-link">
      <a
        href="#/bookkeeping/entries"
        onClick={(event) => {
          event.preventDefault();
          go('bookkeeping', ['entries']);
        }}
      >
        ← {t('bookkeeping.editor.backToList')}
      </a>
    </p>
  );

  if (entry === undefined) return back;
  if (entry === null) {
    return (
      <>
        {back}
        <p className="panel status-error" role="alert">
          {t('bookkeeping.editor.notFound')}
        </p>
      </>
    );
  }
  return (
    <>
      {back}
      {entry.status === 'posted' ? <PostedEntryView key={`${entry.id}-posted`} entry={entry} books={books} /> : <EntryEditor key={entry.id} entry={entry} books={books} />}
    </>
  );
}
