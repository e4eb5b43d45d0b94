import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { documentPath, manifestByteLimit, manifestPath, partByteLimit } from '../../../shared/backup/format';
import {
  backupManifestSchema,
  manifestHeadSchema,
  type BackupManifest,
  type TablePart,
} from '../../../shared/backup/manifest';
import { backupFormat, backupFormatVersion } from '../../../shared/backup/format';
import { openFileSource, ShortReadError, type ByteSource } from './byte-source';
import { openDecryptedSource, startsEncrypted } from './encryption';
import { BackupFault } from './faults';
import { checkZipDigest, hashStoredEntry, readStoredEntry, readZipDirectory, readZipEntry, type ZipEntry } from './zip-reader';

/**
 * Opens a backup file and, unless told otherwise, verifies ALL of it before anyone may
 * read from it: decryption of every segment, the zip directory, the manifest, then every
 * part's and document's SHA-256 and record count. Parts are hashed again when read, so
 * a file changed after the check is still caught.
 */

export type OpenBackupOptions = {
  passphrase?: string | undefined;
  /** The newest database version the reader understands; newer backups are refused. */
  maxSchemaVersion?: number;
  /** false: read the manifest only (for lists); the caller must not trust the parts. */
  verify?: boolean;
  onProgress?: (done: number, total: number) => void;
};

export type OpenedBackup = {
  path: string;
  fileName: string;
  encrypted: boolean;
  /** Size of the file on disk. */
  bytes: number;
  manifest: BackupManifest;
  /** A part's JSON text, checked against the manifest's hash. */
  readPart(path: string): Promise<string>;
  /** A part as stored (raw deflate), for a reader that inflates and checks it itself (the window). */
  readStoredPart(path: string): Promise<Uint8Array>;
  /** Streams a document's content, checked against its name. */
  readDocument(sha256: string, onChunk: (chunk: Uint8Array) => Promise<void>): Promise<void>;
  close(): Promise<void>;
};

const zipMagic = [0x50, 0x4b, 0x03, 0x04];

