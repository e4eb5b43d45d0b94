import { monotonicFactory } from 'ulidx';
import { planJournalImport, readoutOf, sliceOf, type JournalPlan } from './journalPlan';
import { journalSliceSize, type JournalWorkerReply, type JournalWorkerRequest } from './journalWorkerProtocol';

/**
 * Reads a journal off the window's thread: a 46 MB journal takes seconds to parse and
 * check, which would freeze the window. The plan stays here; the window takes its entries
 * slice by slice as it imports them, so no single message is large.
 */
type WorkerScope = {
  onmessage: ((event: MessageEvent<JournalWorkerRequest>) => void) | null;
  postMessage(message: JournalWorkerReply): void;
};
const scope = self as unknown as WorkerScope;
const newId = monotonicFactory();
let plan: JournalPlan | null = null;

scope.onmessage = ({ data }) => {
  try {
    if (data.kind === 'plan') {
      plan = planJournalImport(data.text, data.chart, { language: data.language, newId: () => newId() });
      scope.postMessage(
        plan.ok
          ? { kind: 'planned', ...readoutOf(plan), sliceCount: Math.ceil(plan.inputs.length / journalSliceSize) }
          : { kind: 'refused', errors: plan.errors },
      );
    } else if (plan?.ok) {
      scope.postMessage({ kind: 'slice', index: data.index, inputs: sliceOf(plan.inputs, data.index, journalSliceSize) });
    } else {
      scope.postMessage({ kind: 'failed', message: 'No journal has been read.' });
    }
  } catch (error) {
    scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
