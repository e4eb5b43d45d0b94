import { basename } from 'node:path';
import type { ValidRequestOf } from '../../../shared/ipc/contract';
import type { Dialogs } from '../dialogs';
import type { PrintEngine } from '../printing/engine';
import { pdfRenderOptionsFor } from '../printing/print-service';
import { saveToChosenPath } from '../save-file';

/** Hands a URL to the operating system (Electron's shell.openExternal in main). */
export type OpenExternal = (url: string) => Promise<void>;

export type OrderMailRequest = ValidRequestOf<'mail:order'>;

/**
 * A `mailto:` URL built only from validated fields: the address may hold no characters
 * that could add headers or recipients, and subject and body are percent-encoded, so the
 * mail client gets exactly one recipient, one subject and one body.
 */
export function orderMailtoUrl({ to, subject, body }: { to: string; subject: string; body: string }): string {
  if (!/^[^\s@?&#%,;:<>"/\\]+@[^\s@?&#%,;:<>"/\\]+\.[^\s@?&#%,;:<>"/\\]+$/.test(to)) throw new Error(`Not a plain e-mail address: ${to}`);
  const url = `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  if (!url.startsWith('mailto:')) throw new Error('Only mailto: URLs are opened.');
  return url;
}

/**
 * E-mailing a purchase order: the PDF is saved where the user chooses (mail clients take
 * no attachment through a mailto: link), then the mail client opens a message to the
 * supplier whose body says where the PDF is, to attach it.
 */
export function createOrderMailService(deps: { engine: PrintEngine; dialogs: Dialogs; openExternal: OpenExternal }) {
  return {
    async sendOrder(request: OrderMailRequest): Promise<{ saved: boolean; fileName?: string; mailOpened: boolean }> {
      const { job } = request;
      const path = await saveToChosenPath(deps.dialogs, {
        title: job.title,
        extension: 'pdf',
        filterName: 'PDF',
        contents: () => deps.engine.renderPdf(job.html, pdfRenderOptionsFor(job)),
      });
      if (path === null) return { saved: false, mailOpened: false };
      const body = `${request.body}\n\n${request.attachNote.replace('{file}', path)}`;
      await deps.openExternal(orderMailtoUrl({ to: request.to, subject: request.subject, body }));
      return { saved: true, fileName: basename(path), mailOpened: true };
    },
  };
}
