import { z } from 'zod';

/** Every failure that crosses the IPC boundary carries one of these codes; the renderer translates them. */
export const ipcErrorCodes = [
  'VALIDATION',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN_SENDER',
  'CANCELLED',
  'IO_ERROR',
  /** A file was read but refused (not ours, damaged, too new, wrong passphrase); `details.reason` says why. */
  'FILE_REFUSED',
  'INTERNAL',
] as const;
export type IpcErrorCode = (typeof ipcErrorCodes)[number];

export const ipcErrorEnvelopeSchema = z.object({
  code: z.enum(ipcErrorCodes),
  message: z.string(),
  details: z.unknown().optional(),
});
export type IpcErrorEnvelope = z.infer<typeof ipcErrorEnvelopeSchema>;

/** What `window.backoffice.invoke` resolves to: never a thrown error for an expected failure. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcErrorEnvelope };

/** One invalid field of a request, as the renderer shows it. */
export type IpcFieldIssue = { path: string; message: string };

/** Thrown by handlers (and the client) for a failure with a known code. */
export class IpcFailure extends Error {
  readonly code: IpcErrorCode;
  readonly details: unknown;
  constructor(code: IpcErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'IpcFailure';
    this.code = code;
    this.details = details;
  }
  toEnvelope(): IpcErrorEnvelope {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function fieldIssuesOf(error: z.ZodError): IpcFieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}
