import { useState } from 'react';
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

/** Post and Save as draft of a quick form: the built entry goes through the repository like any other. */
export function useQuickActions({ entry, books, setTried }: { entry: JournalEntry | undefined; books: Books; setTried(tried: boolean): void }) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const go = useNavigationStore((state) => state.go);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);

  const run = async (work: (built: JournalEntry) => Promise<void>) => {
    setTried(true);
    setOutcome(null);
    if (!entry) return;
    setBusy(true);
    try {
      await work(entry);
    } catch (error) {
      setOutcome(t('bookkeeping.editor.saveFailed', { reason: describeBookkeepingError(error, t, regional, entry.currency) }));
    } finally {
      setBusy(false);
    }
  };

  const post = () =>
    run(async (built) => {
      const problems = validateEntryForPosting(built, indexAccounts(books.accounts), books.lockDate);
      if (problems.length > 0) {
        setOutcome(`${t('bookkeeping.editor.notPosted')} ${problems.map((item) => problemText(item, t, regional, built.currency)).join(' ')}`);
        return;
      }
      const posted = await ledgerRepository.postNewEntry(inputOfQuickEntry(built));
      notify({ text: t('bookkeeping.quick.posted', { number: posted.number }) });
      go('bookkeeping', ['entries', posted.id]);
    });

  const saveDraft = () =>
    run(async (built) => {
      const saved = await ledgerRepository.saveDraft(inputOfQuickEntry(built));
      notify({ text: t('bookkeeping.quick.savedDraft') });
      go('bookkeeping', ['entries', saved.id]);
    });

  return { busy, outcome, post, saveDraft };
}
