import { lstat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute } from 'node:path';
import { writeFileAtomic } from './atomic-file';
import type { Dialogs } from './dialogs';
import { ioFailure } from './io-failure';
import { safeFileName } from './file-names';

export type SaveRequest = {
  /** Dialog title and the source of the suggested file name. */
  title: string;
  extension: string;
  filterName: string;
  /** Built only once the user has chosen where to save. */
  contents: () => Promise<Uint8Array> | Uint8Array;
};

/**
 * Asks the user where to save, then writes atomically to exactly that path (with the
 * extension added when the dialog left it off) and nowhere else.
 */
export async function saveToChosenFile(dialogs: Dialogs, request: SaveRequest): Promise<{ saved: boolean; fileName?: string }> {
  const target = await saveToChosenPath(dialogs, request);
  return target === null ? { saved: false } : { saved: true, fileName: basename(target) };
}

/** The same, answering with the full path written (for main's own use, e.g. naming it in an e-mail), or null when cancelled. */
export async function saveToChosenPath(dialogs: Dialogs, request: SaveRequest): Promise<string | null> {
  const target = await chooseTarget(dialogs, request);
  if (target === null) return null;
  const bytes = await request.contents();
  try {
    await writeFileAtomic(target, bytes);
  } catch (error) {
    throw ioFailure(error, `Could not save "${target}"`, basename(target));
  }
  return target;
}

/**
 * The path to write, or null when the user cancels. The dialog's "Replace?" question was
 * about the name as typed: when adding the extension lands on a file that exists, the
 * dialog opens again in that folder with the full name, so replacing it is the user's
 * explicit choice, never a silent one.
 */
async function chooseTarget(dialogs: Dialogs, request: SaveRequest): Promise<string | null> {
  const filters = [{ name: request.filterName, extensions: [request.extension] }];
  let suggestion: { defaultFileName: string; defaultFolder?: string } = { defaultFileName: safeFileName(request.title, request.extension) };
  for (;;) {
    const chosen = await dialogs.chooseSavePath({ title: request.title, ...suggestion, filters });
    if (chosen === null) return null;
    // A relative path means a broken dialog, not a user choice.
    if (!isAbsolute(chosen)) throw new Error(`The save dialog returned a relative path: ${chosen}`);
    if (extname(chosen).toLowerCase() === `.${request.extension}`) return chosen;
    const target = `${chosen}.${request.extension}`;
    if (!(await exists(target))) return target;
    suggestion = { defaultFileName: basename(target), defaultFolder: dirname(target) };
  }
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}
