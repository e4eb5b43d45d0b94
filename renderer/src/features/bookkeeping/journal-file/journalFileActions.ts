import type { IsoDate } from '../../../../../shared/dates';
import type { Language } from '../../../../../shared/i18n/languages';
import type { Account } from '../../../../../shared/ledger';
import { IpcError, invoke } from '../../../ipc/client';
import { importJournal } from './importJournal';
import { setJournalImport, journalImportNow } from './journalFileStore';
import { readJournal } from './journalSession';

/** Lets the "Reading…" state paint before the text crosses into the worker. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Asks for a journal file, then reads and checks it (in a worker); nothing is written. */
export async function chooseJournalFile(dialog: { title: string; filterName: string }, chart: readonly Account[], language: Language): Promise<void> {
  const previous = journalImportNow();
  if (previous.step === 'ready') previous.session.close();
  let fileName = '';
  try {
    const answer = await invoke('files:open-journal', dialog);
    if (!answer.picked) return;
    fileName = answer.fileName;
    setJournalImport({ step: 'reading', fileName, bytes: answer.bytes });
    await nextFrame();
    const reading = await readJournal(answer.text, chart, language);
    setJournalImport(
      reading.ok
        ? { step: 'ready', fileName, summary: reading.session.summary, session: reading.session, mapping: new Map(reading.session.proposal) }
        : { step: 'refused', fileName, errors: reading.errors },
    );
  } catch (error) {
    setJournalImport({ step: 'failed', fileName: fileName || fileNameOf(error), error });
  }
}

/** Sends one journal account onto a chart account, or (null) to a new account. */
export function mapJournalAccount(journalAccountId: string, target: string | null): void {
  const now = journalImportNow();
  if (now.step !== 'ready') return;
  setJournalImport({ ...now, mapping: new Map(now.mapping).set(journalAccountId, target) });
}

/** Imports the read journal with progress, its accounts where the mapping puts them; Cancel stops between chunks. */
export async function startJournalImport(chart: readonly Account[], lockDate: IsoDate | null): Promise<void> {
  const ready = journalImportNow();
  if (ready.step !== 'ready') return;
  const controller = new AbortController();
  const { fileName, summary, session, mapping } = ready;
  setJournalImport({ step: 'importing', fileName, summary, progress: { done: 0, total: summary.entries }, controller });
  try {
    const outcome = await importJournal(
      session,
      mapping,
      chart,
      lockDate,
      (progress) => {
        const now = journalImportNow();
        if (now.step === 'importing') setJournalImport({ ...now, progress });
      },
      controller.signal,
    );
    setJournalImport({ step: 'done', fileName, summary, outcome });
  } catch (error) {
    setJournalImport({ step: 'failed', fileName, error });
  } finally {
    session.close();
  }
}

export function cancelJournalImport(): void {
  const now = journalImportNow();
  if (now.step === 'importing') now.controller.abort();
}

export function closeJournalImport(): void {
  const now = journalImportNow();
  if (now.step === 'ready') now.session.close();
  setJournalImport({ step: 'idle' });
}

function fileNameOf(error: unknown): string {
  const details = error instanceof IpcError ? (error.details as { fileName?: unknown } | undefined) : undefined;
  return typeof details?.fileName === 'string' ? details.fileName : '';
}
