import { open } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import type { FileRefusal } from '../../shared/files/channels';
import { IpcFailure } from '../../shared/ipc/errors';
import type { Dialogs, OpenDialogRequest } from './dialogs';
import { ioFailure } from './io-failure';

/**
 * Reading a file the user picked. The path comes only from the open dialog in this call,
 * never from the window, and only that one file is read: a statement's bytes, or a
 * journal's text decoded strictly as UTF-8 here in main (a wrong byte is reported with
 * its line, not turned into "�" that would end up in the books).
 */

export type OpenFileRequest = OpenDialogRequest & { maxBytes: number };
export type OpenedFile = { fileName: string; bytes: Uint8Array };
export type OpenedText = { fileName: string; text: string; bytes: number };

/** Asks for a file and reads it whole; null when the user cancels. Refuses folders and files over `maxBytes`. */
export async function openChosenFile(dialogs: Dialogs, request: OpenFileRequest): Promise<OpenedFile | null> {
  if (!dialogs.chooseOpenFile) throw new Error('This window has no open-file dialog.');
  const chosen = await dialogs.chooseOpenFile({ title: request.title, filters: request.filters });
  if (chosen === null) return null;
  // A relative path means a broken dialog, not a user choice.
  if (!isAbsolute(chosen)) throw new Error(`The open dialog returned a relative path: ${chosen}`);
  const fileName = basename(chosen);
  try {
    const handle = await open(chosen, 'r');
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) throw refused('notAFile', fileName, `"${fileName}" is not a file. Choose a file.`);
      if (stats.size > request.maxBytes) {
        throw refused('tooLarge', fileName, `"${fileName}" is ${megabytes(stats.size)} MB; at most ${megabytes(request.maxBytes)} MB can be read.`, {
          bytes: stats.size,
          limit: request.maxBytes,
        });
      }
      const buffer = await handle.readFile();
      return { fileName, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof IpcFailure) throw error;
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') throw refused('notAFile', fileName, `"${fileName}" is not a file. Choose a file.`);
    throw ioFailure(error, `Could not read "${chosen}"`, fileName);
  }
}

/** Asks for a text file and decodes it as UTF-8 (dropping a BOM); refuses any byte that is not UTF-8. */
export async function openChosenTextFile(dialogs: Dialogs, request: OpenFileRequest): Promise<OpenedText | null> {
  const file = await openChosenFile(dialogs, request);
  if (file === null) return null;
  return { fileName: file.fileName, text: decodeUtf8Strictly(file.bytes, file.fileName), bytes: file.bytes.byteLength };
}

/** The text of UTF-8 bytes, or FILE_REFUSED 'notUtf8' naming the line of the first bad byte. */
export function decodeUtf8Strictly(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
    throw refused('notUtf8', fileName, `"${fileName}" is not UTF-8 text (line ${line}). Save it as UTF-8 and open it again.`, { line, offset });
  }
}

/** Byte offset of the first byte that does not belong to a valid UTF-8 sequence (the length when all are valid). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += need + 1;
  }
  return n;
}

function refused(reason: FileRefusal, fileName: string, message: string, more: Record<string, number> = {}): IpcFailure {
  return new IpcFailure('FILE_REFUSED', message, { reason, fileName, ...more });
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}
