import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFormatVersion, encryptionHeaderBytes, encryptionSegmentBytes } from '../../../shared/backup/format';
import { openBackup, type OpenBackupOptions } from './backup-reader';
import { BackupWriter } from './backup-writer';
import { listStoredDocuments } from './document-store';
import { BackupFault } from './faults';
import { sampleTables, storeSampleDocuments, writeSampleBackup } from './test-support';

let folder: string;
let dataFolder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'backoffice-backup-'));
  dataFolder = await mkdtemp(join(tmpdir(), 'backoffice-data-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
  await rm(dataFolder, { recursive: true, force: true });
});

async function refusal(path: string, options: OpenBackupOptions = {}): Promise<string> {
  try {
    await (await openBackup(path, options)).close();
  } catch (error) {
    if (error instanceof BackupFault) return error.reason;
    throw error;
  }
  return 'accepted';
}

async function readAll(path: string, options: OpenBackupOptions = {}) {
  const backup = await openBackup(path, options);
  try {
    const tables: Record<string, unknown[]> = {};
    for (const table of backup.manifest.tables) {
      tables[table.name] = [];
      for (const part of table.parts) tables[table.name]!.push(...(JSON.parse(await backup.readPart(part.path)) as unknown[]));
    }
    const documents: Record<string, Buffer> = {};
    for (const { sha256 } of backup.manifest.documents.files) {
      const chunks: Uint8Array[] = [];
      await backup.readDocument(sha256, async (chunk) => {
        chunks.push(Buffer.from(chunk));
      });
      documents[sha256] = Buffer.concat(chunks);
    }
    return { manifest: backup.manifest, tables, documents, encrypted: backup.encrypted };
  } finally {
    await backup.close();
  }
}

