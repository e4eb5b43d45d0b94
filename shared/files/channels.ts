import { z } from 'zod';

/**
 * Reading a file the user picks (a bank statement, a journal) and saving an exported
 * journal: channels of the IPC contract, spread into shared/ipc/contract.ts. The window
 * never names a path: main asks the user in a dialog and reads or writes only that file.
 */

/** A bank statement is small; a 20 MB one is a mistake (a PDF, a whole archive). */
export const statementFileLimit = 20 * 1024 * 1024;
/** A 200,000-transaction journal is about 46 MB; four times that is still read. */
export const journalFileLimit = 200 * 1024 * 1024;
/** The longest journal text the window may ask main to save. */
export const journalTextLimit = 400_000_000;

/** Why main refused a file it read (IpcFailure FILE_REFUSED, `details.reason`). */
export const fileRefusals = ['tooLarge', 'notUtf8', 'notAFile'] as const;
export type FileRefusal = (typeof fileRefusals)[number];

const dialogText = z.object({
  /** The dialog's title, in the user's language. */
  title: z.string().trim().min(1).max(200),
  /** The name of the file type in the dialog's filter ("Bank statements"). */
  filterName: z.string().trim().min(1).max(100),
});

const notPicked = z.object({ picked: z.literal(false) }).strict();
/** Bytes as Electron's structured clone (and the test harness) deliver them. */
const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'Expected a Uint8Array');

export const fileChannels = {
  /** Asks for a statement file (CSV, camt.053 XML, OFX/QFX) and returns its bytes, ≤ 20 MB. */
  'files:open-statement': {
    request: dialogText.strict(),
    response: z.discriminatedUnion('picked', [
      z.object({ picked: z.literal(true), fileName: z.string(), bytes }).strict(),
      notPicked,
    ]),
  },
  /** Asks for a journal file and returns its text, strictly UTF-8 (a BOM is dropped), ≤ 200 MB. */
  'files:open-journal': {
    request: dialogText.strict(),
    response: z.discriminatedUnion('picked', [
      z.object({ picked: z.literal(true), fileName: z.string(), text: z.string(), bytes: z.number().int().min(0) }).strict(),
      notPicked,
    ]),
  },
  /** Asks where to save, then writes the journal text there as UTF-8. */
  'files:save-journal': {
    request: dialogText.extend({ text: z.string().max(journalTextLimit) }).strict(),
    response: z.object({ saved: z.boolean(), fileName: z.string().optional() }).strict(),
  },
} as const;
