import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import {
  backupFileName,
  backupFormat,
  backupFormatVersion,
  backupTempFileName,
  bookIdPattern,
  type BackupNameParts,
  documentPath,
  manifestPath,
  partRecordLimit,
  tablePartPath,
  zipByteLimit,
  zipEntryLimit,
} from '../../../shared/backup/format';
import { backupManifestSchema, type BackupManifest, type BackupPurpose, type BackupTable } from '../../../shared/backup/manifest';
import { syncFolder } from '../atomic-file';
import { openBackup } from './backup-reader';
import { bookTagOf } from './book-tag';
import { placeBackup, type LinkFile } from './place-backup';
import { digestCommentBytes, digestCommentPrefix } from './zip-reader';
import { SegmentEncryptor, type ScryptParams } from './encryption';
import { BackupFault, faultFromFileError } from './faults';
import { openNewFile, type OpenWritableFile, type WritableFile } from './temp-file';

const deflate = promisify(deflateRaw);

export type BackupWriterOptions = {
  folder: string;
  purpose: BackupPurpose;
  schemaVersion: number;
  appVersion: string;
  companyName: string;
  /** The book's id (its company record's id); its tag goes into the file name. None before setup. */
  bookId?: string | undefined;
  passphrase?: string;
  createdAt?: Date;
  /** Make the folder when missing: yes for the app's own folder, no for a folder the user chose (an unplugged stick). */
  createFolder?: boolean;
  scrypt?: ScryptParams;
  /** zlib level for table parts: 1 is fast and still shrinks JSON about 5×. */
  compressionLevel?: number;
  openTemp?: OpenWritableFile;
  /** Tests only: a file system without hard links. */
  link?: LinkFile;
  /** Tests only: writes a different manifest (a newer format, a lie about counts). */
  rewriteManifest?: (manifest: BackupManifest) => unknown;
};

export type TableDescription = { name: string; schema: string; records: number };

/** A part's JSON as raw deflate, with the size, CRC-32 and SHA-256 of the JSON itself. */
export type CompressedPart = { deflated: Uint8Array; bytes: number; crc32: number; sha256: string };

export type WrittenBackup = { path: string; fileName: string; bytes: number; manifest: BackupManifest };

/** Temp files this process is writing right now; the stale-file sweep leaves them alone. */
export const activeTempFiles = new Set<string>();

/**
 * Writes one backup file: parts and documents stream into a zip (optionally encrypted)
 * in a hidden temp file in the target folder; `finish` adds the manifest, fsyncs,
 * re-reads and verifies everything, and only then renames it to its backup name.
 */
export class BackupWriter {
  private readonly zip: Zip;
  private queue: Uint8Array[] = [];
  private zipError: Error | null = null;
  private written = 0;
  private entries = 0;
  private readonly parts = new Map<string, BackupTable['parts']>();
  private readonly documents: BackupManifest['documents']['files'] = [];
  private closed = false;
  private readonly digest = createHash('sha256');

