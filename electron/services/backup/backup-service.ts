import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import type { BackupPurpose } from '../../../shared/backup/manifest';
import { summarizeManifest } from '../../../shared/backup/manifest';
import { parseBackupFileName } from '../../../shared/backup/format';
import { rotationRuleFor } from '../../../shared/backup/rotation';
import type { BackupProblem } from '../../../shared/backup/problems';
import type { BackupFailure, BackupPreferences, BackupStatus, EncryptionChange } from '../../../shared/backup/settings';
import type { BackupLocation, FinishedBackup, ListedBackup } from '../../../shared/backup/channels';
import type { Dialogs } from '../dialogs';
import { openBackup, type OpenedBackup } from './backup-reader';
import { isFolderWritable, listFolderBackups, removeStaleTempFiles, rotateFolder } from './backup-folder';
import { readBackupSettings, writeBackupSettings, type StoredBackupSettings } from './backup-settings-file';
import { BackupWriter, type CompressedPart, type TableDescription } from './backup-writer';
import { hasStoredDocument, listStoredDocuments, storeDocument } from './document-store';
import type { ScryptParams } from './encryption';
import { BackupFault, failureRecordOf, faultFromFileError } from './faults';

/**
 * Everything main does for backups, behind the IPC handlers: settings, writing sessions,
 * opened backups. Paths never come from the window: it names a listed backup by
 * location and file name, or a file the user picked in a dialog by its token.
 */

export type BackupServiceOptions = {
  dataFolder: string;
  appVersion: string;
  dialogs: Dialogs;
  now?: () => Date;
  /** Cheaper key derivation for tests. */
  scrypt?: ScryptParams;
  /** The window finished its backup on quit. */
  onQuitReady?: (backedUp: boolean) => void;
};

/**
 * One backup being written. The zip takes one entry at a time, so writer work runs in
 * turn (`turn`); the stored documents go in from the start, one by one, while the window
 * reads its tables, and the window's parts take their turn between two documents.
 */
type Session = {
  id: string;
  writer: BackupWriter;
  folder: string;
  purpose: BackupPurpose;
  turn: Promise<unknown>;
  documents: Promise<void>;
  documentFailure?: unknown;
  stopped: boolean;
};

const maxOpenBackups = 3;
const newToken = () => randomBytes(16).toString('hex');

