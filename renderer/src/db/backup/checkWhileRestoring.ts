import { BackupContentCheck, type TableParts } from './contentCheck';
import type { ContentCheckReply, ContentCheckRequest } from './contentCheckProtocol';
import { BackupContentInvalid } from './types';

/** The content check of one restore, running beside its writes. */
export type ContentChecking = {
  /** Hands over a part as read (its stored bytes and its decoded records); parts are checked in this order. */
  check(table: string, part: { path: string; deflated: Uint8Array; records: unknown[] }): void;
  /** Rejects with `BackupContentInvalid` (or the check's own failure) as soon as there is one; never resolves. */
  readonly refused: Promise<never>;
  /** After the last part: resolves once every part, and the comparison that needs them all, passed. */
  finish(): Promise<void>;
  close(): void;
};

/** Thrown when the worker could not start (no Worker, the script refused): the check then runs here. */
class WorkerUnavailable extends Error {}

/**
 * Starts checking a backup's records in a Web Worker, so a 200,000-entry book is judged on
 * another core while the database stores it; where no worker can start, on this thread.
 * `onChecked` counts the records that passed, for the progress.
 */
export async function startContentCheck(tables: TableParts[], onChecked: (records: number) => void): Promise<ContentChecking> {
  try {
    return await checkInWorker(tables, onChecked);
  } catch (error) {
    if (!(error instanceof WorkerUnavailable)) throw error;
    return checkHere(tables, onChecked);
  }
}

/** A promise that rejects once, when told; unobserved until a restore waits on it. */
function refusal() {
  let refuse!: (error: Error) => void;
  const refused = new Promise<never>((_resolve, reject) => (refuse = reject));
  refused.catch(() => undefined);
  return { refused, refuse };
}

function checkHere(tables: TableParts[], onChecked: (records: number) => void): ContentChecking {
  const content = new BackupContentCheck(tables);
  const { refused, refuse } = refusal();
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure = error;
    refuse(error);
  };
  return {
    check(table, { records }) {
      if (failure) return;
      const found = content.checkPart(table, records);
      if (found) fail(new BackupContentInvalid(found));
      else onChecked(records.length);
    },
    refused,
    async finish() {
      if (failure) throw failure;
      const found = content.finish();
      if (found) fail(new BackupContentInvalid(found));
      if (failure) throw failure;
    },
    close() {},
  };
}

async function checkInWorker(tables: TableParts[], onChecked: (records: number) => void): Promise<ContentChecking> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./contentCheckWorker.ts', import.meta.url), { type: 'module', name: 'backup-check' });
  } catch {
    throw new WorkerUnavailable();
  }
  const { refused, refuse } = refusal();
  let started = false;
  let whenReady!: { resolve(): void; reject(error: Error): void };
  const ready = new Promise<void>((resolve, reject) => (whenReady = { resolve, reject }));
  let whenPassed: { resolve(): void; reject(error: Error): void } | null = null;
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    refuse(failure);
    whenPassed?.reject(failure);
  };
  worker.onmessage = ({ data }: MessageEvent<ContentCheckReply>) => {
    if (data.kind === 'ready') {
      started = true;
      whenReady.resolve();
    } else if (data.kind === 'checked') onChecked(data.records);
    else if (data.kind === 'refused') fail(new BackupContentInvalid(data.finding));
    else if (data.kind === 'failed') fail(new Error(data.message));
    else whenPassed?.resolve();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    if (started) fail(new Error(event.message || 'The backup check stopped.'));
    else whenReady.reject(new WorkerUnavailable());
  };
  const send = (request: ContentCheckRequest) => worker.postMessage(request);
  send({ kind: 'start', tables });
  try {
    await ready;
  } catch (error) {
    worker.terminate();
    throw error;
  }
  return {
    check(table, { path, deflated }) {
      if (!failure) send({ kind: 'part', table, path, deflated });
    },
    refused,
    finish() {
      if (failure) return Promise.reject(failure);
      const passed = new Promise<void>((resolve, reject) => (whenPassed = { resolve, reject }));
      send({ kind: 'finish' });
      return passed;
    },
    close: () => worker.terminate(),
  };
}
