import type { FinishedBackup } from '../../../../shared/backup/channels';
import type { BackupManifest } from '../../../../shared/backup/manifest';
import type { BackupProblem } from '../../../../shared/backup/problems';
import type { ContentFinding } from './contentFindings';
import type { EncodedPart } from './partCodec';

/** What the export writes to: main's writer over IPC in the app, a collector in tests. */
export interface BackupSink {
  addPart(table: string, part: EncodedPart, records: number): Promise<void>;
  /** Every table, with its schema and record count (zero-record tables too). */
  finish(tables: { name: string; schema: string; records: number }[]): Promise<FinishedBackup>;
  abort(reason?: BackupProblem): Promise<void>;
}

/** What a restore reads from: an opened, verified backup; parts as stored (raw deflate). */
export interface BackupSource {
  manifest: BackupManifest;
  readPart(path: string): Promise<Uint8Array>;
}

export type Progress = (done: number, total: number) => void;

/** A backup or restore that stopped for a reason the office manager can act on. */
export class BackupStopped extends Error {
  readonly reason: BackupProblem;
  constructor(reason: BackupProblem, message: string) {
    super(message);
    this.name = 'BackupStopped';
    this.reason = reason;
  }
}

/** A backup whose bytes are intact but whose records break the books' rules: refused, nothing changed. */
export class BackupContentInvalid extends BackupStopped {
  readonly finding: ContentFinding;
  constructor(found: ContentFinding) {
    super('contentInvalid', `The backup's table ${found.table} fails the check ${found.key} (${JSON.stringify(found.params)}).`);
    this.name = 'BackupContentInvalid';
    this.finding = found;
  }
}
