import { IpcFailure, osErrorKindOf } from '../../shared/ipc/errors';

/**
 * A file that could not be read or written, as IO_ERROR: the window learns the file's
 * name and the kind of OS error; the message (which may name the folder) and the OS
 * error itself, kept as the cause, go to the local log.
 */
export function ioFailure(error: unknown, message: string, fileName: string): IpcFailure {
  const osError = osErrorKindOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  return new IpcFailure('IO_ERROR', `${message} (${detail})`, { fileName, ...(osError ? { osError } : {}) }, { cause: error });
}