  private constructor(
    private readonly options: BackupWriterOptions & { createdAt: Date },
    readonly tempPath: string,
    private readonly file: WritableFile,
    private readonly encryptor: SegmentEncryptor | null,
  ) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.zipError = error;
      else this.queue.push(chunk);
    });
  }

  static async start(options: BackupWriterOptions): Promise<BackupWriter> {
    const createdAt = options.createdAt ?? new Date();
    const folder = options.folder;
    if (options.bookId !== undefined && !bookIdPattern.test(options.bookId)) throw new Error(`"${options.bookId}" is not a book id.`);
    try {
      if (options.createFolder) await mkdir(folder, { recursive: true });
      if (!(await stat(folder)).isDirectory()) throw new BackupFault('folderUnreachable', `${folder} is not a folder.`);
    } catch (error) {
      throw faultFromFileError(error, folder);
    }
    const tempPath = join(folder, backupTempFileName(backupFileName(createdAt, nameParts(options)), randomBytes(6).toString('hex')));
    let file: WritableFile;
    try {
      file = await (options.openTemp ?? openNewFile)(tempPath);
    } catch (error) {
      throw faultFromFileError(error, folder);
    }
    activeTempFiles.add(tempPath);
    try {
      const encryptor = options.passphrase
        ? await SegmentEncryptor.start(options.passphrase, (bytes) => file.write(bytes), options.scrypt)
        : null;
      return new BackupWriter({ ...options, createdAt }, tempPath, file, encryptor);
    } catch (error) {
      await discard(tempPath, file);
      throw faultFromFileError(error, folder);
    }
  }

  get fileName(): string {
    return backupFileName(this.options.createdAt, nameParts(this.options));
  }

  /** The book's tag in file names; null for a book without an id. */
  get bookTag(): string | null {
    return nameParts(this.options).bookTag;
  }

  /** One part of a table, as the JSON text of an array of records (the command-line tool, tests). */
  async addPart(table: string, json: string, records: number): Promise<number> {
    const bytes = Buffer.from(json, 'utf8');
    const deflated = await deflate(bytes, { level: this.options.compressionLevel ?? 1 });
    return this.addCompressedPart(table, { deflated, bytes: bytes.length, crc32: crc32(bytes), sha256: createHash('sha256').update(bytes).digest('hex') }, records);
  }

  /**
   * One part compressed elsewhere (the window), stored as it comes. Its size, CRC-32 and
   * SHA-256 are the sender's word until `finish` reads the whole file back and checks them.
   */
  async addCompressedPart(table: string, part: CompressedPart, records: number): Promise<number> {
    if (records < 1 || records > partRecordLimit) throw new Error(`A part holds 1 to ${partRecordLimit} records, not ${records}.`);
    const parts = this.parts.get(table) ?? [];
    const path = tablePartPath(table, parts.length + 1);
    await this.addEntry(path, part.bytes, part.crc32, 8, [part.deflated]);
    parts.push({ path, records, sha256: part.sha256, bytes: part.bytes });
    this.parts.set(table, parts);
    return part.bytes;
  }

  /** A stored document, streamed from the document store; its content must match its name. */
  async addDocument(sha256: string, sourcePath: string): Promise<void> {
    const hash = createHash('sha256');
    let crc = 0;
    let size = 0;
    const entry = this.startEntry(documentPath(sha256), 0);
    try {
      for await (const chunk of createReadStream(sourcePath, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
        hash.update(chunk);
        crc = crc32(chunk, crc);
        size += chunk.length;
        entry.ondata!(null, chunk as Uint8Array<ArrayBuffer>, false);
        await this.flush();
      }
    } catch (error) {
      throw faultFromFileError(error, sourcePath);
    }
    if (hash.digest('hex') !== sha256) {
      throw new BackupFault('documentDamaged', `The stored document ${sha256} no longer matches its content.`);
    }
    entry.crc = crc;
    entry.size = size;
    entry.ondata!(null, new Uint8Array(0), true);
    await this.flush();
    this.documents.push({ sha256, bytes: size });
  }

  /** Adds the manifest, closes the file, verifies it by reading it back, and renames it into place. */
  async finish(tables: readonly TableDescription[]): Promise<WrittenBackup> {
    try {
      return await this.complete(tables);
    } catch (error) {
      await this.abort();
      throw error;
    }
  }

  private async complete(tables: readonly TableDescription[]): Promise<WrittenBackup> {
    const manifest = this.manifestFor(tables);
    const json = Buffer.from(JSON.stringify(this.options.rewriteManifest?.(manifest) ?? manifest, null, 1), 'utf8');
    await this.addEntry(manifestPath, json.length, crc32(json), 8, [await deflate(json)]);
    this.zip.end();
    await this.flushWithDigest();
    try {
      await this.encryptor?.finish();
      await this.file.sync();
    } catch (error) {
      throw faultFromFileError(error, this.options.folder);
    }
    await this.closeFile();
    try {
      if (!this.options.rewriteManifest) await (await openBackup(this.tempPath, { passphrase: this.options.passphrase })).close();
    } catch (error) {
      throw new BackupFault('notVerified', `The backup did not verify after writing; it was not kept (${String(error)}).`, { cause: error });
    }
    const { fileName, path } = await this.placeFile();
    activeTempFiles.delete(this.tempPath);
    const { size } = await stat(path);
    return { path, fileName, bytes: size, manifest };
  }

  /** Stops and removes the temp file; earlier backups are untouched. */
  async abort(): Promise<void> {
    this.zip.terminate();
    const file = this.closed ? null : this.file;
    this.closed = true;
    await discard(this.tempPath, file);
  }

  private manifestFor(tables: readonly TableDescription[]): BackupManifest {
    const named = new Set(tables.map((table) => table.name));
    for (const table of this.parts.keys()) {
      if (!named.has(table)) throw new Error(`Parts were sent for table ${table}, which the backup does not list.`);
    }
    const manifest: BackupManifest = {
      format: backupFormat,
      formatVersion: backupFormatVersion,
      schemaVersion: this.options.schemaVersion,
      appVersion: this.options.appVersion,
      company: this.options.companyName,
      ...(this.options.bookId === undefined ? {} : { bookId: this.options.bookId }),
      createdAt: this.options.createdAt.toISOString(),
      purpose: this.options.purpose,
      tables: tables.map((table) => {
        const parts = this.parts.get(table.name) ?? [];
        const received = parts.reduce((sum, part) => sum + part.records, 0);
        if (received !== table.records) {
          throw new Error(`Table ${table.name}: ${table.records} records announced, ${received} received.`);
        }
        return { name: table.name, schema: table.schema, records: table.records, parts };
      }),
      documents: {
        count: this.documents.length,
        bytes: this.documents.reduce((sum, doc) => sum + doc.bytes, 0),
        files: this.documents,
      },
    };
    return backupManifestSchema.parse(manifest);
  }

  private startEntry(filename: string, compression: 0 | 8): ZipInputFile {
    if (this.entries + 2 >= zipEntryLimit) throw new BackupFault('tooLarge', 'The backup has more entries than a version-1 file can hold.');
    this.entries += 1;
    const entry: ZipInputFile = { filename, size: 0, crc: 0, compression, os: 0, attrs: 0, mtime: this.options.createdAt };
    this.zip.add(entry);
    return entry;
  }

  private async addEntry(filename: string, size: number, crc: number, compression: 0 | 8, chunks: Uint8Array[]): Promise<void> {
    const entry = this.startEntry(filename, compression);
    entry.size = size;
    entry.crc = crc;
    chunks.forEach((chunk, index) => entry.ondata!(null, chunk as Uint8Array<ArrayBuffer>, index === chunks.length - 1));
    await this.flush();
  }

  /**
   * The zip's last bytes: the end record, told to expect a comment, then the comment —
   * the SHA-256 of everything before it (see zip-reader's digestCommentPrefix).
   */
  private async flushWithDigest(): Promise<void> {
    if (this.zipError) throw this.zipError;
    const tail = Buffer.concat(this.queue);
    if (tail.length < 22 || tail.readUInt32LE(tail.length - 22) !== 0x06054b50) throw new Error('The zip did not end with its end record.');
    tail.writeUInt16LE(digestCommentBytes, tail.length - 2);
    this.queue = [tail];
    await this.flush();
    this.queue = [Buffer.from(`${digestCommentPrefix}${this.digest.digest('hex')}`, 'latin1')];
    await this.flush(false);
  }

  /** Writes what the zip produced so far (through the encryptor when there is one). */
  private async flush(hashed = true): Promise<void> {
    if (this.zipError) throw this.zipError;
    if (this.queue.length === 0) return;
    const bytes = Buffer.concat(this.queue);
    this.queue = [];
    if (hashed) this.digest.update(bytes);
    this.written += bytes.length;
    if (this.written > zipByteLimit) throw new BackupFault('tooLarge', 'The backup is larger than the 4 GiB a version-1 file can hold.');
    try {
      if (this.encryptor) await this.encryptor.push(bytes);
      else await this.file.write(bytes);
    } catch (error) {
      throw faultFromFileError(error, this.options.folder);
    }
  }

  private async closeFile(): Promise<void> {
    this.closed = true;
    try {
      await this.file.close();
    } catch (error) {
      throw faultFromFileError(error, this.options.folder);
    }
  }

  /** Gives the verified temp file the first free backup name for its time, then syncs the folder. */
  private async placeFile(): Promise<{ fileName: string; path: string }> {
    const { folder, createdAt } = this.options;
    let placed: { fileName: string; path: string };
    try {
      placed = await placeBackup(this.tempPath, folder, (copy) => backupFileName(createdAt, nameParts(this.options), copy), this.options.link);
    } catch (error) {
      throw faultFromFileError(error, folder);
    }
    await syncFolder(folder);
    return placed;
  }
}

function nameParts(options: BackupWriterOptions): BackupNameParts {
  return { bookTag: options.bookId === undefined ? null : bookTagOf(options.bookId), purpose: options.purpose };
}

async function discard(tempPath: string, file: WritableFile | null): Promise<void> {
  try {
    await file?.close();
  } catch {
    // Already failing; the temp file is removed below or by the next sweep.
  }
  await rm(tempPath, { force: true }).catch(() => undefined);
  activeTempFiles.delete(tempPath);
}
