import { create } from 'zustand';
import type { JournalError } from '../../../../../shared/journal';
import type { JournalSummary } from './journalPlan';
import type { JournalImportOutcome, JournalImportProgress } from './importJournal';
import type { JournalSession } from './journalSession';

/**
 * The journal import, kept while the user looks at another tab (a long import goes on).
 * Steps: choose → reading → refused (errors) | ready (summary) → importing → done; failed
 * keeps what went wrong for the screen to describe.
 */
export type JournalImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; bytes: number }
  | { step: 'refused'; fileName: string; errors: JournalError[] }
  | { step: 'ready'; fileName: string; summary: JournalSummary; session: JournalSession; mapping: ReadonlyMap<string, string | null> }
  | { step: 'importing'; fileName: string; summary: JournalSummary; progress: JournalImportProgress; controller: AbortController }
  | { step: 'done'; fileName: string; summary: JournalSummary; outcome: JournalImportOutcome }
  | { step: 'failed'; fileName: string; error: unknown };

export const useJournalFileStore = create<{ current: JournalImportState }>(() => ({ current: { step: 'idle' } }));

export const setJournalImport = (current: JournalImportState) => useJournalFileStore.setState({ current });
export const journalImportNow = () => useJournalFileStore.getState().current;
