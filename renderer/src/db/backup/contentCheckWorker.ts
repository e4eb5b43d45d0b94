import { BackupContentCheck } from './contentCheck';
import type { ContentCheckReply, ContentCheckRequest } from './contentCheckProtocol';
import { readPartRecords } from './partCodec';

/**
 * Checks a backup's records beside the restore that writes them: reading a part and
 * judging its entries costs about as much as the window's own reading, and here it runs
 * on another core while the database stores the parts. Parts are checked in the order
 * they come; after a refusal the rest is ignored.
 */
type WorkerScope = {
  onmessage: ((event: MessageEvent<ContentCheckRequest>) => void) | null;
  postMessage(message: ContentCheckReply): void;
};
const scope = self as unknown as WorkerScope;
let check: BackupContentCheck | null = null;
let done = false;
let queue: Promise<void> = Promise.resolve();

async function answer(request: ContentCheckRequest): Promise<void> {
  if (request.kind === 'start') {
    check = new BackupContentCheck(request.tables);
    done = false;
    scope.postMessage({ kind: 'ready' });
    return;
  }
  if (done) return;
  if (!check) throw new Error('The content check was not started.');
  if (request.kind === 'part') {
    const records = await readPartRecords(request.deflated, request.path);
    const finding = check.checkPart(request.table, records);
    if (finding) done = true;
    scope.postMessage(finding ? { kind: 'refused', finding } : { kind: 'checked', records: records.length });
  } else {
    const finding = check.finish();
    done = true;
    scope.postMessage(finding ? { kind: 'refused', finding } : { kind: 'passed' });
  }
}

scope.onmessage = ({ data }) => {
  queue = queue
    .then(() => answer(data))
    .catch((error: unknown) => {
      done = true;
      scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    });
};