describe('a backup file', () => {
  it('holds every table in parts of at most 5,000 records, the documents and a manifest, under its backup name', async () => {
    const contents = [strToU8('invoice 1'), randomBytes(300_000), new Uint8Array(0)];
    const hashes = await storeSampleDocuments(dataFolder, contents);
    const written = await writeSampleBackup(folder, { documents: await listStoredDocuments(dataFolder) });

    expect(written.fileName).toBe('Backoffice 2026-11-25 093015.backup');
    expect(await readdir(folder)).toEqual([written.fileName]);
    const back = await readAll(written.path);
    expect(back.encrypted).toBe(false);
    expect(back.manifest).toMatchObject({
      format: 'backoffice-backup',
      formatVersion: backupFormatVersion,
      schemaVersion: 1,
      appVersion: '0.1.0-test',
      company: 'Harbour Supplies Ltd',
      purpose: 'regular',
      documents: { count: 3, bytes: 300_000 + 9 },
    });
    const audit = back.manifest.tables.find((table) => table.name === 'auditLog')!;
    expect(audit.parts.map((part) => [part.path, part.records])).toEqual([
      ['tables/auditLog/1.json', 5000],
      ['tables/auditLog/2.json', 5000],
      ['tables/auditLog/3.json', 2000],
    ]);
    for (const table of sampleTables()) expect(back.tables[table.name]).toEqual(table.records);
    hashes.forEach((sha256, i) => expect(back.documents[sha256]!.equals(contents[i]!), sha256).toBe(true));
  });

  it('is a plain zip that other tools list and test', async () => {
    const written = await writeSampleBackup(folder, { tables: sampleTables(10) });
    let listing: string;
    try {
      listing = execFileSync('python3', ['-c', 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print("\\n".join(z.namelist()))', written.path], { encoding: 'utf8' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // no python3 here: nothing to compare with
      throw error;
    }
    expect(listing.trim().split('\n')).toEqual(['tables/settings/1.json', 'tables/auditLog/1.json', 'tables/entries/1.json', 'manifest.json']);
  });

  it('encrypted: opens only with its passphrase, and then gives back the same records and documents', async () => {
    await storeSampleDocuments(dataFolder, [randomBytes(2_500_000)]);
    const plain = await writeSampleBackup(folder, { documents: await listStoredDocuments(dataFolder), createdAt: new Date(2026, 10, 25, 9, 0, 0) });
    const encrypted = await writeSampleBackup(folder, { documents: await listStoredDocuments(dataFolder), passphrase: 'correct horse battery' });

    const bytes = await readFile(encrypted.path);
    expect(bytes.subarray(0, 8).toString('ascii')).toBe('BKOFFENC');
    expect(bytes.includes(Buffer.from('Harbour Supplies'))).toBe(false);
    expect(await refusal(encrypted.path)).toBe('passphraseNeeded');
    expect(await refusal(encrypted.path, { passphrase: 'correct horse battery!' })).toBe('wrongPassphrase');
    const fromEncrypted = await readAll(encrypted.path, { passphrase: 'correct horse battery' });
    const fromPlain = await readAll(plain.path);
    expect(fromEncrypted.encrypted).toBe(true);
    expect(fromEncrypted.tables).toEqual(fromPlain.tables);
    expect(Object.keys(fromEncrypted.documents)).toEqual(Object.keys(fromPlain.documents));
    for (const [sha256, content] of Object.entries(fromPlain.documents)) expect(content.equals(fromEncrypted.documents[sha256]!)).toBe(true);
  }, 30_000);
});

describe('a damaged or foreign file is refused before anything is read from it', () => {
  it('any single flipped byte of a plain backup', { timeout: 60_000 }, async () => {
    await storeSampleDocuments(dataFolder, [strToU8('a receipt')]);
    const written = await writeSampleBackup(folder, { tables: sampleTables(3), documents: await listStoredDocuments(dataFolder) });
    const original = await readFile(written.path);
    const damaged = join(folder, 'flipped.backup');
    const accepted: number[] = [];
    for (let at = 0; at < original.length; at += 1) {
      const copy = Buffer.from(original);
      copy[at] = copy[at]! ^ 0x20;
      await writeFile(damaged, copy);
      const reason = await refusal(damaged);
      if (reason === 'accepted') accepted.push(at);
      else expect(['damaged', 'truncated', 'notABackup']).toContain(reason);
    }
    expect(accepted).toEqual([]);
  });

  it('flipped bytes of an encrypted backup: header, first, middle and last segment', async () => {
    await storeSampleDocuments(dataFolder, [randomBytes(1_500_000)]);
    const written = await writeSampleBackup(folder, { documents: await listStoredDocuments(dataFolder), passphrase: 'correct horse battery' });
    const original = await readFile(written.path);
    const positions = [
      ...Array.from({ length: encryptionHeaderBytes }, (_, i) => i),
      encryptionHeaderBytes, encryptionHeaderBytes + 20, encryptionHeaderBytes + encryptionSegmentBytes,
      Math.floor(original.length / 2), original.length - 17, original.length - 1,
    ];
    const damaged = join(folder, 'flipped.backup');
    for (const at of positions) {
      const copy = Buffer.from(original);
      copy[at] = copy[at]! ^ 0x01;
      await writeFile(damaged, copy);
      // A flipped scrypt byte can also ask for more than readers allow (beyondLimits).
      expect(['damaged', 'notABackup', 'newerFormat', 'wrongPassphrase', 'beyondLimits'], `byte ${at}`).toContain(await refusal(damaged, { passphrase: 'correct horse battery' }));
    }
  }, 30_000);

  it('a truncated file, cut anywhere', async () => {
    const written = await writeSampleBackup(folder, { tables: sampleTables(3000) });
    const { length } = await readFile(written.path);
    for (const keep of [0, 1, 3, 30, 1000, Math.floor(length / 2), length - 23, length - 1]) {
      const cut = join(folder, `cut-${keep}.backup`);
      await writeFile(cut, (await readFile(written.path)).subarray(0, keep));
      expect(['truncated', 'notABackup'], `kept ${keep} of ${length}`).toContain(await refusal(cut));
    }
  });

  it('an encrypted file cut at a segment boundary is named truncated', { timeout: 30_000 }, async () => {
    await storeSampleDocuments(dataFolder, [randomBytes(2_200_000)]);
    const written = await writeSampleBackup(folder, { documents: await listStoredDocuments(dataFolder), passphrase: 'correct horse battery' });
    await truncate(written.path, encryptionHeaderBytes + 2 * (encryptionSegmentBytes + 28));
    expect(await refusal(written.path, { passphrase: 'correct horse battery' })).toBe('truncated');
  });

  it('a newer file format or a newer database version', async () => {
    const newerFormat = await writeSampleBackup(folder, { rewriteManifest: (manifest) => ({ ...manifest, formatVersion: backupFormatVersion + 1, shiny: true }) });
    expect(await refusal(newerFormat.path)).toBe('newerFormat');
    const newerSchema = await writeSampleBackup(folder, { schemaVersion: 7, createdAt: new Date(2026, 10, 25, 10, 0, 0) });
    expect(await refusal(newerSchema.path, { maxSchemaVersion: 2 })).toBe('newerSchema');
    expect(await refusal(newerSchema.path, { maxSchemaVersion: 7 })).toBe('accepted');
  });

  it('a manifest that lies about its records', async () => {
    const lying = await writeSampleBackup(folder, {
      rewriteManifest: (manifest) => ({
        ...manifest,
        tables: manifest.tables.map((table) =>
          table.name === 'entries' ? { ...table, records: 8, parts: table.parts.map((part) => ({ ...part, records: 8 })) } : table,
        ),
      }),
    });
    expect(await refusal(lying.path)).toBe('damaged');
  });

  it('random bytes, a foreign zip, or a zip with someone else’s manifest, renamed .backup', async () => {
    const random = join(folder, 'Backoffice 2026-01-01 000000.backup');
    await writeFile(random, randomBytes(5000));
    expect(await refusal(random)).toBe('notABackup');
    const foreign = join(folder, 'photos.backup');
    await writeFile(foreign, zipSync({ 'holiday.jpg': randomBytes(2000) }));
    expect(await refusal(foreign)).toBe('notABackup');
    const otherManifest = join(folder, 'other.backup');
    await writeFile(otherManifest, zipSync({ 'manifest.json': strToU8('{"format":"something-else","formatVersion":1}') }));
    expect(await refusal(otherManifest)).toBe('notABackup');
    const empty = join(folder, 'empty.backup');
    await writeFile(empty, new Uint8Array(0));
    expect(await refusal(empty)).toBe('notABackup');
  });

  it('a missing file', async () => {
    expect(await refusal(join(folder, 'gone.backup'))).toBe('fileMissing');
  });
});

describe('writing refuses', () => {
  it('a stored document whose content no longer matches its name, and leaves no file behind', async () => {
    const [sha256] = await storeSampleDocuments(dataFolder, [strToU8('original')]);
    await writeFile(join(dataFolder, 'documents', sha256!), 'changed on disk');
    await expect(writeSampleBackup(folder, { documents: await listStoredDocuments(dataFolder) })).rejects.toMatchObject({ reason: 'documentDamaged' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('a table whose announced count differs from the records sent, and leaves no file behind', async () => {
    const writer = await BackupWriter.start({ folder, purpose: 'regular', schemaVersion: 1, appVersion: 'test', companyName: 'Acme' });
    await writer.addPart('auditLog', JSON.stringify([{ id: 'a' }, { id: 'b' }]), 2);
    await expect(writer.finish([{ name: 'auditLog', schema: 'id', records: 3 }])).rejects.toThrow(/3 records announced, 2 received/);
    expect(await readdir(folder)).toEqual([]);
  });
});
