import type { Dialogs } from '../../services/dialogs';
import { createOrderMailService, type OpenExternal } from '../../services/mail/order-mail';
import type { PrintEngine } from '../../services/printing/engine';
import { defineHandlers, type HandlerGroup } from '../registry';

/** E-mail a purchase order through the system's mail client (its PDF saved where the user chose). */
export function mailHandlers(deps: { printEngine: PrintEngine; dialogs: Dialogs; openExternal: OpenExternal }): HandlerGroup {
  const mail = createOrderMailService({ engine: deps.printEngine, dialogs: deps.dialogs, openExternal: deps.openExternal });
  return defineHandlers('mail', {
    'mail:order': (request) => mail.sendOrder(request),
  });
}
