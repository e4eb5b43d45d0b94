import type { TFunction } from 'i18next';
import type { BackofficeBridge } from '../../../shared/ipc/api';
import type { AppEvent, Channel, EventPayloadOf, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import { ipcErrorEnvelopeSchema, type IpcErrorCode, type IpcFieldIssue } from '../../../shared/ipc/errors';

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
      const envelope = ipcErrorEnvelopeSchema.safeParse(result.error);
      if (envelope.success) {
        const { code, message, details } = envelope.data;
        throw new IpcError(code, message, channel, details);
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

/** What to tell the user about a failed call, in their language. */
export function describeIpcError(error: unknown, t: TFunction): string {
  if (!(error instanceof IpcError)) {
    // A backup opened read-only refuses every write (see `refuseWrites`), whichever screen tried.
    if (error instanceof Error && error.name === 'BooksReadOnly') return t('errors.readOnlyBackup');
    const message = error instanceof Error ? error.message : String(error);
    return t('errors.unexpected', { message });
  }
  switch (error.code) {
    case 'VALIDATION':
      return t('errors.ipc.VALIDATION', { fields: fieldPathsOf(error).join(', ') || '—' });
    case 'IO_ERROR':
    case 'INTERNAL':
      return t(`errors.ipc.${error.code}`, { message: error.message });
    default:
      return t(`errors.ipc.${error.code}`);
  }
}