export async function openBackup(path: string, options: OpenBackupOptions = {}): Promise<OpenedBackup> {
  const fileName = basename(path);
  let raw: ByteSource;
  try {
    raw = await openFileSource(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new BackupFault('fileMissing', `${fileName} cannot be found (it was moved, deleted or never there).`, { fileName, cause: error });
    throw new BackupFault('folderUnreachable', `${fileName} cannot be read (${String(error)}).`, { fileName, cause: error });
  }
  try {
    return await readOpened(path, fileName, raw, options);
  } catch (error) {
    await raw.close().catch(() => undefined);
    if (error instanceof BackupFault) throw new BackupFault(error.reason, error.message, { fileName, cause: error.cause });
    if (error instanceof ShortReadError) throw new BackupFault('truncated', `${fileName} ends too early.`, { fileName, cause: error });
    throw new BackupFault('folderUnreachable', `${fileName} cannot be read (${String(error)}).`, { fileName, cause: error });
  }
}

async function readOpened(path: string, fileName: string, raw: ByteSource, options: OpenBackupOptions): Promise<OpenedBackup> {
  const first = await raw.read(0, Math.min(8, raw.size));
  const encrypted = startsEncrypted(first);
  if (!encrypted && (first.length < 4 || zipMagic.some((byte, i) => first[i] !== byte))) {
    throw new BackupFault('notABackup', `${fileName} is not a Backoffice backup.`);
  }
  const verify = options.verify ?? true;
  let source: ByteSource = raw;
  if (encrypted) {
    const decrypted = await openDecryptedSource(raw, options.passphrase);
    if (verify) await decrypted.verifyAll();
    source = decrypted;
  }
  const directory = await readZipDirectory(source).catch(async (error: unknown) => {
    // A zip of some other program is "not a backup", not a damaged one.
    if (error instanceof BackupFault && error.reason === 'damaged' && !(await mentionsManifest(source))) {
      throw new BackupFault('notABackup', `${fileName} is a zip, but not a Backoffice backup.`);
    }
    throw error;
  });
  const { entries } = directory;
  const manifest = await readManifest(source, entries);
  if (options.maxSchemaVersion !== undefined && manifest.schemaVersion > options.maxSchemaVersion) {
    throw new BackupFault(
      'newerSchema',
      `${fileName} holds data of database version ${manifest.schemaVersion}; this Backoffice knows up to ${options.maxSchemaVersion}. Update Backoffice first.`,
    );
  }
  const parts = new Map<string, TablePart>(manifest.tables.flatMap((table) => table.parts.map((part) => [part.path, part] as const)));
  // Also when only listing: the window inflates parts up to the size the manifest declares.
  for (const part of parts.values()) {
    if (part.bytes > partByteLimit) {
      throw new BackupFault('beyondLimits', `${part.path} declares ${part.bytes} bytes; Backoffice never writes a part larger than ${partByteLimit}.`);
    }
  }
  const documents = new Map(manifest.documents.files.map((doc) => [doc.sha256, doc] as const));

  const entryFor = (name: string): ZipEntry => {
    const entry = entries.get(name);
    if (!entry) throw new BackupFault('damaged', `${name} is listed in the manifest but missing from the file.`);
    return entry;
  };

  /** A part's zip entry, whose size must be the manifest's before anything is inflated. */
  function partEntry(partPath: string): { part: TablePart; entry: ZipEntry } {
    const part = parts.get(partPath);
    if (!part) throw new BackupFault('notAllowed', `${partPath} is not a part of this backup.`);
    const entry = entryFor(partPath);
    if (entry.size !== part.bytes) throw new BackupFault('damaged', `${partPath} does not have the size the manifest lists.`);
    return { part, entry };
  }

  async function readPart(partPath: string): Promise<string> {
    const { part, entry } = partEntry(partPath);
    const content = await readZipEntry(source, entry, partByteLimit);
    if (createHash('sha256').update(content).digest('hex') !== part.sha256) {
      throw new BackupFault('damaged', `${partPath} does not match its SHA-256 in the manifest.`);
    }
    return Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('utf8');
  }

  async function readStoredPart(partPath: string): Promise<Uint8Array> {
    return readStoredEntry(source, partEntry(partPath).entry);
  }

  async function readDocument(sha256: string, onChunk: (chunk: Uint8Array) => Promise<void>): Promise<void> {
    const doc = documents.get(sha256);
    if (!doc) throw new BackupFault('notAllowed', `Document ${sha256} is not in this backup.`);
    const entry = entryFor(documentPath(sha256));
    if (entry.size !== doc.bytes || (await hashStoredEntry(source, entry, onChunk)) !== sha256) {
      throw new BackupFault('damaged', `Document ${sha256} does not match its name.`);
    }
  }

  if (verify) {
    // Plain files: the comment's SHA-256 covers every byte (encrypted ones are authenticated already).
    if (!encrypted) await checkZipDigest(source, directory);
    const known = new Set([manifestPath, ...parts.keys(), ...[...documents.keys()].map(documentPath)]);
    for (const name of entries.keys()) {
      if (!known.has(name)) throw new BackupFault('damaged', `${name} is in the file but not in its manifest.`);
    }
    const total = parts.size + documents.size;
    let done = 0;
    for (const part of parts.values()) {
      const records: unknown = JSON.parse(await readPart(part.path));
      if (!Array.isArray(records) || records.length !== part.records) {
        throw new BackupFault('damaged', `${part.path} does not hold the ${part.records} records the manifest lists.`);
      }
      options.onProgress?.((done += 1), total);
    }
    for (const sha256 of documents.keys()) {
      await readDocument(sha256, async () => {});
      options.onProgress?.((done += 1), total);
    }
  }

  return { path, fileName, encrypted, bytes: raw.size, manifest, readPart, readStoredPart, readDocument, close: () => source.close() };
}

async function readManifest(source: ByteSource, entries: Map<string, ZipEntry>): Promise<BackupManifest> {
  const entry = entries.get(manifestPath);
  if (!entry) throw new BackupFault('notABackup', 'The file has no Backoffice manifest.');
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(await readZipEntry(source, entry, manifestByteLimit)).toString('utf8'));
  } catch (error) {
    if (error instanceof BackupFault) throw error;
    throw new BackupFault('damaged', 'The manifest is not valid JSON.', { cause: error });
  }
  const head = manifestHeadSchema.safeParse(json);
  if (!head.success || head.data.format !== backupFormat) throw new BackupFault('notABackup', 'The file is a zip, but not a Backoffice backup.');
  if (head.data.formatVersion > backupFormatVersion) {
    throw new BackupFault('newerFormat', `The file has format version ${head.data.formatVersion}; this Backoffice reads version ${backupFormatVersion}. Update Backoffice first.`);
  }
  const manifest = backupManifestSchema.safeParse(json);
  if (!manifest.success) throw new BackupFault('damaged', `The manifest is not valid: ${manifest.error.issues[0]?.message ?? ''}`);
  return manifest.data;
}

/** Whether the zip's directory (at its end) names a manifest at all. */
async function mentionsManifest(source: ByteSource): Promise<boolean> {
  const length = Math.min(source.size, 256 * 1024);
  const tail = Buffer.from(await source.read(source.size - length, length));
  return tail.includes(Buffer.from(manifestPath, 'ascii'));
}
