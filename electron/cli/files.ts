import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { passphraseSchema } from '../../shared/backup/settings';
import { journalFileLimit } from '../../shared/files/channels';
import { syncFolder } from '../services/atomic-file';

/** A failure the user can act on: its message goes to standard error as is. */
export class UsageError extends Error {}

/**
 * The passphrase in the first line of `path` (editors add a line break). An empty first
 * line is refused rather than taken for "no passphrase"; a backup about to be written
 * also needs a passphrase that the app itself would accept.
 */
export async function readPassphrase(path: string, use: 'read' | 'write'): Promise<string> {
  const passphrase = (await readTextFile(path, 'the passphrase file')).split(/\r?\n/)[0] ?? '';
  if (passphrase === '') throw new UsageError(`The first line of ${path} is empty: put the passphrase on the first line.`);
  if (use === 'write' && !passphraseSchema.safeParse(passphrase).success) {
    const { minLength, maxLength } = passphraseSchema;
    throw new UsageError(`The passphrase in ${path} is ${[...passphrase].length} characters long; a backup needs ${minLength} to ${maxLength}.`);
  }
  return passphrase;
}

/** A journal's text, refused above the size the app reads (a bigger file is a mistake: an archive, a database). */
export function readJournal(path: string): Promise<string> {
  return readTextFile(path, 'the journal file', journalFileLimit);
}

async function readTextFile(path: string, what: string, maxBytes = Infinity): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new UsageError(`${path} is not a file; name ${what}.`);
    if (stats.size > maxBytes) throw new UsageError(`${path} is ${megabytes(stats.size)} MB; at most ${megabytes(maxBytes)} MB can be read.`);
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

/**
 * Moves a finished file to a name that must be new. The name is claimed with exclusive
 * creation ('wx') first, which fails when the file exists, even if it appeared a moment
 * ago; only then does the finished file replace that empty claim. Whatever happens, the
 * finished file does not stay behind under its own name, and a failed claim is removed.
 */
export async function placeAsNewFile(from: string, to: string): Promise<void> {
  let claimed = false;
  try {
    await (await open(to, 'wx')).close();
    claimed = true;
    await rename(from, to);
    claimed = false;
  } catch (error) {
    if (claimed) await rm(to, { force: true });
    throw error;
  } finally {
    await rm(from, { force: true });
  }
  await syncFolder(dirname(to));
}
