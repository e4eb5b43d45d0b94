import type { TFunction } from 'i18next';
import type { BackofficeBridge } from '../../../shared/ipc/api';
import type { AppEvent, Channel, EventPayloadOf, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import { ipcErrorEnvelopeSchema, safeErrorDetails, type IpcErrorCode, type IpcErrorDetails, type IpcFieldIssue } from '../../../shared/ipc/errors';

/** The codes main can send, plus the one failure only the window can have: no bridge at all. */
export type ClientErrorCode = IpcErrorCode | 'NO_BRIDGE';

/** A failed call to the main process, with a code the window translates for the user. */
export class IpcError extends Error {
  readonly code: ClientErrorCode;
  readonly details: unknown;
  readonly channel: string;
  constructor(code: ClientErrorCode, message: string, channel: string, details?: unknown) {
    super(message);
    this.name = 'IpcError';
    this.code = code;
    this.channel = channel;
    this.details = details;
  }
}

function bridge(channel: string): BackofficeBridge {
  const found = typeof window === 'undefined' ? undefined : window.backoffice;
  if (!found) {
    throw new IpcError(
      'NO_BRIDGE',
      'window.backoffice is missing: the page runs outside the Backoffice app (Electron preload or test harness).',
      channel,
    );
  }
  return found;
}

// Electron rejects with "Error invoking remote method 'CHANNEL': Error: MESSAGE".
const remoteErrorPattern = /^Error invoking remote method '[^']*': (?:[A-Za-z]*(?:Error|Failure): )?([\s\S]*)$/;

function messageOfRejection(reason: unknown): string {
  const text = reason instanceof Error ? reason.message : String(reason);
  return remoteErrorPattern.exec(text)?.[1] ?? text;
}

/**
 * Calls a channel of the IPC contract and returns its value. Every failure becomes an
 * IpcError: an error envelope keeps its code; a rejected call (main threw outside the
 * registry, or the bridge broke) is INTERNAL.
 */
export async function invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const backoffice = bridge(channel);
  let result: unknown;
  try {
    result = await backoffice.invoke(channel, request);
  } catch (reason) {
    throw new IpcError('INTERNAL', messageOfRejection(reason), channel);
  }
  if (typeof result === 'object' && result !== null && 'ok' in result) {
    if (result.ok === true && 'value' in result) return result.value as ResponseOf<C>;
    if (result.ok === false && 'error' in result) {
      const envelope = ipcErrorEnvelopeSchema.omit({ details: true }).safeParse(result.error);
      if (envelope.success) {
        // Only the details the window may see are kept, whoever built the envelope.
        const details = safeErrorDetails((result.error as { details?: unknown } | null)?.details);
        throw new IpcError(envelope.data.code, envelope.data.message, channel, details);
      }
    }
  }
  throw new IpcError('INTERNAL', `The answer to ${channel} was not an IPC result.`, channel);
}

/** Subscribes to an event from main (menu commands); a no-op outside the app. */
export function onAppEvent<E extends AppEvent>(event: E, listener: (payload: EventPayloadOf<E>) => void): () => void {
  const backoffice = typeof window === 'undefined' ? undefined : window.backoffice;
  if (!backoffice) return () => {};
  return backoffice.on(event, listener);
}

/** The field paths of a VALIDATION failure, as main reported them. */
export function fieldPathsOf(error: IpcError): string[] {
  const details = error.details as { issues?: IpcFieldIssue[] } | undefined;
  const issues = Array.isArray(details?.issues) ? details.issues : [];
  return [...new Set(issues.map((issue) => (issue.path === '' ? '—' : issue.path)))];
}

/** The safe details main sent with a failure (the envelope was checked on arrival). */
export function detailsOf(error: IpcError): IpcErrorDetails {
  return (error.details ?? {}) as IpcErrorDetails;
}

/** "Reason: no permission." for a failure with the kind of OS error behind it, else ''. */
export function osReasonOf(details: IpcErrorDetails | undefined, t: TFunction): string {
  return details?.osError ? t('errors.os.reason', { kind: t(`errors.os.kinds.${details.osError}`) }) : '';
}

/** Sentences joined with one space, the empty ones left out. */
export function sentences(...parts: string[]): string {
  return parts.filter((part) => part !== '').join(' ');
}

/**
 * What to tell the user about a failed call, in their language: built from the code and
 * the safe details only. Main's message never shows; it may name paths or quote the OS.
 */
export function describeIpcError(error: unknown, t: TFunction): string {
  if (!(error instanceof IpcError)) {
    // A backup opened read-only refuses every write (see `refuseWrites`), whichever screen tried.
    if (error instanceof Error && error.name === 'BooksReadOnly') return t('errors.readOnlyBackup');
    const message = error instanceof Error ? error.message : String(error);
    return t('errors.unexpected', { message });
  }
  const details = detailsOf(error);
  switch (error.code) {
    case 'VALIDATION':
      return t('errors.ipc.VALIDATION', { fields: fieldPathsOf(error).join(', ') || '—' });
    case 'IO_ERROR':
      return sentences(
        details.fileName ? t('errors.file.ioError', { fileName: details.fileName }) : t('errors.ipc.IO_ERROR'),
        osReasonOf(details, t),
        t('errors.file.ioAdvice'),
      );
    case 'FILE_REFUSED':
      return details.fileName ? t('errors.file.refused', { fileName: details.fileName }) : t('errors.ipc.FILE_REFUSED');
    default:
      return t(`errors.ipc.${error.code}`);
  }
}
