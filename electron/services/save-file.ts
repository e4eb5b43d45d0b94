import { basename, extname, isAbsolute } from 'node:path';
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
  const chosen = await dialogs.chooseSavePath({
    title: request.title,
    defaultFileName: safeFileName(request.title, request.extension),
    filters: [{ name: request.filterName, extensions: [request.extension] }],
  });
  if (chosen === null) return { saved: false };
  // A relative path means a broken dialog, not a user choice.
  if (!isAbsolute(chosen)) throw new Error(`The save dialog returned a relative path: ${chosen}`);
  const target = extname(chosen).toLowerCase() === `.${request.extension}` ? chosen : `${chosen}.${request.extension}`;
  const bytes = await request.contents();
  try {
    await writeFileAtomic(target, bytes);
  } catch (error) {
    throw ioFailure(error, `Could not save "${target}"`, basename(target));
  }
  return { saved: true, fileName: basename(target) };
}
