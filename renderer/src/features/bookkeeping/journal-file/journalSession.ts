import { monotonicFactory } from 'ulidx';
import type { Language } from '../../../../../shared/i18n/languages';
import type { JournalError } from '../../../../../shared/journal';
import type { Account, EntryInput } from '../../../../../shared/ledger';
import { planJournalImport, readoutOf, sliceOf } from './journalPlan';
import { journalSliceSize, type JournalReadout, type JournalWorkerReply, type JournalWorkerRequest } from './journalWorkerProtocol';

/** A journal read and checked, ready to import slice by slice. */
export type JournalSession = JournalReadout & {
  sliceCount: number;
  slice(index: number): Promise<EntryInput[]>;
  close(): void;
};

export type JournalReading = { ok: false; errors: JournalError[] } | { ok: true; session: JournalSession };

/** Thrown when the worker could not start (no Worker, the script refused): the journal is then read here. */
class WorkerUnavailable extends Error {}

/**
 * Reads and checks a journal in a Web Worker, so the window keeps painting and taking
 * clicks while a large file is parsed; where no worker can start, on this thread.
 */
export async function readJournal(text: string, chart: readonly Account[], language: Language): Promise<JournalReading> {
  try {
    return await readInWorker(text, chart, language);
  } catch (error) {
    if (!(error instanceof WorkerUnavailable)) throw error;
    return readHere(text, chart, language);
  }
}

function readHere(text: string, chart: readonly Account[], language: Language): JournalReading {
  const newId = monotonicFactory();
  const plan = planJournalImport(text, chart, { language, newId: () => newId() });
  if (!plan.ok) return plan;
  return {
    ok: true,
    session: {
      ...readoutOf(plan),
      sliceCount: Math.ceil(plan.inputs.length / journalSliceSize),
      slice: async (index) => sliceOf(plan.inputs, index, journalSliceSize),
      close: () => {},
    },
  };
}

async function readInWorker(text: string, chart: readonly Account[], language: Language): Promise<JournalReading> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./journalWorker.ts', import.meta.url), { type: 'module', name: 'journal' });
  } catch {
    throw new WorkerUnavailable();
  }
  const waiting: Array<{ resolve(reply: JournalWorkerReply): void; reject(error: Error): void }> = [];
  let answered = false;
  worker.onmessage = (event: MessageEvent<JournalWorkerReply>) => {
    answered = true;
    waiting.shift()?.resolve(event.data);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    const error = answered ? new Error(event.message || 'The journal reader stopped.') : new WorkerUnavailable();
    for (const pending of waiting.splice(0)) pending.reject(error);
  };
  const ask = (request: JournalWorkerRequest) =>
    new Promise<JournalWorkerReply>((resolve, reject) => {
      waiting.push({ resolve, reject });
      worker.postMessage(request);
    });

  let reply: JournalWorkerReply;
  try {
    reply = await ask({ kind: 'plan', text, chart: [...chart], language });
  } catch (error) {
    worker.terminate();
    throw error;
  }
  if (reply.kind !== 'planned') {
    worker.terminate();
    if (reply.kind === 'refused') return { ok: false, errors: reply.errors };
    throw new Error(reply.kind === 'failed' ? reply.message : 'The journal reader answered out of turn.');
  }
  return {
    ok: true,
    session: {
      summary: reply.summary,
      journalAccounts: reply.journalAccounts,
      accountRows: reply.accountRows,
      proposal: reply.proposal,
      warnings: reply.warnings,
      sliceCount: reply.sliceCount,
      slice: async (index) => {
        const answer = await ask({ kind: 'slice', index });
        if (answer.kind === 'slice' && answer.index === index) return answer.inputs;
        throw new Error(answer.kind === 'failed' ? answer.message : 'The journal reader answered out of turn.');
      },
      close: () => worker.terminate(),
    },
  };
}
