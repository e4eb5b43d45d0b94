import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indexAccounts } from '../../../../../shared/ledger/accounts';
import type { JournalEntry } from '../../../../../shared/ledger/types';
import { validateEntryForPosting } from '../../../../../shared/ledger/validation';
import { useNavigationStore } from '../../../app/navigationStore';
import { notify } from '../../../components/notices';
import { ledgerRepository } from '../../../db/repositories';
import { describeBookkeepingError, problemText } from '../problemText';
import type { Books } from '../useBooks';
import { inputOfQuickEntry } from './quickForms';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

type QuickActionsInput = {
  entry: JournalEntry | undefined;
  books: Books;
  setTried(tried: boolean): void;
  /** After "Post and new": the form empties for the next entry of the same kind. */
  startNext(): void;
};

/** Post, Post and new, and Save as draft of a quick form: the built entry goes through the repository like any other. */
export function useQuickActions({ entry, books, setTried, startNext }: QuickActionsInput) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const go = useNavigationStore((state) => state.go);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  // Ctrl+Enter held or pressed twice must not post the same entry twice; state updates too late for that.
  const working = useRef(false);

  const run = async (work: (built: JournalEntry) => Promise<void>) => {
    if (working.current) return;
    setTried(true);
    setOutcome(null);
    if (!entry) return;
    working.current = true;
    setBusy(true);
    try {
      await work(entry);
    } catch (error) {
      setOutcome(t('bookkeeping.editor.saveFailed', { reason: describeBookkeepingError(error, t, regional, entry.currency) }));
    } finally {
      working.current = false;
      setBusy(false);
    }
  };

  const post = ({ andNew = false }: { andNew?: boolean } = {}) =>
    run(async (built) => {
      const problems = validateEntryForPosting(built, indexAccounts(books.accounts), books.lockDate);
      if (problems.length > 0) {
        setOutcome(`${t('bookkeeping.editor.notPosted')} ${problems.map((item) => problemText(item, t, regional, built.currency)).join(' ')}`);
        return;
      }
      const posted = await ledgerRepository.postNewEntry(inputOfQuickEntry(built));
      // Staying on the form for the next entry, the notice still leads to the one just posted.
      const open = { label: t('bookkeeping.entryButtons.openPosted'), run: () => go('bookkeeping', ['entries', posted.id]) };
      notify({ text: t('bookkeeping.quick.posted', { number: posted.number }), ...(andNew ? { action: open } : {}) });
      if (andNew) startNext();
      else go('bookkeeping', ['entries', posted.id]);
    });

  const saveDraft = () =>
    run(async (built) => {
      const saved = await ledgerRepository.saveDraft(inputOfQuickEntry(built));
      notify({ text: t('bookkeeping.quick.savedDraft') });
      go('bookkeeping', ['entries', saved.id]);
    });

  return { busy, outcome, post, saveDraft };
}
