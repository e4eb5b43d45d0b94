import { Dexie, type DexieOptions, type Table } from 'dexie';
import type { AuditEntry, SettingsRecord } from './records';

export const databaseName = 'backoffice';

/**
 * The window's data in IndexedDB. Schema changes are new `version(n)` steps appended
 * below (with an upgrade function when existing records change shape); old steps are
 * never edited, so a database or backup from any earlier version opens in the newest.
 */
export class BackofficeDb extends Dexie {
  settings!: Table<SettingsRecord, string>;
  auditLog!: Table<AuditEntry, string>;

  constructor(name: string = databaseName, options?: DexieOptions) {
    super(name, options);

    // Version 1: the company record and preferences (by key), and the activity log.
    this.version(1).stores({
      settings: 'key',
      auditLog: 'id, at',
    });
  }
}