export function createBackupService(options: BackupServiceOptions) {
  const now = options.now ?? (() => new Date());
  const defaultFolder = join(options.dataFolder, 'backups');
  let stored: StoredBackupSettings | null = null;
  let session: Session | null = null;
  const opened = new Map<string, OpenedBackup>();
  const picked = new Map<string, string>();

  async function settings(): Promise<StoredBackupSettings> {
    stored ??= await readBackupSettings(options.dataFolder);
    return stored;
  }

  async function save(next: StoredBackupSettings): Promise<void> {
    await writeBackupSettings(options.dataFolder, next);
    stored = next;
  }

  function folderOf(current: StoredBackupSettings): string {
    return current.folder ?? defaultFolder;
  }

  async function status(): Promise<BackupStatus> {
    const current = await settings();
    const folder = folderOf(current);
    // The default folder is made on the first backup; until then it counts as reachable.
    const reachable = (await isFolderWritable(folder)) || (current.folder === null && (await isFolderWritable(options.dataFolder)));
    return {
      folder,
      defaultFolder,
      usesDefaultFolder: current.folder === null,
      folderReachable: reachable,
      schedule: current.preferences.schedule,
      rotation: current.preferences.rotation,
      encrypted: current.passphrase !== null,
      lastSuccess: current.lastSuccess,
      lastFailure: current.lastFailure,
    };
  }

  async function updateSettings(preferences: BackupPreferences, encryption: EncryptionChange): Promise<BackupStatus> {
    const current = await settings();
    const passphrase = encryption.kind === 'keep' ? current.passphrase : encryption.kind === 'on' ? encryption.passphrase : null;
    await save({ ...current, preferences, passphrase });
    return status();
  }

  async function chooseFolder(title: string): Promise<{ chosen: boolean; status: BackupStatus }> {
    if (!options.dialogs.chooseFolder) throw new Error('This installation has no folder dialog.');
    const answer = await options.dialogs.chooseFolder({ title });
    if (!answer) return { chosen: false, status: await status() };
    const folder = resolve(answer);
    const current = await settings();
    const chosenFolders = [folder, ...current.chosenFolders.filter((known) => known !== folder)].slice(0, 20);
    await save({ ...current, folder, chosenFolders });
    return { chosen: true, status: await status() };
  }

  async function useDefaultFolder(): Promise<BackupStatus> {
    await save({ ...(await settings()), folder: null });
    return status();
  }

  /** Keeps the failure's codes for the window; its path and OS words went to the local log with the thrown fault. */
  async function recordFailure(failure: Omit<BackupFailure, 'at'>): Promise<void> {
    const current = await settings();
    await save({ ...current, lastFailure: { at: now().toISOString(), ...failure } }).catch(() => undefined);
  }

  /** Runs writer work after what was asked of the writer before it. */
  function inTurn<T>(current: Session, work: () => Promise<T>): Promise<T> {
    const turn = current.turn.then(() => {
      if (current.stopped) throw new BackupFault('sessionGone', 'This backup was stopped; start it again.');
      return work();
    });
    current.turn = turn.catch(() => undefined);
    return turn;
  }

  /** Ends a session: no more writer work; the entry in hand finishes, then the temp file goes. */
  async function stop(current: Session): Promise<void> {
    current.stopped = true;
    await current.turn;
    await current.writer.abort();
  }

  async function writeDocuments(current: Session): Promise<void> {
    try {
      for (const document of await listStoredDocuments(options.dataFolder)) {
        await inTurn(current, () => current.writer.addDocument(document.sha256, document.path));
      }
    } catch (error) {
      current.documentFailure = error;
      throw error;
    }
  }

  /** Runs a step of a writing session; a failure ends the session, removes its temp file and is recorded. */
  async function step<T>(current: Session, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const fault = faultFromFileError(error, current.folder);
      if (session === current) session = null;
      await stop(current);
      if (current.purpose === 'regular') await recordFailure(failureRecordOf(fault));
      throw fault;
    }
  }

  function sessionFor(id: string): Session {
    if (!session || session.id !== id) throw new BackupFault('sessionGone', 'This backup was stopped; start it again.');
    return session;
  }

  async function begin(request: { purpose: 'regular' | 'safety' | 'upgrade'; schemaVersion: number; companyName: string; bookId?: string | undefined }) {
    // One window, one backup at a time: a new start replaces a session the window forgot (a reload).
    if (session) {
      const stale = session;
      session = null;
      await stop(stale);
    }
    const current = await settings();
    const folder = request.purpose === 'regular' ? folderOf(current) : defaultFolder;
    try {
      const writer = await BackupWriter.start({
        folder,
        createFolder: folder === defaultFolder,
        purpose: request.purpose,
        schemaVersion: request.schemaVersion,
        appVersion: options.appVersion,
        companyName: request.companyName,
        bookId: request.bookId,
        createdAt: now(),
        ...(current.passphrase ? { passphrase: current.passphrase } : {}),
        ...(options.scrypt ? { scrypt: options.scrypt } : {}),
      });
      await removeStaleTempFiles(folder, writer.bookTag);
      const started: Session = { id: newToken(), writer, folder, purpose: request.purpose, turn: Promise.resolve(), documents: Promise.resolve(), stopped: false };
      started.documents = writeDocuments(started);
      // Seen by `finish`, or by the next part; never unhandled.
      started.documents.catch(() => undefined);
      session = started;
      return { sessionId: started.id, fileName: writer.fileName };
    } catch (error) {
      const fault = faultFromFileError(error, folder);
      if (request.purpose === 'regular') await recordFailure(failureRecordOf(fault));
      throw fault;
    }
  }

  async function addPart(request: { sessionId: string; table: string; records: number } & CompressedPart) {
    const current = sessionFor(request.sessionId);
    const { deflated, bytes, crc32, sha256 } = request;
    await step(current, () =>
      inTurn(current, () => {
        // After a document failed, its half-written entry must not be followed by parts.
        if (current.documentFailure !== undefined) throw current.documentFailure;
        return current.writer.addCompressedPart(request.table, { deflated, bytes, crc32, sha256 }, request.records);
      }),
    );
    return { bytes };
  }

  async function finish(request: { sessionId: string; tables: TableDescription[] }): Promise<FinishedBackup> {
    const current = sessionFor(request.sessionId);
    const written = await step(current, async () => {
      await current.documents;
      return inTurn(current, () => current.writer.finish(request.tables));
    });
    session = null;
    const currentSettings = await settings();
    const rule = rotationRuleFor(current.purpose, currentSettings.preferences.rotation);
    const removed = await rotateFolder(current.folder, rule, written.fileName, now());
    if (current.purpose === 'regular') {
      await save({
        ...currentSettings,
        lastSuccess: { at: written.manifest.createdAt, fileName: written.fileName, bytes: written.bytes },
        lastFailure: null,
      }).catch(() => undefined);
    }
    return {
      fileName: written.fileName,
      folder: current.folder,
      bytes: written.bytes,
      createdAt: written.manifest.createdAt,
      records: written.manifest.tables.reduce((sum, table) => sum + table.records, 0),
      documents: written.manifest.documents.count,
      removed,
    };
  }

  async function abort(request: { sessionId: string; reason?: BackupProblem | undefined }) {
    if (session?.id !== request.sessionId) return {};
    const current = session;
    session = null;
    await stop(current);
    if (request.reason && current.purpose === 'regular') await recordFailure({ reason: request.reason });
    return {};
  }

  async function locations(): Promise<{ location: BackupLocation; folder: string }[]> {
    const folder = folderOf(await settings());
    return folder === defaultFolder
      ? [{ location: 'backupFolder', folder }]
      : [
          { location: 'backupFolder', folder },
          { location: 'appData', folder: defaultFolder },
        ];
  }

  async function list(): Promise<{ folderReachable: boolean; backups: ListedBackup[] }> {
    const backups: ListedBackup[] = [];
    let folderReachable = true;
    for (const { location, folder } of await locations()) {
      let found: Awaited<ReturnType<typeof listFolderBackups>>;
      try {
        found = await listFolderBackups(folder);
      } catch {
        if (location === 'backupFolder' && folder !== defaultFolder) folderReachable = false;
        continue;
      }
      for (const backup of found) {
        backups.push({ location, fileName: backup.fileName, bytes: backup.bytes, takenAt: backup.takenAt.toISOString(), ...(await peek(backup.path)) });
      }
    }
    backups.sort((a, b) => b.takenAt.localeCompare(a.takenAt));
    return { folderReachable, backups };
  }

  /** The manifest's totals without a full check (and without a passphrase: encrypted files show none). */
  async function peek(path: string): Promise<Pick<ListedBackup, 'encrypted' | 'summary' | 'problem'>> {
    try {
      const backup = await openBackup(path, { verify: false });
      await backup.close();
      return { encrypted: false, summary: summarizeManifest(backup.manifest) };
    } catch (error) {
      if (error instanceof BackupFault && error.reason === 'passphraseNeeded') return { encrypted: true, summary: null };
      return { encrypted: false, summary: null, problem: error instanceof BackupFault ? error.reason : 'damaged' };
    }
  }

  async function pathOf(source: OpenSource): Promise<{ path: string; token?: string } | null> {
    if (source.kind === 'listed') {
      const entry = (await locations()).find((candidate) => candidate.location === source.location);
      if (!entry || !parseBackupFileName(source.fileName)) throw new BackupFault('notAllowed', `${source.fileName} is not a listed backup.`);
      return { path: join(entry.folder, source.fileName) };
    }
    if (source.kind === 'picked') {
      const path = picked.get(source.token);
      if (!path) throw new BackupFault('notAllowed', 'That file was not picked in this session; pick it again.');
      return { path, token: source.token };
    }
    if (!options.dialogs.chooseOpenFile) throw new Error('This installation has no open-file dialog.');
    const answer = await options.dialogs.chooseOpenFile({ title: source.title, filters: [{ name: 'Backoffice backup', extensions: ['backup'] }] });
    if (!answer) return null;
    const token = newToken();
    picked.set(token, resolve(answer));
    return { path: resolve(answer), token };
  }

  /** Whether a picked file is one that `list` shows too: a backup name right inside one of this install's backup folders. */
  async function inOwnFolders(path: string): Promise<boolean> {
    if (!parseBackupFileName(basename(path))) return false;
    return (await locations()).some(({ folder }) => resolve(folder) === dirname(resolve(path)));
  }

  async function open(request: { source: OpenSource; passphrase?: string | undefined; schemaVersion: number }) {
    const target = await pathOf(request.source);
    if (!target) return { opened: false as const };
    // The saved passphrase belongs to this install's own backups: it is tried only on a file
    // the list shows (named from the list, or picked from one of those folders). A file
    // picked anywhere else (a stick, a download, another office's file) asks for its
    // passphrase, so the office's secret is never spent on a file someone else made.
    const own = request.source.kind === 'listed' || (await inOwnFolders(target.path));
    const configured = own ? ((await settings()).passphrase ?? undefined) : undefined;
    let backup: OpenedBackup;
    try {
      backup = await openBackup(target.path, { passphrase: request.passphrase ?? configured, maxSchemaVersion: request.schemaVersion });
    } catch (error) {
      // The configured passphrase was only a guess: without the user's own, ask for it.
      if (error instanceof BackupFault && error.reason === 'wrongPassphrase' && request.passphrase === undefined) {
        throw withPicked(new BackupFault('passphraseNeeded', 'The backup is encrypted with another passphrase: enter it.', { fileName: error.fileName }), target.token);
      }
      throw withPicked(error, target.token);
    }
    for (const [handle, old] of [...opened].slice(0, Math.max(0, opened.size - maxOpenBackups + 1))) {
      opened.delete(handle);
      await old.close();
    }
    const handle = newToken();
    opened.set(handle, backup);
    return { opened: true as const, handle, fileName: backup.fileName, encrypted: backup.encrypted, bytes: backup.bytes, manifest: backup.manifest };
  }

  function openedFor(handle: string): OpenedBackup {
    const backup = opened.get(handle);
    if (!backup) throw new BackupFault('sessionGone', 'The backup is no longer open; open it again.');
    return backup;
  }

  async function readPart(request: { handle: string; path: string }) {
    return { deflated: await openedFor(request.handle).readStoredPart(request.path) };
  }

  async function restoreDocuments(request: { handle: string }) {
    const backup = openedFor(request.handle);
    let added = 0;
    let present = 0;
    for (const { sha256 } of backup.manifest.documents.files) {
      if (await hasStoredDocument(options.dataFolder, sha256)) {
        present += 1;
        continue;
      }
      try {
        await storeDocument(options.dataFolder, sha256, (write) => backup.readDocument(sha256, write));
      } catch (error) {
        throw faultFromFileError(error, 'the document store');
      }
      added += 1;
    }
    return { added, present };
  }

  async function close(request: { handle: string }) {
    const backup = opened.get(request.handle);
    opened.delete(request.handle);
    await backup?.close();
    return {};
  }

  async function quitReady(request: { backedUp: boolean }) {
    options.onQuitReady?.(request.backedUp);
    return {};
  }

  /** Whether main should hold the quit and ask the window for a backup. */
  async function wantsBackupOnQuit(): Promise<boolean> {
    return (await settings()).preferences.schedule.onQuit;
  }

  return {
    status,
    updateSettings,
    chooseFolder,
    useDefaultFolder,
    begin,
    addPart,
    finish,
    abort,
    list,
    open,
    readPart,
    restoreDocuments,
    close,
    quitReady,
    wantsBackupOnQuit,
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
export type OpenSource =
  | { kind: 'listed'; location: BackupLocation; fileName: string }
  | { kind: 'pick'; title: string }
  | { kind: 'picked'; token: string };

/** Carries the picked file's token with a refusal, so the window can retry with a passphrase without a new dialog. */
function withPicked(error: unknown, token: string | undefined): unknown {
  if (error instanceof BackupFault && token) return Object.assign(error, { picked: token });
  return error;
}
