import type { ContentFinding } from './contentFindings';
import type { TableParts } from './contentCheck';

/** Messages between a restore and its content-check worker (plain data: structured clone). */
export type ContentCheckRequest =
  | { kind: 'start'; tables: TableParts[] }
  /** A part as stored (raw deflate): the worker reads its own copy, so the window does not hand records over. */
  | { kind: 'part'; table: string; path: string; deflated: Uint8Array }
  | { kind: 'finish' };

export type ContentCheckReply =
  | { kind: 'ready' }
  | { kind: 'checked'; records: number }
  | { kind: 'refused'; finding: ContentFinding }
  | { kind: 'passed' }
  | { kind: 'failed'; message: string };
