import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { FinishedBackup } from '../../../../shared/backup/channels';
import { exportDatabase } from '../backup/exportDatabase';
import type { BackupSink } from '../backup/types';
import type { BackofficeDb } from '../database';
import type { AuditAction } from '../records';
import { createAuditLogRepository } from './auditLogRepository';
import { bankTestBook, statementMapping, statementText } from './bank/bankTesting';
import { createPreferencesRepository } from './preferencesRepository';

// Every write of the books leaves one activity-log entry in its own transaction, and so
// moves the marker a backup reads to tell whether the books changed while it read them.

let db: BackofficeDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

type Book = Awaited<ReturnType<typeof bankTestBook>>;

async function book(): Promise<Book & { preferences: ReturnType<typeof createPreferencesRepository> }> {
  const made = await bankTestBook();
  db = made.db;
  return { ...made, preferences: createPreferencesRepository(made.db) };
}

/** A book whose bank account has the statement's four postings. */
async function bookWithPostings() {
  const made = await book();
  await made.bank.importStatementLines(made.bankId, made.proposalsOf(statementText, 'bankFees').proposals);
  const postings = await made.bank.bankPostings(made.bankId, 'RUB');
  const start = () => made.bank.startReconciliation({ accountId: made.bankId, currency: 'RUB', statementDate: '2026-03-04', closingBalance: 7_500_000 });
  return { ...made, postings, start };
}

/** One write of the books: what it must log, and how to set it up (the write resolves with the record ids it must name). */
type AuditedWriteCase = {
  name: string;
  action: AuditAction;
  tables: string[];
  prepare: () => Promise<{ db: BackofficeDb; write: () => Promise<string[]> }>;
};

const cases: AuditedWriteCase[] = [
  {
    name: 'saving a new draft',
    action: 'draftSaved',
    tables: ['drafts'],
    prepare: async () => {
      const { db, ledger, entry } = await book();
      return { db, write: async () => [(await ledger.saveDraft(entry('2026-03-01', [['rent', 500], ['bank', -500]]))).id] };
    },
  },
  {
    name: 'changing a draft',
    action: 'draftSaved',
    tables: ['drafts'],
    prepare: async () => {
      const { db, ledger, entry } = await book();
      const draft = await ledger.saveDraft(entry('2026-03-01', [['rent', 500], ['bank', -500]]));
      return { db, write: async () => [(await ledger.saveDraft(entry('2026-03-02', [['rent', 700], ['bank', -700]], { id: draft.id }))).id] };
    },
  },
  {
    name: 'deleting a draft',
    action: 'draftDeleted',
    tables: ['drafts'],
    prepare: async () => {
      const { db, ledger, entry } = await book();
      const draft = await ledger.saveDraft(entry('2026-03-01', [['rent', 500], ['bank', -500]]));
      return { db, write: async () => (await ledger.deleteDraft(draft.id), [draft.id]) };
    },
  },
  {
    name: 'copying an entry into a new draft',
    action: 'entryDuplicated',
    tables: ['drafts'],
    prepare: async () => {
      const { db, ledger, entry } = await book();
      const posted = await ledger.postNewEntry(entry('2026-03-01', [['rent', 500], ['bank', -500]]));
      return { db, write: async () => [(await ledger.duplicateEntry(posted.id, '2026-03-09')).id] };
    },
  },
  {
    name: 'starting a bank reconciliation',
    action: 'reconciliationStarted',
    tables: ['reconciliations'],
    prepare: async () => {
      const { db, start } = await bookWithPostings();
      return { db, write: async () => [(await start()).id] };
    },
  },
  {
    name: 'changing the statement a reconciliation is done for',
    action: 'reconciliationStatementChanged',
    tables: ['reconciliations'],
    prepare: async () => {
      const { db, bank, start } = await bookWithPostings();
      const { id } = await start();
      return { db, write: async () => (await bank.updateStatement(id, { statementDate: '2026-03-05', closingBalance: 7_470_000 }), [id]) };
    },
  },
  {
    name: 'ticking postings of a reconciliation',
    action: 'reconciliationTicked',
    tables: ['reconciliations'],
    prepare: async () => {
      const { db, bank, start, postings } = await bookWithPostings();
      const { id } = await start();
      return { db, write: async () => (await bank.tickPostings(id, [postings[0]!.id, postings[1]!.id], true), [id]) };
    },
  },
  {
    name: 'cancelling a reconciliation',
    action: 'reconciliationCancelled',
    tables: ['reconciliations'],
    prepare: async () => {
      const { db, bank, start } = await bookWithPostings();
      const { id } = await start();
      return { db, write: async () => (await bank.cancelReconciliation(id), [id]) };
    },
  },
  {
    name: 'finishing a reconciliation',
    action: 'reconciliationFinished',
    tables: ['reconciliations'],
    prepare: async () => {
      const { db, bank, start, postings } = await bookWithPostings();
      const { id } = await start();
      await bank.tickPostings(id, [postings[0]!.id, postings[1]!.id], true);
      return { db, write: async () => (await bank.finishReconciliation(id), [id]) };
    },
  },
  {
    name: 'remembering a bank account’s statement columns',
    action: 'bankMappingSaved',
    tables: ['bankMappings'],
    prepare: async () => {
      const { db, bank, bankId } = await book();
      return { db, write: async () => (await bank.saveMapping(bankId, statementMapping, 'windows-1251'), [bankId]) };
    },
  },
  {
    name: 'choosing the interface language',
    action: 'languageSet',
    tables: ['settings'],
    prepare: async () => {
      const { db, preferences } = await book();
      return { db, write: async () => [(await preferences.setLanguage('hu')).id] };
    },
  },
  {
    name: 'changing the interface language',
    action: 'languageSet',
    tables: ['settings'],
    prepare: async () => {
      const { db, preferences } = await book();
      await preferences.setLanguage('hu');
      return { db, write: async () => [(await preferences.setLanguage('en')).id] };
    },
  },
];

