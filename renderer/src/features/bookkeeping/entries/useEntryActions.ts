import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indexAccounts } from '../../../../../shared/ledger/accounts';
import { draftFromInput, type EntryInput } from '../../../../../shared/ledger/entries';
import { LedgerRejected } from '../../../../../shared/ledger/problems';
import type { JournalEntry } from '../../../../../shared/ledger/types';
import { validateEntryForPosting } from '../../../../../shared/ledger/validation';
import { useNavigationStore } from '../../../app/navigationStore';
import { notify } from '../../../components/notices';
import { ledgerRepository } from '../../../db/repositories';
import { describeBookkeepingError } from '../problemText';
import type { Books } from '../useBooks';
import type { DraftReading } from './entryDraft';
import type { EditorOutcome } from './EntryEditor';
import { useRegionalFormat } from '../../../i18n/regionalFormat';

type EntryActionsInput = {
  entry: JournalEntry | undefined;
  books: Books;
  currency: string;
  reading: DraftReading;
  setOutcome(outcome: EditorOutcome): void;
  setTried(tried: boolean): void;
  /** After "Post and new" of a new entry: the editor empties for the next one. */
  startNext(): void;
};

/** Save draft, Post and Delete draft of the entry editor; each one write through the ledger repository. */
export function useEntryActions({ entry, books, currency, reading, setOutcome, setTried, startNext }: EntryActionsInput) {
  const { t } = useTranslation();
  const regional = useRegionalFormat();
  const go = useNavigationStore((state) => state.go);
  const [busy, setBusy] = useState(false);
  const clear = () => setOutcome({ problems: [], rowOfLine: [], message: null });

  /** The entry input when every field can be read; else the fields are pointed at. */
  const readable = (): EntryInput | null => {
    setTried(true);
    if (reading.input) return { ...reading.input, id: entry?.id, origin: entry?.origin ?? 'manual', documentIds: entry?.documentIds ?? [] };
    setOutcome({ problems: [], rowOfLine: [], message: t('bookkeeping.editor.fixFields') });
    return null;
  };

  const run = async (work: () => Promise<void>, failureKey: 'notPosted' | 'saveFailed') => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      const reason = describeBookkeepingError(error, t, regional, currency);
      const problems = error instanceof LedgerRejected ? error.problems : [];
      setOutcome({ problems, rowOfLine: reading.rowOfLine, message: failureKey === 'notPosted' && problems.length > 0 ? t('bookkeeping.editor.notPosted') : t('bookkeeping.editor.saveFailed', { reason }) });
    } finally {
      setBusy(false);
    }
  };

  async function saveDraft(): Promise<void> {
    const input = readable();
    if (!input) return;
    clear();
    await run(async () => {
      const saved = await ledgerRepository.saveDraft(input);
      notify({ text: t('bookkeeping.editor.saved') });
      if (!entry) go('bookkeeping', ['entries', saved.id]);
    }, 'saveFailed');
  }

  async function post({ andNew = false }: { andNew?: boolean } = {}): Promise<void> {
    const input = readable();
    if (!input) return;
    // The ledger's own rules first, so its reasons show next to the lines before anything is written.
    const candidate = draftFromInput(input, { id: entry?.id ?? 'candidate', at: '' });
    const problems = validateEntryForPosting(candidate, indexAccounts(books.accounts), books.lockDate);
    if (problems.length > 0) {
      setOutcome({ problems, rowOfLine: reading.rowOfLine, message: t('bookkeeping.editor.notPosted') });
      return;
    }
    clear();
    await run(async () => {
      const posted = await ledgerRepository.postNewEntry(input);
      const open = { label: t('bookkeeping.entryButtons.openPosted'), run: () => go('bookkeeping', ['entries', posted.id]) };
      notify({ text: t('bookkeeping.editor.posted', { number: posted.number }), ...(andNew && !entry ? { action: open } : {}) });
      if (andNew && !entry) startNext();
      else if (!entry) go('bookkeeping', ['entries', posted.id]);
    }, 'notPosted');
  }

  async function deleteDraft(): Promise<void> {
    if (!entry) return;
    await run(async () => {
      await ledgerRepository.deleteDraft(entry.id);
      notify({ text: t('bookkeeping.editor.deleted') });
      go('bookkeeping', ['entries']);
    }, 'saveFailed');
  }

  return { busy, saveDraft, post, deleteDraft };
}
