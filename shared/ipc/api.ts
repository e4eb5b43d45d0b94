import type { AppEvent, Channel, EventPayloadOf, RequestOf, ResponseOf } from './contract';
import type { IpcResult } from './errors';

/** The one object the preload exposes to the page as `window.backoffice`. */
export interface BackofficeBridge {
  invoke<C extends Channel>(channel: C, payload: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>>;
  /** Subscribes to a main-process event; returns the unsubscribe function. */
  on<E extends AppEvent>(event: E, listener: (payload: EventPayloadOf<E>) => void): () => void;
}