/** Every table's records, to compare before and after a write that must leave no trace. */
async function contents(db: BackofficeDb): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const)));
}

const changeMarker = (db: BackofficeDb) => createAuditLogRepository(db).booksChangeMarker();

describe('every write of the books is in the activity log', () => {
  it.each(cases)('$name leaves exactly one entry, naming the action, the tables and the records', async ({ action, tables, prepare }) => {
    const { db, write } = await prepare();
    const before = await db.auditLog.count();
    const recordIds = await write();
    expect(await db.auditLog.count()).toBe(before + 1);
    const [newest] = await createAuditLogRepository(db).listAuditEntries({ limit: 1 });
    expect(newest).toMatchObject({ action, tables, recordIds });
  });

  it.each(cases)('$name tells the backup that the books changed', async ({ prepare }) => {
    const { db, write } = await prepare();
    const before = await changeMarker(db);
    await write();
    const after = await changeMarker(db);
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
  });

  it.each(cases)('$name stores nothing when its activity-log entry cannot be written (one transaction)', async ({ prepare }) => {
    const { db, write } = await prepare();
    const diskFull = () => {
      throw new Error('The disk is full.');
    };
    db.auditLog.hook('creating', diskFull);
    const before = await contents(db);
    await expect(write()).rejects.toThrow('The disk is full.');
    db.auditLog.hook('creating').unsubscribe(diskFull);
    expect(await contents(db)).toEqual(before);
  });
});

describe('a refused write leaves neither a change nor an activity-log entry', () => {
  /** Runs a write that must be refused; returns whether the books stayed exactly as they were. */
  async function refusedWithoutTrace(db: BackofficeDb, write: () => Promise<unknown>): Promise<boolean> {
    const before = await contents(db);
    await expect(write()).rejects.toThrow();
    return JSON.stringify(await contents(db)) === JSON.stringify(before);
  }

  it('drafts: saving over or deleting a posted entry', async () => {
    const { db, ledger, entry } = await book();
    const posted = await ledger.postNewEntry(entry('2026-03-01', [['rent', 500], ['bank', -500]]));
    expect(await refusedWithoutTrace(db, () => ledger.saveDraft(entry('2026-03-02', [['rent', 1], ['bank', -1]], { id: posted.id })))).toBe(true);
    expect(await refusedWithoutTrace(db, () => ledger.deleteDraft(posted.id))).toBe(true);
    expect(await refusedWithoutTrace(db, () => ledger.duplicateEntry('no-such-entry'))).toBe(true);
  });

  it('reconciliations: a second one while one is open, a change or a tick after it finished', async () => {
    const { db, bank, start, postings } = await bookWithPostings();
    const { id } = await start();
    expect(await refusedWithoutTrace(db, start)).toBe(true);
    await bank.tickPostings(id, [postings[0]!.id, postings[1]!.id], true);
    await bank.finishReconciliation(id);
    expect(await refusedWithoutTrace(db, () => bank.tickPostings(id, [postings[2]!.id], true))).toBe(true);
    expect(await refusedWithoutTrace(db, () => bank.updateStatement(id, { statementDate: '2026-03-06', closingBalance: 0 }))).toBe(true);
    expect(await refusedWithoutTrace(db, () => bank.cancelReconciliation(id))).toBe(true);
  });

  it('bank mappings: columns that cannot be used together', async () => {
    const { db, bank, bankId } = await book();
    expect(await refusedWithoutTrace(db, () => bank.saveMapping(bankId, { ...statementMapping, description: 0 }, 'utf-8'))).toBe(true);
  });

  it('preferences: a language the app does not speak', async () => {
    const { db, preferences } = await book();
    // @ts-expect-error: 'de' is not a Language; the repository checks at run time too.
    expect(await refusedWithoutTrace(db, () => preferences.setLanguage('de'))).toBe(true);
  });

  it('choosing the language already chosen writes nothing, so the books count as unchanged', async () => {
    const { db, preferences } = await book();
    await preferences.setLanguage('hu');
    const before = await contents(db);
    await preferences.setLanguage('hu');
    expect(await contents(db)).toEqual(before);
  });
});

describe('a backup taken while the books change', () => {
  it('is dropped when a draft is saved while it reads the tables, by the marker the app’s backup uses', async () => {
    const { db, ledger, entry } = await book();
    let saved = false;
    const aborted: unknown[] = [];
    const sink: BackupSink = {
      async addPart() {
        if (saved) return;
        saved = true;
        await ledger.saveDraft(entry('2026-03-01', [['rent', 500], ['bank', -500]]));
      },
      async finish() {
        return {} as FinishedBackup;
      },
      async abort(reason) {
        aborted.push(reason);
      },
    };
    await expect(exportDatabase(db, sink, { changeMarker: createAuditLogRepository(db).booksChangeMarker })).rejects.toMatchObject({ reason: 'changedDuringBackup' });
    expect(saved).toBe(true);
    expect(aborted).toEqual(['changedDuringBackup']);
  });
});
