import {
  channels,
  envelopeOf,
  fieldIssuesOf,
  IpcFailure,
  isChannel,
  osErrorKindOf,
  type Channel,
  type IpcErrorEnvelope,
  type IpcResult,
  type ResponseOf,
  type ValidRequestOf,
} from '../../shared/ipc';

/** Who sent a request: the URL of the frame that called `invoke`. */
export type Sender = { url: string };

export type Handler<C extends Channel> = (request: ValidRequestOf<C>, sender: Sender) => Promise<ResponseOf<C>>;

/** One service's handlers, registered together (settings, printing, backup, ...). */
export type HandlerGroup = {
  name: string;
  handlers: { [C in Channel]?: Handler<C> };
};

export type Registry = {
  channels: readonly Channel[];
  dispatch(channel: unknown, payload: unknown, sender: Sender): Promise<IpcResult<unknown>>;
};

export type RegistryOptions = {
  isTrustedSender(url: string): boolean;
  /** Write unexpected failures somewhere a developer sees them (the console). */
  logError?(channel: string, error: unknown): void;
  /**
   * Hears every failure with its full detail (paths, the OS's own words, causes), which
   * stay in main: the local log. The window gets only `envelope`.
   */
  logFailure?(channel: string, error: unknown, envelope: IpcErrorEnvelope): void;
};

/** Typed helper so each service module declares its handlers without casts. */
export function defineHandlers(name: string, handlers: HandlerGroup['handlers']): HandlerGroup {
  return { name, handlers };
}

/**
 * Builds the one table of IPC handlers main registers (and the test harness binds).
 * Rejects at start: a channel registered twice, or a channel the contract does not know.
 */
export function createRegistry(groups: readonly HandlerGroup[], options: RegistryOptions): Registry {
  const table = new Map<Channel, { group: string; handler: Handler<Channel> }>();
  for (const group of groups) {
    for (const [channel, handler] of Object.entries(group.handlers)) {
      if (!isChannel(channel)) {
        throw new Error(`Handler group "${group.name}" registers "${channel}", which is not in the IPC contract.`);
      }
      const existing = table.get(channel);
      if (existing) {
        throw new Error(`IPC channel "${channel}" is registered twice: by "${existing.group}" and "${group.name}".`);
      }
      table.set(channel, { group: group.name, handler: handler as Handler<Channel> });
    }
  }

  async function dispatch(channel: unknown, payload: unknown, sender: Sender): Promise<IpcResult<unknown>> {
    try {
      if (!options.isTrustedSender(sender.url)) {
        throw new IpcFailure('FORBIDDEN_SENDER', 'The request did not come from the application window.');
      }
      if (!isChannel(channel) || !table.has(channel)) {
        throw new IpcFailure('UNKNOWN_CHANNEL', `Unknown IPC channel: ${String(channel).slice(0, 100)}`, {
          channel: String(channel).slice(0, 100),
        });
      }
      const parsed = channels[channel].request.safeParse(payload);
      if (!parsed.success) {
        throw new IpcFailure('VALIDATION', `Invalid request for ${channel}.`, { issues: fieldIssuesOf(parsed.error) });
      }
      const entry = table.get(channel)!;
      const response = await entry.handler(parsed.data as ValidRequestOf<Channel>, sender);
      // The response is checked too, so a handler cannot drift from the contract unnoticed.
      const checked = channels[channel].response.safeParse(response);
      if (!checked.success) {
        throw new Error(`Handler for ${channel} returned a response that breaks the contract.`, {
          cause: fieldIssuesOf(checked.error),
        });
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      const envelope = envelopeFor(error);
      const name = String(channel).slice(0, 100);
      if (!(error instanceof IpcFailure)) options.logError?.(name, error);
      options.logFailure?.(name, error, envelope);
      return { ok: false, error: envelope };
    }
  }

  return { channels: [...table.keys()], dispatch };
}

/**
 * What the window learns of a failure: a handler's IpcFailure keeps its code and safe
 * details; a file-system error no handler expected is IO_ERROR with the kind of OS error;
 * anything else is INTERNAL. Never the message, which may name paths or quote the OS.
 */
function envelopeFor(error: unknown): IpcErrorEnvelope {
  if (error instanceof IpcFailure) return error.toEnvelope();
  const osError = osErrorKindOf(error);
  return osError === undefined ? envelopeOf('INTERNAL') : envelopeOf('IO_ERROR', { osError });
}
