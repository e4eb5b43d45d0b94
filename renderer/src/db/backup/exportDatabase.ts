import type { Dexie, IndexableType } from 'dexie';
import type { FinishedBackup } from '../../../../shared/backup/channels';
import { encodePart } from './partCodec';
import { clearTimings, timed } from './timings';
import { readChunk, tableSchemaText, tablesByName } from './tables';
import { BackupStopped, type BackupSink, type Progress } from './types';

export type ExportOptions = {
  onProgress?: Progress;
  /** Stops between parts; the sink drops the file. */
  signal?: AbortSignal;
  /**
   * Something that changes with every business write (the newest activity-log id). If it
   * differs after the export, records changed while the tables were read one after the
   * other, and the backup would mix two moments: it is dropped and `BackupStopped` thrown.
   */
  changeMarker?: () => Promise<string | undefined>;
};

/**
 * Streams every table of the database to the sink, one part of at most 5,000 records at
 * a time, so the window never holds more than a part. The tables are found from the
 * database itself (`db.tables`): a table added in a later version is backed up without
 * a change here. On any failure the sink is told to drop the file.
 */
export async function exportDatabase(db: Dexie, sink: BackupSink, options: ExportOptions = {}): Promise<FinishedBackup> {
  clearTimings('backup.');
  try {
    const marker = await options.changeMarker?.();
    const tables = tablesByName(db.tables);
    const counts = await Promise.all(tables.map((table) => table.count()));
    const total = counts.reduce((sum, count) => sum + count, 0);
    let done = 0;
    options.onProgress?.(0, total);
    const described: { name: string; schema: string; records: number }[] = [];
    // One part travels to main while the next is read and compressed: the database, the
    // window and main work at the same time, and at most two parts are in memory.
    let sending: Promise<void> = Promise.resolve();
    for (const table of tables) {
      let records = 0;
      let after: IndexableType | undefined;
      do {
        if (options.signal?.aborted) throw new BackupStopped('cancelled', 'The backup was stopped.');
        const chunk = await timed('backup.read', readChunk(table, after));
        const encoded = chunk.records.length > 0 ? await timed('backup.encode', encodePart(chunk.records)) : null;
        await timed('backup.waitForMain', sending);
        if (encoded) sending = sink.addPart(table.name, encoded, chunk.records.length);
        // Seen when awaited on the next round; until then it must not count as unhandled.
        sending.catch(() => undefined);
        records += chunk.records.length;
        done += chunk.records.length;
        options.onProgress?.(Math.min(done, total), Math.max(done, total));
        after = chunk.next;
      } while (after !== undefined);
      described.push({ name: table.name, schema: tableSchemaText(table), records });
    }
    await sending;
    if (options.changeMarker && (await options.changeMarker()) !== marker) {
      throw new BackupStopped('changedDuringBackup', 'Records were changed while the backup was being read.');
    }
    return await timed('backup.finishInMain', sink.finish(described));
  } catch (error) {
    // A reason makes main record a failure; stopping on purpose is none.
    const reason = error instanceof BackupStopped && error.reason !== 'cancelled' ? error.reason : undefined;
    await sink.abort(reason).catch(() => undefined);
    throw error;
  }
}
