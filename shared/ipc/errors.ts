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

/**
 * What the window may learn about an operating-system error: its kind, never the OS's own
 * words or the path in them (those stay in main's local log).
 */
export const osErrorKinds = [
  'noPermission',
  'readOnlyDrive',
  'diskFull',
  'notFound',
  'notAFolder',
  'isAFolder',
  'inUse',
  'tooManyOpen',
  'nameTooLong',
  'deviceFailed',
  'notConnected',
  'alreadyExists',
  'other',
] as const;
export type OsErrorKind = (typeof osErrorKinds)[number];

const osErrorKindByCode: Record<string, OsErrorKind> = {
  EACCES: 'noPermission',
  EPERM: 'noPermission',
  EROFS: 'readOnlyDrive',
  ENOSPC: 'diskFull',
  EDQUOT: 'diskFull',
  EFBIG: 'diskFull',
  ENOENT: 'notFound',
  ENOTDIR: 'notAFolder',
  EISDIR: 'isAFolder',
  EBUSY: 'inUse',
  ETXTBSY: 'inUse',
  EAGAIN: 'inUse',
  EMFILE: 'tooManyOpen',
  ENFILE: 'tooManyOpen',
  ENAMETOOLONG: 'nameTooLong',
  EIO: 'deviceFailed',
  ENODEV: 'deviceFailed',
  ENXIO: 'deviceFailed',
  ETIMEDOUT: 'notConnected',
  EHOSTDOWN: 'notConnected',
  EHOSTUNREACH: 'notConnected',
  ENETUNREACH: 'notConnected',
  ECONNRESET: 'notConnected',
  ESTALE: 'notConnected',
  EEXIST: 'alreadyExists',
};

/** The OS error code (ENOENT, EACCES, …) of an error or of the first error in its causes that has one. */
export function osErrorCodeOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && typeof current === 'object' && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z0-9]{1,20}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The kind of OS error behind a failure, if an OS error is behind it. */
export function osErrorKindOf(error: unknown): OsErrorKind | undefined {
  const code = osErrorCodeOf(error);
  return code === undefined ? undefined : (osErrorKindByCode[code] ?? 'other');
}

/** A file's own name: nothing that names a folder. */
export const bareFileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', 'A file name, not a path');
const count = z.number().int().min(0);

/**
 * Everything an error envelope may tell the window besides its code: short codes and
 * numbers, a bare file name, the kind of OS error. No folder, no path, no OS message.
 */
export const ipcErrorDetailsSchema = z.object({
  /** Why, as a code the window translates (a BackupProblem, a FileRefusal). */
  reason: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/).optional(),
  fileName: bareFileNameSchema.optional(),
  osError: z.enum(osErrorKinds).optional(),
  line: count.optional(),
  offset: count.optional(),
  bytes: count.optional(),
  limit: count.optional(),
  /** A file picked in a dialog, by its token: the window retries with it without a new dialog. */
  picked: z.string().regex(/^[0-9a-f]{32}$/).optional(),
  /** The channel the window asked for (UNKNOWN_CHANNEL): the window's own words. */
  channel: z.string().max(100).optional(),
  /** The request fields main refused (VALIDATION), with the contract's message. */
  issues: z.array(z.object({ path: z.string().max(200), message: z.string().max(300) })).max(50).optional(),
});
export type IpcErrorDetails = z.infer<typeof ipcErrorDetailsSchema>;

export const ipcErrorEnvelopeSchema = z.object({
  code: z.enum(ipcErrorCodes),
  /** A fixed English summary of the code, for consoles; the window shows its own translation. */
  message: z.string(),
  details: ipcErrorDetailsSchema.optional(),
});
export type IpcErrorEnvelope = z.infer<typeof ipcErrorEnvelopeSchema>;

/** What the envelope says for each code, whatever the handler's own message was. */
export const ipcErrorSummaries: Record<IpcErrorCode, string> = {
  VALIDATION: 'The request is not valid.',
  UNKNOWN_CHANNEL: 'Unknown IPC channel.',
  FORBIDDEN_SENDER: 'The request did not come from the application window.',
  CANCELLED: 'Cancelled.',
  IO_ERROR: 'A file could not be read or written.',
  FILE_REFUSED: 'The file was refused.',
  INTERNAL: 'Internal error; the details are in the local log.',
};

/**
 * The details of a failure with everything dropped that the window may not see: unknown
 * keys, and known ones whose value does not fit (a path where a file name belongs).
 */
export function safeErrorDetails(details: unknown): IpcErrorDetails | undefined {
  if (typeof details !== 'object' || details === null) return undefined;
  const kept: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(ipcErrorDetailsSchema.shape)) {
    const value = (details as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const checked = (schema as z.ZodType).safeParse(value);
    if (checked.success) kept[key] = checked.data;
  }
  return Object.keys(kept).length > 0 ? (kept as IpcErrorDetails) : undefined;
}

/** What `window.backoffice.invoke` resolves to: never a thrown error for an expected failure. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcErrorEnvelope };

/** One invalid field of a request, as the renderer shows it. */
export type IpcFieldIssue = { path: string; message: string };

/**
 * Thrown by handlers (and the client) for a failure with a known code. The message (and
 * the cause) may name paths and quote the OS: main logs them; the window gets only the
 * code and the safe details.
 */
export class IpcFailure extends Error {
  readonly code: IpcErrorCode;
  readonly details: unknown;
  constructor(code: IpcErrorCode, message: string, details?: unknown, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'IpcFailure';
    this.code = code;
    this.details = details;
  }
  toEnvelope(): IpcErrorEnvelope {
    return envelopeOf(this.code, this.details);
  }
}

/** The envelope the window receives for a failure: the code, its fixed summary, the safe details. */
export function envelopeOf(code: IpcErrorCode, details?: unknown): IpcErrorEnvelope {
  const safe = safeErrorDetails(details);
  return safe === undefined ? { code, message: ipcErrorSummaries[code] } : { code, message: ipcErrorSummaries[code], details: safe };
}

export function fieldIssuesOf(error: z.ZodError): IpcFieldIssue[] {
  // Cut to what the envelope carries, so a long list never loses every field.
  return error.issues.slice(0, 50).map((issue) => ({ path: issue.path.join('.').slice(0, 200), message: issue.message.slice(0, 300) }));
}
