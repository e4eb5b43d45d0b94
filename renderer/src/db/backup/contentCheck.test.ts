import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { accountPath, indexAccounts } from '../../../../shared/ledger/accounts';
import { createTestDb, unguardedConnection } from '../testing';
import type { ContentFinding } from './contentFindings';
import { exportDatabase } from './exportDatabase';
import { restoreInto } from './restoreDatabase';
import type { StockBlock } from '../../../../shared/stock/types';
import type { BackofficeDb } from '../database';
import { bookOf, bookRecords, memoryBackup, storeBook, storeInventory, storePurchasing, type BookRecords } from './testing';
import { BackupContentInvalid, type BackupSource } from './types';

// Backups whose bytes are intact (every hash matches) but whose records break the books'
// rules: written into a database past the ledger's checks, then backed up as the app does.

const dbs: Dexie[] = [];
const names: string[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

function newName(): string {
  const name = `backoffice-books-check-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
}

async function contents(db: Dexie): Promise<Record<string, unknown[]>> {
  const all: Record<string, unknown[]> = {};
  for (const table of db.tables) all[table.name] = await table.toArray();
  return all;
}

/** A backup of a book of `entries` entries, tampered with by `tamper` before it was stored. */
async function backupOf(tamper: (book: BookRecords) => void, entries = 60): Promise<{ book: BookRecords; source: BackupSource }> {
  const other = createTestDb();
  dbs.push(other);
  const book = bookRecords(entries);
  tamper(book);
  await storeBook(other, book);
  const memory = memoryBackup(other.verno);
  await exportDatabase(other, memory.sink);
  return { book, source: memory.source() };
}

/**
 * Restores the backup while other books are current; expects a refusal naming `expected`,
 * the current books as they were and the half-written database gone.
 */
async function expectRefused(source: BackupSource, expected: Partial<ContentFinding>): Promise<void> {
  const current = createTestDb();
  dbs.push(current);
  await storeBook(current, bookRecords(5));
  const before = await contents(current);
  const name = newName();
  const error: unknown = await restoreInto(name, source).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(BackupContentInvalid);
  expect(error).toMatchObject({ reason: 'contentInvalid', finding: expected });
  expect(await Dexie.exists(name)).toBe(false);
  expect(await contents(current)).toEqual(before);
}

const twoLineEntry = (book: BookRecords) => book.entries.find((entry) => entry.lines.length === 2 && entry.lines[0]!.accountId !== entry.lines[1]!.accountId)!;

describe('a restore refuses a backup whose records break the rules, and leaves the current books as they were', () => {
  it('an entry with a fractional amount, though it balances', async () => {
    let changed = { id: '', number: '', date: '' };
    const { source } = await backupOf((book) => {
      const entry = twoLineEntry(book);
      entry.lines[0]!.debit += 0.5;
      entry.lines[1]!.credit += 0.5;
      changed = entry;
    });
    await expectRefused(source, { table: 'entryBlocks', key: 'entryAmountInvalid', params: { entry: changed.number, id: changed.id, date: changed.date, line: 1, account: expect.any(String) } });
  });

  it('an entry whose debits and credits differ by one cent', async () => {
    let changed = { number: '', date: '' };
    const { source } = await backupOf((book) => {
      const entry = twoLineEntry(book);
      entry.lines[0]!.debit += 1;
      changed = entry;
    });
    await expectRefused(source, { table: 'entryBlocks', key: 'entryUnbalanced', params: expect.objectContaining({ entry: changed.number, date: changed.date, currency: 'EUR' }) });
  });

  it('a monthly balance that disagrees with the entries', async () => {
    let account = '';
    const { source } = await backupOf((book) => {
      const balance = book.balances[3]!;
      balance.debit += 100;
      account = accountPath(indexAccounts(book.accounts).get(balance.accountId)!, indexAccounts(book.accounts));
    });
    await expectRefused(source, { table: 'balances', key: 'balanceDiffers', params: expect.objectContaining({ account, currency: 'EUR' }) });
  });

  it('a register chunk that disagrees with the entries: a posting changed, or one missing', async () => {
    const changed = await backupOf((book) => void (book.registers[2]!.postings[0]!.credit += 1));
    await expectRefused(changed.source, { table: 'registers', key: 'registerDiffers', params: expect.objectContaining({ period: changed.book.registers[2]!.period }) });
    const shortened = await backupOf((book) => void book.registers[4]!.postings.pop());
    await expectRefused(shortened.source, { table: 'registers', key: 'registerDiffers', params: expect.objectContaining({ period: shortened.book.registers[4]!.period }) });
  });

  it('an entry on an account the backup does not have', async () => {
    let missing = '';
    const { source } = await backupOf((book) => {
      missing = book.entries[7]!.lines[0]!.accountId;
      book.accounts = book.accounts.filter((account) => account.id !== missing);
    });
    await expectRefused(source, { table: 'entryBlocks', key: 'entryAccountMissing', params: expect.objectContaining({ account: missing }) });
  });

  it('the same entry twice, an account under a missing parent, a draft with a fractional amount', async () => {
    const twice = await backupOf((book) => void book.entries.push({ ...book.entries[3]! }));
    await expectRefused(twice.source, { table: 'entryBlocks', key: 'entryIdRepeated', params: expect.objectContaining({ id: twice.book.entries[3]!.id }) });

    const orphan = await backupOf((book) => {
      const parent = book.accounts.find((account) => book.accounts.some((child) => child.parentId === account.id))!;
      book.accounts = book.accounts.filter((account) => account.id !== parent.id);
    });
    await expectRefused(orphan.source, { table: 'accounts', key: 'accountInvalid' });

    const draft = { ...bookRecords(1).entries[0]!, id: 'draft-1', status: 'draft' as const };
    draft.lines = [{ ...draft.lines[0]!, debit: 10.25 }, ...draft.lines.slice(1)];
    const db = createTestDb();
    dbs.push(db);
    const raw = unguardedConnection(db);
    await raw.drafts.add(draft);
    raw.close();
    const memory = memoryBackup(db.verno);
    await exportDatabase(db, memory.sink);
    await expectRefused(memory.source(), { table: 'drafts', key: 'draftInvalid' });
  });

  it('stops at the part where it goes wrong: the parts after it are not read', async () => {
    // 10,000 entries: 48 blocks, in three parts of the entry blocks; the first entry is bad.
    const { source } = await backupOf((book) => void (book.entries[0]!.lines[0]!.debit += 1), 10_000);
    const blockParts = source.manifest.tables.find((table) => table.name === 'entryBlocks')!.parts;
    expect(blockParts).toHaveLength(3);
    const read: string[] = [];
    const watched: BackupSource = { manifest: source.manifest, readPart: (path) => (read.push(path), source.readPart(path)) };
    await expectRefused(watched, { key: 'entryUnbalanced' });
    expect(read).toContain(blockParts[0]!.path);
    expect(read).not.toContain(blockParts[2]!.path);
    expect(read.some((path) => path.startsWith('tables/registers/'))).toBe(false);
  }, 60_000);
});

describe('a restore accepts what the rules allow', () => {
  it('an unbalanced draft (drafts are not posted), an archived account with postings, a lock date past old entries', async () => {
    const book = bookRecords(60);
    const used = book.entries[0]!.lines[0]!.accountId;
    book.accounts = book.accounts.map((account) => (account.id === used ? { ...account, archived: true } : account));
    const db = createTestDb();
    dbs.push(db);
    await storeBook(db, book);
    const raw = unguardedConnection(db);
    await raw.drafts.add({ ...book.entries[0]!, id: 'draft-1', status: 'draft', lines: [{ ...book.entries[0]!.lines[0]!, debit: 99 }] });
    await raw.settings.put({ key: 'ledger', id: '01L', lockDate: '2026-12-31', lastNumbers: { 2026: 60 }, balancesRevision: 'r1', createdAt: 'x', updatedAt: 'x' });
    raw.close();
    const memory = memoryBackup(db.verno);
    await exportDatabase(db, memory.sink);
    const name = newName();
    await restoreInto(name, memory.source(), { auditAction: null });
    const restored = new Dexie(name);
    await restored.open();
    expect(await contents(restored)).toEqual(await contents(db));
    restored.close();
  });

  it('a payment naming the bills it pays keeps them; a malformed pick is refused as unreadable', async () => {
    const named = (book: BookRecords, amount: number) => {
      const payment = book.entries[5]!;
      payment.settles = [{ entryId: book.entries[1]!.id, amount }];
      Object.assign(book, bookOf(book.accounts, book.entries));
    };
    const good = await backupOf((book) => named(book, 100));
    const name = newName();
    await restoreInto(name, good.source, { auditAction: null });
    const restored = new Dexie(name);
    await restored.open();
    const blocks = (await restored.table('entryBlocks').toArray()) as { entries: BookRecords['entries'] }[];
    const entry = blocks.flatMap((block) => block.entries).find((one) => one.id === good.book.entries[5]!.id);
    expect(entry?.settles).toEqual([{ entryId: good.book.entries[1]!.id, amount: 100 }]);
    restored.close();

    const bad = await backupOf((book) => named(book, -100));
    await expectRefused(bad.source, { key: 'recordUnreadable' });
  });

  it('parts in another order than the app writes them: what they refer to is checked at the end', async () => {
    const reversed = (source: BackupSource): BackupSource => ({ ...source, manifest: { ...source.manifest, tables: [...source.manifest.tables].reverse() } });
    const good = await backupOf(() => undefined);
    const name = newName();
    await restoreInto(name, reversed(good.source));
    expect(await Dexie.exists(name)).toBe(true);

    const changed = await backupOf((book) => void (book.registers[1]!.postings[0]!.debit += 1));
    await expectRefused(reversed(changed.source), { key: 'registerDiffers' });
    let missing = '';
    const orphaned = await backupOf((book) => {
      missing = book.entries[2]!.lines[1]!.accountId;
      book.accounts = book.accounts.filter((account) => account.id !== missing);
    });
    await expectRefused(reversed(orphaned.source), { key: 'entryAccountMissing', params: expect.objectContaining({ account: missing }) });
  });
});

describe('a restore checks the warehouse too (purchasing records beside it)', () => {
  async function inventoryBackup(tamper: (db: BackofficeDb) => Promise<void>): Promise<BackupSource> {
    const other = createTestDb();
    dbs.push(other);
    await storeBook(other, bookRecords(10));
    await storeInventory(other, 40);
    await storePurchasing(other);
    const raw = unguardedConnection(other);
    await tamper(raw);
    raw.close();
    const memory = memoryBackup(other.verno);
    await exportDatabase(other, memory.sink);
    return memory.source();
  }

  it('a consistent warehouse with its purchasing restores', async () => {
    const source = await inventoryBackup(async () => {});
    const name = newName();
    await restoreInto(name, source);
    expect(await Dexie.exists(name)).toBe(true);
  });

  it('a kept stock level its movements do not add up to is refused, naming the item', async () => {
    const source = await inventoryBackup(async (db) => {
      await db.transaction('rw', db.stockLevels, () => db.stockLevels.update('item-B', { quantity: 999 }));
    });
    await expectRefused(source, { table: 'stockLevels', key: 'stockLevelDiffers', params: { item: 'B Item B' } });
  });

  it('a movement with a fractional quantity is refused, naming its month', async () => {
    const source = await inventoryBackup(async (db) => {
      // Past the database's own refusal to change a recorded movement: a file damaged by hand.
      const bare = new Dexie(db.name, { indexedDB, IDBKeyRange });
      await bare.open();
      const [block] = (await bare.table('stockBlocks').toArray()) as StockBlock[];
      block!.movements[0]!.quantity = 1.5;
      await bare.table('stockBlocks').put(block);
      bare.close();
    });
    await expectRefused(source, { table: 'stockBlocks', key: 'stockMovementInvalid', params: { period: '2026-01', block: '0' } });
  });
});
